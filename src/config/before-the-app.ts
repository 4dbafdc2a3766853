/*
 * What the page's loader (scripts/build/app-loader.template.js, which runs before the app) and the app agree on. The
 * build writes these values into the loader, so each has this one source. No alias imports: the build loads it in Node.
 */
import { OPEN_CLAIM_PARAM, paths } from './paths';
import { PAGE_STATE_ID, PRERENDERED_ELSEWHERE } from '../contract/server-render';

/** Where this browser keeps the reader's theme choice. */
export const THEME_STORAGE_KEY = 'claimwatch.theme';

/** A screen wide enough for the filters beside the charts; narrower, they start folded. */
export const WIDE_SCREEN_QUERY = '(min-width: 1001px)';

/** Views whose server page is the whole view until the reader reaches for it (ADR 018). */
export const VIEWS_LOADED_ON_INTENT: readonly string[] = [
  paths.charts,
  paths.table,
  paths.compare,
  paths.sources,
  paths.methodology,
];

/** How far from a mark's centre (in the chart's own units) a click or tap still opens it. */
export const MARK_HIT_RADIUS = 24;

/** A chart's marks that open something: a claim's, or a group's standing for several claims. */
export const CHART_MARK_SELECTOR = 'g[role="button"][data-claim-id], g[role="button"][data-group-id]';

/** Everything the loader is given, by name. */
export const LOADER_AGREEMENT = {
  themeStorageKey: THEME_STORAGE_KEY,
  wideScreenQuery: WIDE_SCREEN_QUERY,
  viewsLoadedOnIntent: VIEWS_LOADED_ON_INTENT,
  pageStateId: PAGE_STATE_ID,
  prerenderedElsewhere: PRERENDERED_ELSEWHERE,
  openClaimParam: OPEN_CLAIM_PARAM,
  markHitRadius: MARK_HIT_RADIUS,
  chartMarkSelector: CHART_MARK_SELECTOR,
} as const;
