import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { DatasetSchema, type Dataset } from '../../src/contract/dataset-schema';
import { claimFiltersToParams, parseClaimFilters } from '../../src/contract/claim-filter-params';
import { keepIds, parseClaimListParams } from '../../src/contract/claim-list-params';
import { pageOf } from '../../src/contract/claim-pages';
import { parseSummaryParams } from '../../src/contract/claim-summary';
import { summarizeClaims } from '../../src/contract/summarize-claims';
import type { Claim } from '../../src/contract/claim-schema';
import { selectClaims } from '../../src/contract/select-claims';
import { sourceSummaries } from '../../src/contract/source-summaries';
import { syntheticDataset } from '../../mocks/synthetic-claims';
import { launchBrowser } from '../../e2e/support/browser';
import { formatSection, type BenchSection } from './bench-section';
import { build } from './bundle';
import { serveDir } from './static-server';

const base = DatasetSchema.parse(JSON.parse(readFileSync('data/default-dataset.json', 'utf8')));
const MARK = 'claimwatch:charts-drawn';
const IN_VIEW_MARK = 'claimwatch:charts-in-view';

/**
 * Answers the app's /api requests from Node with a SYNTHETIC dataset, as the contract does: the list in pages with
 * its count, and the summary, filtered with the real semantics (selectClaims, summarizeClaims).
 */
export async function serveApi(page: Page, dataset: Dataset): Promise<void> {
  const selections = new Map<string, Claim[]>();
  const selected = (params: URLSearchParams) => {
    const { filters } = parseClaimFilters(params, ['limit', 'cursor', 'id', 'period', 'samples']);
    const key = claimFiltersToParams(filters).toString();
    let claims = selections.get(key);
    if (!claims) selections.set(key, (claims = selectClaims(dataset.claims, filters)));
    return claims;
  };
  await page.route('**/api/**', async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname.replace(/^\/api/, '');
    let body: unknown;
    if (path === '/claims') {
      const { ids, limit, cursor } = parseClaimListParams(url.searchParams);
      const claims = keepIds(selected(url.searchParams), ids);
      const { items, nextCursor } = pageOf(claims, cursor, limit);
      body = { claims: items, total: dataset.claims.length, matched: claims.length, nextCursor };
    } else if (path === '/claims/summary') {
      const { period, samples } = parseSummaryParams(url.searchParams);
      const claims = selected(url.searchParams);
      const charts = summarizeClaims(claims, dataset.metrics, { period, samples });
      body = { charts, matched: claims.length, total: dataset.claims.length };
    } else if (path === '/metrics') body = { metrics: dataset.metrics };
    else if (path === '/events') body = { events: dataset.events };
    else if (path === '/sources') body = { sources: sourceSummaries(dataset.claims) };
    else if (path === '/session') body = { writes: false, user: null };
    else if (path === '/briefings') body = { briefings: [] };
    else
      return route.fulfill({
        status: 404,
        contentType: 'application/json',
        body: '{"error":{"code":"not_found","message":"none"}}',
      });
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
}

/** Waits for the n-th charts-drawn mark and answers its time and the claims it drew. */
export function waitForMark(page: Page, count: number, timeoutMs = 120_000, name = MARK) {
  return page
    .waitForFunction(
      ([name, n]) => {
        const marks = performance.getEntriesByName(name as string, 'mark') as PerformanceMark[];
        const mark = marks[(n as number) - 1];
        return mark ? { at: mark.startTime, detail: mark.detail as { claims: number; marks: number } } : null;
      },
      [name, count] as const,
      { timeout: timeoutMs, polling: 16 },
    )
    .then((handle) => handle.jsonValue() as Promise<{ at: number; detail: { claims: number; marks: number } }>);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

interface Run {
  navigationToDrawn: number;
  dataToDrawn: number;
  filterToDrawn: number;
  filterAfterResponse: number;
  filterToInView: number;
  inViewAfterResponse: number;
  heapMb: number;
  domNodes: number;
  marks: number;
}

async function measure(baseUrl: string, dataset: Dataset): Promise<Run> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.on('crash', () => console.error(`the page crashed with ${dataset.claims.length} claims`));
    await serveApi(page, dataset);
    await page.goto(`${baseUrl}/`);
    const first = await waitForMark(page, 1);
    // The last answer the first drawing waited for: the list, or the summary after its first page.
    const responseEnd = await page.evaluate((drawnAt) => {
      const ends = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => /\/api\/claims(\/summary)?(\?|$)/.test(e.name) && e.responseEnd <= drawnAt)
        .map((e) => e.responseEnd);
      return ends.length ? Math.max(...ends) : NaN;
    }, first.at);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? 0;
    // A filter change: tick "Corroborated"; time from the click to the next drawn mark and the frame after it.
    // The checkbox is found first, so Playwright's own search of a large DOM is not timed.
    const checkbox = await page.getByRole('checkbox', { name: 'Corroborated', exact: true }).elementHandle();
    const inViewBefore = await page.evaluate((name) => performance.getEntriesByName(name, 'mark').length, IN_VIEW_MARK);
    const clickAt = await page.evaluate((element) => {
      const at = performance.now();
      (element as HTMLInputElement).click();
      return at;
    }, checkbox);
    // The charts on screen first (the others follow in React's background render), then every chart.
    const inView = await waitForMark(page, inViewBefore + 1, undefined, IN_VIEW_MARK);
    const second = await waitForMark(page, 2);
    const paintedAt = await page.evaluate(
      () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
    );
    const filteredResponseEnd = await page.evaluate(() => {
      const entries = performance
        .getEntriesByType('resource')
        .filter((e) => /\/api\/claims(\/summary)?\?/.test(e.name)) as PerformanceResourceTiming[];
      return entries.at(-1)?.responseEnd ?? NaN;
    });
    return {
      navigationToDrawn: first.at,
      dataToDrawn: first.at - responseEnd,
      filterToDrawn: Math.max(second.at, paintedAt) - clickAt,
      filterAfterResponse: Math.max(second.at, paintedAt) - filteredResponseEnd,
      filterToInView: inView.at - clickAt,
      inViewAfterResponse: inView.at - filteredResponseEnd,
      heapMb: heap / 1e6,
      domNodes: nodes,
      marks: first.detail.marks,
    };
  } finally {
    await browser.close();
  }
}

