/** What the repaint bench (scale-repaint.ts) measures in the page: charts settling after a click, drawing them all, their DOM. */
import type { ElementHandle, Page } from 'playwright-core';

/** The charts count as re-rendered once nothing in them has changed for this long. */
export const QUIET_MS = 400;
export const SETTLE_TIMEOUT_MS = 60_000;

export interface Change {
  /** Click to the first change in the charts. */
  firstChange: number;
  /** Click to the end of the frame after the last change in the charts. */
  settled: number;
  /**
   * Click to the commit that draws the new answer in the charts on screen (the `claimwatch:charts-in-view` mark, set
   * in the effect after it; the frame that paints it follows, and the charts off screen follow in React's background
   * render); NaN when the page set no such mark.
   */
  inView: number;
  mutations: number;
  timedOut: boolean;
}

/**
 * Clicks `box` (or nothing) and waits until the charts have stopped changing: a MutationObserver
 * on the charts section's parent (so a swapped section counts too) notes every change; the end is
 * the first task after the frame that follows the last change (requestAnimationFrame, then
 * setTimeout 0: style, layout and paint of that frame are done), once QUIET_MS pass with no change.
 */
export function changeAndSettle(page: Page, box: ElementHandle | null): Promise<Change> {
  // No named functions inside evaluate: tsx would wrap them in a `__name` call the page lacks.
  return page.evaluate(
    async ([element, quietMs, timeoutMs]) => {
      const target = document.querySelector('.charts')?.parentElement ?? document.body;
      let mutations = 0;
      let first = NaN;
      let last = NaN;
      let painted = NaN;
      let sequence = 0;
      const observer = new MutationObserver((records) => {
        mutations += records.length;
        const now = performance.now();
        if (Number.isNaN(first)) first = now;
        last = now;
        painted = NaN;
        const mine = (sequence += 1);
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (mine === sequence) painted = performance.now();
          }, 0),
        );
      });
      observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
      const start = performance.now();
      if (element) (element as HTMLInputElement).click();
      let timedOut = false;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const now = performance.now();
        // Without a click, a page that is already still counts as settled.
        if (!element && mutations === 0 && now - start >= quietMs) break;
        if (mutations > 0 && now - last >= quietMs && !Number.isNaN(painted)) break;
        if (now - start > timeoutMs) {
          timedOut = true;
          break;
        }
      }
      observer.disconnect();
      // Read afterwards: a PerformanceObserver's callback may come after the deferred render it should precede.
      const inView = performance
        .getEntriesByName('claimwatch:charts-in-view', 'mark')
        .find((mark) => mark.startTime >= start)?.startTime;
      return {
        firstChange: first - start,
        settled: painted - start,
        inView: inView === undefined ? NaN : inView - start,
        mutations,
        timedOut,
      };
    },
    [box, QUIET_MS, SETTLE_TIMEOUT_MS] as const,
  );
}

/** Scrolls each chart into view until it has drawn (charts below the fold draw near the viewport or when idle), then back up. */
export async function drawAllCharts(page: Page): Promise<void> {
  // Nothing still loading (a list drawn from its summary loads its small charts' claims after it): the charts are
  // the ones that stay.
  await page.locator('section.charts:not([aria-busy])').waitFor({ state: 'attached', timeout: 120_000 });
  const charts = page.locator('figure.chart');
  const count = await charts.count();
  for (let i = 0; i < count; i += 1) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    // data-rendered="true" (issue 10 contract), or a drawn svg for a build that has no such attribute.
    await chart
      .locator(
        'xpath=self::*[@data-rendered="true" or (not(@data-rendered) and .//*[local-name()="svg" and contains(@class,"recharts-surface")])]',
      )
      .waitFor({ state: 'attached', timeout: 60_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await changeAndSettle(page, null);
}

/** Elements inside each chart figure and inside each mark (a mark counted with its own element). */
export function domPerChart(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart')].map((figure) => ({
      elements: figure.querySelectorAll('*').length,
      marks: [...figure.querySelectorAll('g.claim-mark')].map((mark) => mark.querySelectorAll('*').length + 1),
    })),
  );
}
