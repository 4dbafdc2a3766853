import { useEffect, type RefObject } from 'react';

/** The performance mark set each time every mark of a new claims list is in the DOM; benchmarks wait for it. */
export const CHARTS_DRAWN_MARK = 'claimwatch:charts-drawn';
/** The performance mark set once the charts on screen show a new answer (those off screen follow: useDeferredOffScreen). */
export const CHARTS_IN_VIEW_MARK = 'claimwatch:charts-in-view';

/** Sets CHARTS_IN_VIEW_MARK after the commit that draws `data` in the charts on screen. */
export function useChartsInViewMark(data: unknown): void {
  useEffect(() => {
    if (data !== undefined) performance.mark(CHARTS_IN_VIEW_MARK);
  }, [data]);
}

/**
 * Sets `performance.mark('claimwatch:charts-drawn', { detail: { claims, marks } })` once the
 * section holds `expectedMarks` marks (single claims and groups) for the list `data` and no chart is behind
 * (`behind`, read live through `chartsBehind`: charts off screen catch up after those on screen). Charts draw after
 * their width is measured, so it waits frame by frame, at most 10 s.
 */
export function useChartsDrawnMark(
  section: RefObject<HTMLElement | null>,
  data: unknown,
  claims: number,
  expectedMarks: number,
  chartsBehind: () => number = () => 0,
): void {
  const behind = chartsBehind();
  useEffect(() => {
    // A chart may have fallen behind since this render (in a layout effect): it runs again when none is.
    if (data === undefined || expectedMarks === 0 || behind > 0 || chartsBehind() > 0) return;
    const started = performance.now();
    let frame = 0;
    const check = () => {
      const marks = section.current?.querySelectorAll('[data-claim-id], [data-group-id]').length ?? 0;
      if (marks >= expectedMarks) performance.mark(CHARTS_DRAWN_MARK, { detail: { claims, marks } });
      else if (performance.now() - started < 10_000) frame = requestAnimationFrame(check);
    };
    check();
    return () => cancelAnimationFrame(frame);
  }, [section, data, claims, expectedMarks, behind, chartsBehind]);
}
