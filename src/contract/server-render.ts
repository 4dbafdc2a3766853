/* What the server and the browser agree on about a server-rendered page (ADR 012). No React, no DOM. */

import type { Locale } from './locale';

/** The id of the `<script type="application/json">` that carries a server-rendered page's state to the bundle. */
export const PAGE_STATE_ID = 'claimwatch-page-state';

/** The cookie in which the browser tells the server how wide a chart's plot was, so its next render fits. */
export const PLOT_WIDTH_COOKIE = 'claimwatch-plot-width';

/** What the server assumed about the screen when it rendered a page; hydration renders with the same. */
export interface RenderHints {
  /** The width in px of a chart's plot, until the browser has measured it. */
  plotWidth: number;
  /** A phone: the filters start folded. */
  phone: boolean;
}

/** A desktop's plot at 1440×900 and a phone's at 412 px wide, for pages rendered without a measured width. */
export const DESKTOP_PLOT_WIDTH = 790;
export const PHONE_PLOT_WIDTH = 354;

/**
 * Set on `<html>` by the static demo's prerender check (a script in its head) when the address is not the one its
 * index.html was prerendered for: the CSS hides #root until the app has rendered this address's view.
 */
export const PRERENDERED_ELSEWHERE = 'data-prerendered-elsewhere';

/** The empty root of the built index.html, which a server-rendered page fills. */
export const EMPTY_ROOT = '<div id="root"></div>';

/**
 * The built index.html with #root holding the server's markup and, beside it, the page state (JSON, escaped), in
 * the page's language (`<html lang>`).
 */
export function pageWithState(template: string, html: string, stateJson: string, lang: Locale): string {
  const root = `<div id="root">${html}</div><script type="application/json" id="${PAGE_STATE_ID}">${stateJson}</script>`;
  // A function, so that "$&" and the like in the data are not read as replacement patterns.
  return template.replace(EMPTY_ROOT, () => root).replace(/<html lang="[a-z-]*"/, `<html lang="${lang}"`);
}
