import { afterEach, beforeEach, vi } from 'vitest';
import { loaderSource } from './load-app-after-paint';

export const ENTRY = '/assets/index-abc.js';
export const PRELOADS = ['/assets/react-dom-def.js', '/assets/translate-ghi.js'];

/** The page as the server sends it: the view's HTML in #root and, when server-rendered, its data. */
export function serverPage({ state = true, style = false } = {}) {
  document.head.innerHTML = '';
  document.body.innerHTML = `<div id="root"><main><button type="button"${style ? ' style="width:3px"' : ''}>Go</button></main></div>${
    state ? '<script type="application/json" id="claimwatch-page-state">{}</script>' : ''
  }`;
}

/** A recorded pointer's place, as the loader keeps it for the app. */
export interface RecordedPointer {
  target: EventTarget;
  init: { clientX: number; clientY: number; pointerType?: string };
  mark: { element: Element; chart: string | null; claim: string | null; group: string | null } | null;
}

export interface EarlyInputHandle {
  take: () => { input: unknown[]; pointer: RecordedPointer | null };
  stop: () => void;
  handOver: (app: { isHydrated: (node: Element) => boolean; busy: () => boolean; recorded: () => void }) => void;
}
/** What the loader leaves on the page for the app (src/app/render/replay-early-input.ts). */
export const earlyInput = () => (window as unknown as { claimwatchEarlyInput?: EarlyInputHandle }).claimwatchEarlyInput;

export function runLoader(source = loaderSource(ENTRY, PRELOADS)) {
  new Function(source)();
}

/** Stops the loader a test ran and removes what it left on the page. */
export function removeLoader() {
  earlyInput()?.stop();
  delete (window as unknown as { claimwatchEarlyInput?: EarlyInputHandle }).claimwatchEarlyInput;
}

/** Each test of the describe block: fake timers, the page at `/`, and no loader left behind after it. */
export function useLoaderPage() {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    removeLoader();
    vi.useRealTimers();
  });
}
