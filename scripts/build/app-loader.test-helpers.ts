import { afterEach, beforeEach, vi } from 'vitest';
import type { InputHandOver } from '../../src/app/render/replay-early-input';
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

/** What the loader leaves on the page, typed as the app reads it (src/app/render/replay-early-input.ts); it always hands over. */
type EarlyInputHandle = NonNullable<Window['claimwatchEarlyInput']> & { handOver: (app: InputHandOver) => void };
export const earlyInput = () => window.claimwatchEarlyInput as EarlyInputHandle | undefined;

export function runLoader(source = loaderSource(ENTRY, PRELOADS)) {
  new Function(source)();
}

/** Stops the loader a test ran and removes what it left on the page. */
export function removeLoader() {
  earlyInput()?.stop();
  delete window.claimwatchEarlyInput;
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
