import { afterEach, beforeEach, vi } from 'vitest';
import type { EarlyInput, RecordedInput } from './replay-early-input';

/*
 * The page's loader as the replay's tests have it (scripts/build/app-loader.template.js records, the app replays).
 * Each test loads the module afresh (vi.resetModules() before it): it replays once per page.
 */

/** A node as React leaves it once hydrated: it holds React's props key. */
export function markHydrated(node: Element): void {
  Object.assign(node, { __reactProps$test: {} });
}

/** The loader's recorder as the page would have it: batches handed over in turn, then nothing. */
export function installRecorder(batches: RecordedInput[]) {
  const stop = vi.fn();
  const take = vi.fn(() => batches.shift() ?? { input: [], pointer: null });
  window.claimwatchEarlyInput = { take, stop };
  return { take, stop };
}

export const at = (clientX: number, clientY: number) => ({
  clientX,
  clientY,
  screenX: clientX,
  screenY: clientY,
  button: 0,
  buttons: 0,
  detail: 1,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
});

export const press = (target: EventTarget, clientX = 40, clientY = 60): EarlyInput[] =>
  (['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const).map((type) => ({
    kind: 'pointer',
    type,
    target,
    init: at(clientX, clientY),
  }));

/** Replays what the recorder holds, with the module loaded afresh. */
export async function replayEarlyInput() {
  const module = await import('./replay-early-input');
  return module.replayEarlyInput();
}

/**
 * The app's root (`#root`, where the loader records input) made before each test and removed after it, with the
 * replay module reset and the recorder gone: the root of the test under way.
 */
export function useAppRoot(): () => HTMLElement {
  let root: HTMLElement | null = null;
  beforeEach(() => {
    vi.resetModules();
    root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
  });
  afterEach(() => {
    root?.remove();
    root = null;
    delete window.claimwatchEarlyInput;
  });
  return () => {
    if (!root) throw new Error('useAppRoot: no test is under way');
    return root;
  };
}
