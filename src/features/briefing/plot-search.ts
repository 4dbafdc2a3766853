/** Plot heights are never fitted below this; content that still does not fit is scaled down instead. */
export const MIN_PLOT_HEIGHT = 90;
/** How far a fitting plot is grown to find out whether it can grow (a tall list beside a chart hides the gain). */
export const PLOT_PROBE = 24;
/**
 * What fitting has learnt so far: the tallest plot seen to fit (`lo`), the shortest seen to overflow
 * (`hi`, with the height the content had then), and whether the plot has been found not to matter
 * (`stuck`: shrinking it no longer shortened the content, e.g. a tall list beside the chart).
 */
export interface PlotSearch {
  lo: number;
  hi: number;
  usedAtHi: number;
  stuck: boolean;
}

export const newPlotSearch = (): PlotSearch => ({ lo: 0, hi: Infinity, usedAtHi: Infinity, stuck: false });

/**
 * One step of fitting the plot height: the content measured `used` px tall with plots of `plot` px
 * in a body `available` px tall. Jumps to the height a linear model predicts (each of `rows` rows
 * grows with its plot), probes upward when the model sees no room, backs off after an overflow,
 * and gives up shrinking (returning the last plot that overflowed by as much) when that does not help.
 * Returns `plot` itself when it has settled.
 */
export function nextPlotHeight(
  search: PlotSearch,
  plot: number,
  used: number,
  available: number,
  rows: number,
): number {
  if (used <= available) {
    search.lo = plot;
    search.stuck = false;
    if (search.hi <= plot) search.hi = Infinity;
    const model = Math.floor((available - (used - rows * plot)) / rows) - 2;
    if (model > plot + 2) return Math.min(model, search.hi - 1);
    return search.hi - plot > PLOT_PROBE ? plot + PLOT_PROBE : plot;
  }
  // Overflowing at a height that fitted before: the content changed under us (data, fonts), start again.
  if (plot <= search.lo) Object.assign(search, newPlotSearch());
  if (search.stuck) return plot;
  if (plot < search.hi && used >= search.usedAtHi - 1) {
    search.stuck = true;
    return search.hi;
  }
  search.hi = plot;
  search.usedAtHi = used;
  const model = Math.floor((available - (used - rows * plot)) / rows) - 2;
  return Math.max(MIN_PLOT_HEIGHT, search.lo, Math.min(model, plot - 1));
}
