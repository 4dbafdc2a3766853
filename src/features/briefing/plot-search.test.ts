import { MIN_PLOT_HEIGHT, PLOT_PROBE, newPlotSearch, nextPlotHeight } from './plot-search';

/** Runs the fitting steps against a model of the content's height until they settle. */
function settle(
  usedFor: (plot: number) => number,
  available: number,
  rows: number,
  start: number,
  search = newPlotSearch(),
) {
  let plot = start;
  for (let step = 0; step < 60; step++) {
    const next = nextPlotHeight(search, plot, usedFor(plot), available, rows);
    if (next === plot) return { plot, search, fits: usedFor(plot) <= available };
    plot = next;
  }
  throw new Error('fitting did not settle');
}

describe('nextPlotHeight', () => {
  it('fills the body when every row grows with its plot', () => {
    const { plot, fits } = settle((p) => 300 + 2 * p, 900, 2, 200);
    expect(fits).toBe(true);
    expect(plot).toBeGreaterThanOrEqual(296);
    expect(plot).toBeLessThanOrEqual(300);
  });

  it('shrinks an overflowing plot until it fits', () => {
    const { plot, fits } = settle((p) => 200 + p, 600, 1, 700);
    expect(fits).toBe(true);
    expect(plot).toBeGreaterThanOrEqual(396);
  });

  it('probes past a list beside the chart that hides the gain of a taller plot', () => {
    // The row is as tall as the list (600) until the plot (plus 50 of axis) outgrows it.
    const { plot, fits } = settle((p) => 100 + Math.max(p + 50, 600), 700, 1, MIN_PLOT_HEIGHT);
    expect(fits).toBe(true);
    expect(plot).toBeGreaterThanOrEqual(550 - PLOT_PROBE);
  });

  it('stops shrinking when that no longer shortens the content, so the slide is scaled instead', () => {
    const { plot, search } = settle((p) => 100 + Math.max(p + 50, 600), 560, 1, 280);
    expect(search.stuck).toBe(true);
    expect(plot).toBe(280);
  });

  it('starts again when the content grows under a plot that fitted', () => {
    const first = settle((p) => 200 + p, 600, 1, 300);
    expect(first.plot).toBeGreaterThanOrEqual(396);
    const again = settle((p) => 350 + p, 600, 1, first.plot, first.search);
    expect(again.fits).toBe(true);
    expect(again.search.stuck).toBe(false);
    expect(again.plot).toBeGreaterThanOrEqual(246);
  });
});
