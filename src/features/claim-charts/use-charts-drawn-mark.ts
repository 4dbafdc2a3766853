import { useEffect, type RefObject } from 'react';

/** The performance mark set each time every mark of a new claims list is in the DOM; benchmarks wait for it. */
export const CHARTS_DRAWN_MARK = 'claimwatch:charts-drawn';

/**
 * Sets `performance.mark('claimwatch:charts-drawn', { detail: { claims, marks } })` once the
 * section holds `expectedMarks` marks (single claims and groups) for the list `data` (charts
 * draw after their width is measured, so it waits frame by frame, at most 10 s).
 */
export function useChartsDrawnMark(
  section: RefObject<HTMLElement | null>,
  data: unknown,
  claims: number,
  expectedMarks: number,
): void {
  useEffect(() => {
    if (data === undefined || expectedMarks === 0) return;
    const started = performance.now();
    let frame = 0;
    const check = () => {
      const marks = section.current?.querySelectorAll('[data-claim-id], [data-group-id]').length ?? 0;
      if (marks >= expectedMarks) performance.mark(CHARTS_DRAWN_MARK, { detail: { claims, marks } });
      else if (performance.now() - started < 10_000) frame = requestAnimationFrame(check);
    };
    check();
    return () => cancelAnimationFrame(frame);
  }, [section, data, claims, expectedMarks]);
}
