import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../e2e/support/browser';
import { formatSection, type BenchSection } from './bench-section';
import { build } from './bundle';
import {
  changeAndSettle,
  domPerChart,
  drawAllCharts,
  QUIET_MS,
  SETTLE_TIMEOUT_MS,
  type Change,
} from './chart-repaint-probes';
import { serveDir } from './static-server';

/** "A filter change repaints in ≤ 100 ms with 10,000 claims" (docs/benchmarks.md, against the budgets). */
const REPAINT_BUDGET_MS = 100;
const OUT_DIR = 'dist-bench-repaint';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const ms = (values: number[]) =>
  `${Math.round(median(values)).toLocaleString('en-GB')} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`;
const verdict = (value: number) =>
  value <= REPAINT_BUDGET_MS ? 'met' : `**not met** (×${(value / REPAINT_BUDGET_MS).toFixed(1)})`;

/**
 * The filter repaint against its budget, and the DOM the charts cost, with `claims` SYNTHETIC
 * claims from the mock build's "large" scenario (the mock API filters in the page, so no request
 * is waited for). Timings are reported, never asserted.
 */
export async function benchRepaint(claims = 10_000, runs = 7): Promise<BenchSection> {
  build(OUT_DIR, true);
  const site = await serveDir(OUT_DIR);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.on('crash', () => console.error(`the page crashed with ${claims} claims`));
    await page.goto(`${site.url}/?scenario=large&scenarioClaims=${claims}`);
    // The page first shows the default view prerendered into index.html: wait for the scenario's claims.
    await page
      .locator('section.charts .charts__count', { hasText: `of ${claims.toLocaleString('en-GB')} claims` })
      .waitFor({ state: 'attached', timeout: 120_000 });
    await page.locator('g.claim-mark').first().waitFor({ state: 'attached', timeout: 120_000 });
    await drawAllCharts(page);

    const charts = await domPerChart(page);
    const chartElements = charts.map((c) => c.elements);
    const markElements = charts.flatMap((c) => c.marks);
    const marksBefore = markElements.length;

    // The box is found once, so Playwright's own search of a large DOM is not timed.
    const box = await page.getByRole('checkbox', { name: 'Corroborated', exact: true }).elementHandle();
    const ticks: Change[] = [];
    const unticks: Change[] = [];
    let marksFiltered = 0;
    for (let i = 0; i < runs; i += 1) {
      ticks.push(await changeAndSettle(page, box));
      if (!(await box.evaluate((b) => (b as HTMLInputElement).checked)))
        throw new Error('the Corroborated box did not tick');
      marksFiltered = await page.locator('g.claim-mark').count();
      unticks.push(await changeAndSettle(page, box));
      if (await box.evaluate((b) => (b as HTMLInputElement).checked))
        throw new Error('the Corroborated box did not untick');
    }
    const timedOut = [...ticks, ...unticks].filter((c) => c.timedOut).length;
    const tickSettled = ticks.map((c) => c.settled);
    const untickSettled = unticks.map((c) => c.settled);
    const tickInView = ticks.map((c) => c.inView);
    const untickInView = unticks.map((c) => c.inView);
    const n = claims.toLocaleString('en-GB');
    return {
      title: `Scale: filter repaint and DOM per chart, ${n} SYNTHETIC claims (mock build, ?scenario=large, desktop 1440×900)`,
      columns: ['measure', 'measured', 'budget', 'verdict'],
      rows: [
        [
          `tick "Corroborated" → charts on screen repainted (ms, median of ${runs}, range)`,
          ms(tickInView),
          `≤ ${REPAINT_BUDGET_MS} ms`,
          verdict(median(tickInView)),
        ],
        [
          `untick it → charts on screen repainted (ms, median of ${runs}, range)`,
          ms(untickInView),
          `≤ ${REPAINT_BUDGET_MS} ms`,
          verdict(median(untickInView)),
        ],
        [`tick "Corroborated" → every chart re-rendered (ms, median of ${runs}, range)`, ms(tickSettled), '', ''],
        [`untick it → every chart re-rendered (ms, median of ${runs}, range)`, ms(untickSettled), '', ''],
        ['tick → first change in the charts (ms, median)', Math.round(median(ticks.map((c) => c.firstChange))), '', ''],
        [
          'charts / marks drawn (all, then Corroborated only)',
          `${charts.length} / ${marksBefore.toLocaleString('en-GB')}, then ${marksFiltered.toLocaleString('en-GB')}`,
          '',
          '',
        ],
        [
          'DOM elements per chart figure: median / max',
          `${Math.round(median(chartElements)).toLocaleString('en-GB')} / ${Math.max(...chartElements).toLocaleString('en-GB')}`,
          '',
          '',
        ],
        [
          'DOM elements per mark (with its own g): median / max',
          `${median(markElements)} / ${Math.max(...markElements)}`,
          '',
          '',
        ],
        [
          'DOM elements in the charts per mark drawn',
          (chartElements.reduce((a, b) => a + b, 0) / Math.max(marksBefore, 1)).toFixed(1),
          '',
          '',
        ],
      ],
      notes: [
        `Built into ${OUT_DIR} with the mock API (msw in the page): the list is generated and filtered in the page, so no network request is timed. Every chart is drawn first (each scrolled into view), then the page is back at the top.`,
        '"Charts on screen repainted": from the click on the checkbox to the page\'s `claimwatch:charts-in-view` mark, set in the effect after the commit that draws the new answer in the charts on screen (within 100 px of the viewport); the paint of that frame follows. The charts off screen follow in React\'s deferred background render, which yields to input; the charts section is `aria-busy` until they have.',
        `"Every chart re-rendered": from the click on the checkbox to the end of the frame after the last change a MutationObserver saw in the charts section (requestAnimationFrame, then a task), counted once ${QUIET_MS} ms pass without a change; React, style, layout and paint are inside it. Ticks and unticks alternate on one page.${timedOut ? ` ${timedOut} change(s) did not settle within ${SETTLE_TIMEOUT_MS / 1000} s.` : ''}`,
        'DOM elements: `figure.chart *` per figure (caption, plot, key, labels, data table) and `g.claim-mark` with its descendants per mark. Marker glyphs drawn once in the <defs> of a chart count toward the chart, not the mark.',
      ],
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const claims = Number(process.argv[2] ?? 10_000);
  console.log(formatSection(await benchRepaint(claims > 0 ? claims : 10_000)));
}