/** Data to drawn chart, filter change to repaint, heap and DOM size with 1,000, 10,000 and 100,000 SYNTHETIC claims. */
export async function benchScale(sizes = [1_000, 10_000, 100_000], runs = 3): Promise<BenchSection> {
  build('dist-bench-api', false);
  const site = await serveDir('dist-bench-api');
  const rows: (string | number)[][] = [];
  try {
    for (const size of [0, ...sizes]) {
      // 0: the default dataset (real, sourced claims), the yardstick of the first chart's time.
      const dataset = size === 0 ? base : syntheticDataset(base, size);
      const results: Run[] = [];
      try {
        for (let i = 0; i < (size >= 100_000 ? 1 : runs); i += 1) results.push(await measure(site.url, dataset));
      } catch (error) {
        // Reported, not hidden: a size the page cannot take is a result too.
        rows.push([
          size === 0 ? 'default dataset' : size.toLocaleString('en-GB'),
          `failed: ${(error as Error).message.split('\n')[0]}`,
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ]);
        continue;
      }
      rows.push([
        size === 0 ? `default dataset (${base.claims.length})` : size.toLocaleString('en-GB'),
        median(results.map((r) => r.marks)),
        Math.round(median(results.map((r) => r.navigationToDrawn))),
        Math.round(median(results.map((r) => r.dataToDrawn))),
        Math.round(median(results.map((r) => r.filterToInView))),
        Math.round(median(results.map((r) => r.inViewAfterResponse))),
        Math.round(median(results.map((r) => r.filterToDrawn))),
        Math.round(median(results.map((r) => r.filterAfterResponse))),
        Math.round(median(results.map((r) => r.heapMb))),
        median(results.map((r) => r.domNodes)),
      ]);
    }
  } finally {
    await site.close();
  }
  return {
    title: 'Scale: SYNTHETIC claims in Chromium (real-API build, desktop 1440×900)',
    columns: [
      'claims',
      'marks drawn',
      'navigation → charts drawn (ms)',
      'data → drawn (ms)',
      'filter click → charts on screen (ms)',
      'of which after the response (ms)',
      'filter click → every chart (ms)',
      'of which after the response (ms)',
      'JS heap (MB)',
      'DOM nodes',
    ],
    rows,
    notes: [
      'Synthetic claims from a fixed seed (mocks/synthetic-claims.ts), answered by Playwright from Node as the contract answers (pages of GET /api/claims with their count, GET /api/claims/summary) with the real filter semantics. Above 2,000 matching claims the page loads one page of the list and draws the charts from the summary; the table pages as it scrolls.',
      '"navigation → charts drawn" runs from the start of the navigation to the performance mark set when every mark is in the DOM; the budget is at most 2× the default dataset\'s. "data → drawn" runs from the end of the last answer the drawing waited for (the list, or the summary) to that mark.',
      '"filter click → charts on screen" runs from the click on a verification-state filter to the page\'s `claimwatch:charts-in-view` mark, set after the commit that draws the new answer in the charts within 100 px of the viewport (the budget\'s repaint: what the reader sees); "every chart" to the frame after the next charts-drawn mark, once the charts off screen have followed in React\'s background render. Both include the request; "after the response" leaves the request and its transfer out. Above 250 claims a chart draws groups by period and state, and says so. Median of 3 runs (1 at 100,000).',
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  console.log(formatSection(await benchScale(sizes.length ? sizes : undefined)));
}
