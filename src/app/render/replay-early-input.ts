/*
 * Input that came before the app handled it, replayed once it does. The page's loader
 * (scripts/build/app-loader.template.js) loads the app when the reader reaches for the server's page, and records
 * what the reader does until the app has hydrated: clicks and taps on the app's controls and marks, keys on its
 * charts, values typed or chosen, and where the pointer is.
 */

import { CHART_MARK_SELECTOR } from '@/config/before-the-app';

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

/** The chart mark a pointer input was aimed at, as the loader found it: the nearest within the hit radius. */
export interface AimedMark {
  element: Element;
  /** The chart's id, its claim's or its group's: they find the mark drawn afresh for the same claim. */
  chart: string | null;
  claim: string | null;
  group: string | null;
}

export type EarlyInput =
  | { kind: 'pointer'; type: string; target: EventTarget; init: PointerInit; mark?: AimedMark | null }
  | { kind: 'key'; target: EventTarget; init: KeyboardEventInit }
  | { kind: 'value'; target: EventTarget; value: string };

export interface RecordedInput {
  input: EarlyInput[];
  /** The last place the pointer was over, for hover (a tooltip, a highlighted mark). */
  pointer: { target: EventTarget; init: PointerInit; mark?: AimedMark | null } | null;
}

/** What the app tells the loader when it takes over input (the loader then records only what it must). */
export interface InputHandOver {
  /** Whether the app handles input to this node yet. */
  isHydrated: (node: Element) => boolean;
  /** Whether the app is replaying: all input is recorded meanwhile, so that it keeps its order. */
  busy: () => boolean;
  /** Called when the loader has recorded input after the hand-over. */
  recorded: () => void;
}

declare global {
  interface Window {
    claimwatchEarlyInput?: {
      take: () => RecordedInput;
      stop: () => void;
      handOver?: (app: InputHandOver) => void;
    };
  }
}

const POINTER_EVENTS = new Set(['pointerover', 'pointermove', 'pointerdown', 'pointerup']);
/**
 * How long a replay waits at most for the part of the page it targets to hydrate. React hydrates the view after the
 * page's frame and a chart once it comes near the viewport; on a slow phone (or a CPU slowed six times) the view alone
 * takes seconds, and an input replayed to a part not hydrated yet is lost. So the bound is only a guard against a part
 * that never hydrates, and a replay that reaches it says so in the console.
 */
const HYDRATION_WAIT_MS = 20_000;

/** The node an input goes to: where it happened, or what is at the same point if that node has gone. */
function liveTarget(target: EventTarget, init?: PointerInit): Element | null {
  if (target instanceof Element && target.isConnected) return target;
  return init ? document.elementFromPoint(init.clientX, init.clientY) : null;
}

/** The mark as it is now: the same element, or the one drawn for the same claim (or group) in the same chart. */
function liveMark(mark: AimedMark): Element | null {
  if (mark.element.isConnected) return mark.element;
  const chart = [...document.querySelectorAll('[data-chart-id]')].find(
    (element) => element.getAttribute('data-chart-id') === mark.chart,
  );
  const marks = chart ? [...chart.querySelectorAll(CHART_MARK_SELECTOR)] : [];
  return (
    marks.find((element) =>
      mark.claim === null
        ? element.getAttribute('data-group-id') === mark.group
        : element.getAttribute('data-claim-id') === mark.claim,
    ) ?? null
  );
}

/**
 * A pointer input aimed at a mark, aimed at that mark's centre where it is now. The app draws a chart again once it
 * has hydrated (at its measured width, where the server guessed one), which moves its marks: the point recorded may
 * then lie on another mark, or on none.
 */
