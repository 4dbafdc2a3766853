/* What the server and the browser agree on about a server-rendered page (ADR 012). No React, no DOM. */

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
