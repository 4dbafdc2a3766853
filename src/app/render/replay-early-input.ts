/*
 * Input that came before the app handled it, replayed once it does. The page's loader
 * (scripts/build/app-loader.template.js) loads the app when the reader reaches for the server's page, and records
 * what the reader does until the app has hydrated: clicks and taps on the app's controls and marks, keys on its
 * charts, values typed or chosen, and where the pointer is.
 */

interface PointerInit {
  clientX: number;
  clientY: number;
  screenX: number;
  screenY: number;
  button: number;
  buttons: number;
  detail: number;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  pointerId?: number;
  pointerType?: string;
  isPrimary?: boolean;
}

export type EarlyInput =
  | { kind: 'pointer'; type: string; target: EventTarget; init: PointerInit }
  | { kind: 'key'; target: EventTarget; init: KeyboardEventInit }
  | { kind: 'value'; target: EventTarget; value: string };

export interface RecordedInput {
  input: EarlyInput[];
  /** The last place the pointer was over, for hover (a tooltip, a highlighted mark). */
  pointer: { target: EventTarget; init: PointerInit } | null;
}

declare global {
  interface Window {
    claimwatchEarlyInput?: { take: () => RecordedInput; stop: () => void };
  }
}

const POINTER_EVENTS = new Set(['pointerover', 'pointermove', 'pointerdown', 'pointerup']);
/** How long a replay waits for the part of the page it targets to hydrate (a chart hydrates when near the viewport). */
const HYDRATION_WAIT_MS = 3000;

/** The node an input goes to: where it happened, or what is at the same point if that node has gone. */
function liveTarget(target: EventTarget, init?: PointerInit): Element | null {
  if (target instanceof Element && target.isConnected) return target;
  return init ? document.elementFromPoint(init.clientX, init.clientY) : null;
}

/** Whether React has hydrated a node: it then holds the node's props (React's own key, `__reactProps$…`). */
export function isHydrated(node: Element): boolean {
  return Object.keys(node).some((key) => key.startsWith('__reactProps$'));
}

/** Resolves once `node` has hydrated, has left the page, or after HYDRATION_WAIT_MS, checking once a frame. */
function whenHydrated(node: Element | null): Promise<void> {
  if (!node || isHydrated(node)) return Promise.resolve();
  const until = performance.now() + HYDRATION_WAIT_MS;
  return new Promise((resolve) => {
    const check = () => {
      if (!node.isConnected || isHydrated(node) || performance.now() > until) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Dispatches a replayed event, marked so that the loader does not record it again. */
function dispatchReplay(target: EventTarget, event: Event): void {
  Object.defineProperty(event, 'claimwatchReplay', { value: true });
  target.dispatchEvent(event);
}

function dispatchPointer(type: string, at: Element, init: PointerInit): void {
  const options = { ...init, bubbles: true, cancelable: true, composed: true };
  const event =
    POINTER_EVENTS.has(type) && typeof PointerEvent === 'function'
      ? new PointerEvent(type, options)
      : new MouseEvent(type, options);
  dispatchReplay(at, event);
}

/** Sets a field's value as typing would (past React's own record of it) and tells the app. */
function replayValue(target: Element, value: string): void {
  if (!(
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  ))
    return;
  const prototype = Object.getPrototypeOf(target) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(target, value);
  else target.value = value;
  dispatchReplay(target, new Event(target instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Replays one recorded input once its target has hydrated. */
async function replay(item: EarlyInput): Promise<void> {
  const target = liveTarget(item.target, item.kind === 'pointer' ? item.init : undefined);
  if (!target) return;
  await whenHydrated(target);
  if (!target.isConnected) return;
  if (item.kind === 'pointer') dispatchPointer(item.type, target, item.init);
  else if (item.kind === 'key')
    dispatchReplay(target, new KeyboardEvent('keydown', { ...item.init, bubbles: true, cancelable: true }));
  else replayValue(target, item.value);
}

/** Focus and the pointer's place, as the app would have seen them arrive. */
async function replayWhereTheReaderIs(pointer: RecordedInput['pointer']): Promise<void> {
  const focused = document.activeElement;
  if (focused && focused !== document.body && document.getElementById('root')?.contains(focused)) {
    await whenHydrated(focused);
    dispatchReplay(focused, new FocusEvent('focusin', { bubbles: true }));
  }
  const at = pointer ? liveTarget(pointer.target, pointer.init) : null;
  if (!pointer || !at) return;
  // Telling the part under the pointer first lets it hydrate (a chart opens its gate on pointerover).
  dispatchPointer('pointerover', at, pointer.init);
  await whenHydrated(at);
  for (const type of ['pointerover', 'mouseover', 'pointermove', 'mousemove']) dispatchPointer(type, at, pointer.init);
}

let replaying: Promise<number> | null = null;

/**
 * Replays, in order, what the loader recorded before the app handled input, each input once the part of the page it
 * targets has hydrated; input that comes meanwhile is recorded and replayed after it. Then the loader stops recording.
 * Runs once, when the app first handles input; a page with no loader (development, tests) has nothing to replay.
 * Resolves to the number of inputs replayed.
 */
export function replayEarlyInput(): Promise<number> {
  replaying ??= replayAll();
  return replaying;
}

async function replayAll(): Promise<number> {
  const early = window.claimwatchEarlyInput;
  if (!early) return 0;
  let count = 0;
  try {
    let first = true;
    for (;;) {
      const recorded = early.take();
      if (first) await replayWhereTheReaderIs(recorded.pointer);
      first = false;
      if (recorded.input.length === 0) break;
      for (const item of recorded.input) {
        await replay(item).catch((error: unknown) =>
          console.error('An input made before the app loaded was lost', error),
        );
        count += 1;
      }
    }
  } finally {
    // Whatever happened, input from now on goes to the page as it is.
    early.stop();
  }
  return count;
}