function aimedAgain(init: PointerInit, mark: AimedMark | null | undefined): PointerInit {
  const live = mark ? liveMark(mark) : null;
  const centre = live && 'getScreenCTM' in live ? (live as SVGGraphicsElement).getScreenCTM() : null;
  if (!centre) return init;
  return {
    ...init,
    clientX: centre.e,
    clientY: centre.f,
    screenX: init.screenX + centre.e - init.clientX,
    screenY: init.screenY + centre.f - init.clientY,
  };
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
      if (!node.isConnected || isHydrated(node)) resolve();
      else if (performance.now() > until) {
        console.warn(
          `An input made before the app loaded went to a part of the page that had not hydrated after ${HYDRATION_WAIT_MS / 1000} s: the app may not have seen it`,
          node,
        );
        resolve();
      } else requestAnimationFrame(check);
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

/**
 * Sets a field's value as typing would and tells the app. React tells a change by comparing the field's value with
 * the one it last saw, which for a field typed into before it hydrated is already the typed value: it is first told
 * another value (through the field's own setter, which React watches), then the field takes the value past it.
 */
function replayValue(target: Element, value: string): void {
  if (!(
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  ))
    return;
  const prototype = Object.getPrototypeOf(target) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  target.value = value === '' ? ' ' : '';
  if (setter) setter.call(target, value);
  else target.value = value;
  dispatchReplay(target, new Event(target instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Replays one recorded input once its target has hydrated; a pointer input where its mark is by then. */
async function replay(item: EarlyInput): Promise<void> {
  if (item.kind === 'pointer') {
    const target = liveTarget(item.target, aimedAgain(item.init, item.mark));
    if (!target) return;
    await whenHydrated(target);
    const init = aimedAgain(item.init, item.mark);
    const at = liveTarget(target, init);
    if (at) dispatchPointer(item.type, at, init);
    return;
  }
  const target = liveTarget(item.target);
  if (!target) return;
  await whenHydrated(target);
  if (!target.isConnected) return;
  if (item.kind === 'key')
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
  if (!pointer) return;
  const before = aimedAgain(pointer.init, pointer.mark);
  const at = liveTarget(pointer.target, before);
  if (!at) return;
  // Telling the part under the pointer first lets it hydrate (a chart opens its gate on pointerover).
  dispatchPointer('pointerover', at, before);
  await whenHydrated(at);
  const init = aimedAgain(pointer.init, pointer.mark);
  const now = liveTarget(at, init);
  if (!now) return;
  for (const type of ['pointerover', 'mouseover', 'pointermove', 'mousemove']) dispatchPointer(type, now, init);
}

let replaying: Promise<number> | null = null;
let draining = false;

/**
 * Replays, in order, what the loader recorded before the app handled input, each input once the part of the page it
 * targets has hydrated; input that comes meanwhile is recorded and replayed after it. Then the app takes over input,
 * and the loader records only input to a part not hydrated yet (replayed the same way, once it is). Runs once, when
 * the app first handles input; a page with no loader (development, tests) has nothing to replay. Resolves to the
 * number of inputs replayed before the hand-over.
 */
export function replayEarlyInput(): Promise<number> {
  replaying ??= replayAll();
  return replaying;
}

/** Replays what the loader holds, batch by batch, until it holds nothing; all input is recorded meanwhile. */
async function drain(early: NonNullable<Window['claimwatchEarlyInput']>, first: boolean): Promise<number> {
  draining = true;
  let count = 0;
  try {
    for (;;) {
      const recorded = early.take();
      if (first) await replayWhereTheReaderIs(recorded.pointer);
      first = false;
      if (recorded.input.length === 0) return count;
      for (const item of recorded.input) {
        await replay(item).catch((error: unknown) =>
          console.error('An input made before the app loaded was lost', error),
        );
        count += 1;
      }
    }
  } finally {
    draining = false;
  }
}

async function replayAll(): Promise<number> {
  const early = window.claimwatchEarlyInput;
  if (!early) return 0;
  let count: number;
  try {
    count = await drain(early, true);
  } catch (error) {
    // Whatever happened, input from now on goes to the page as it is.
    early.stop();
    throw error;
  }
  if (!early.handOver) {
    early.stop();
    return count;
  }
  early.handOver({
    isHydrated,
    busy: () => draining,
    recorded: () => {
      if (draining) return; // the drain under way takes it
      draining = true;
      queueMicrotask(() => void drain(early, false).catch(() => early.stop()));
    },
  });
  return count;
}
