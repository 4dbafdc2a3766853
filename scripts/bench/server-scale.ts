import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spawnServer } from '../../server/testing/spawn-server';
import { launchBrowser } from '../../e2e/support/browser';
import { reachForThePage } from '../../e2e/support/reach';
import { formatSection, type BenchSection } from './bench-section';
import { build } from './bundle';
import { MARKS_SELECTOR } from './floor-page';
import { waitForMark } from './scale';
import { seeded, SERVER_HEAP_NOTE, serverNodeArgs } from './api-scale';
import { markTime } from './load';

const DIR = 'dist-bench-api';
const INTERACTIVE_MARK = 'claimwatch:interactive';
const IN_VIEW_MARK = 'claimwatch:charts-in-view';
/** Up to the server's first answer after a start, which derives every claim (ADR 013): minutes at 1,000,000. */
const PATIENCE_MS = 20 * 60_000;

const ms = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-GB') : '—');

/** The dashboard as a reader meets it on the real server with `count` claims: first page, first input, a filter. */
async function measure(url: string) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.setDefaultTimeout(PATIENCE_MS);
    await page.goto(`${url}/`, { timeout: PATIENCE_MS });
    const loaded = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { html: nav?.responseEnd ?? NaN, domReady: nav?.domContentLoadedEventEnd ?? NaN };
    });
    const marks = await page.locator(MARKS_SELECTOR).count();
    const reached = await page.evaluate(() => performance.now());
    await reachForThePage(page);
    const interactive = (await markTime(page, INTERACTIVE_MARK, PATIENCE_MS)) - reached;
    // A filter change: tick "Corroborated" with the pointer, as a reader does (the page is server-rendered: its parts
    // hydrate one by one, and input reaches them as the app's loader hands it over); from the click to the charts on
    // screen drawn from the answer. The box is found first, so Playwright's search of a large DOM is not timed.
    const box = await page.getByRole('checkbox', { name: 'Corroborated', exact: true }).boundingBox();
    if (!box) throw new Error('the "Corroborated" filter is not on screen');
    const inViewBefore = await page.evaluate((name) => performance.getEntriesByName(name, 'mark').length, IN_VIEW_MARK);
    const clickAt = await page.evaluate(() => performance.now());
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const inView = await waitForMark(page, inViewBefore + 1, PATIENCE_MS, IN_VIEW_MARK);
    const answered = await page.evaluate(() => {
      const entries = performance
        .getEntriesByType('resource')
        .filter((e) => /\/api\/claims(\/summary)?\?/.test(e.name)) as PerformanceResourceTiming[];
      return entries.at(-1)?.responseEnd ?? NaN;
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    return {
      ...loaded,
      marks,
      interactive,
      filterToInView: inView.at - clickAt,
      afterAnswer: inView.at - answered,
      heapMb: (heap ?? NaN) / 1e6,
    };
  } finally {
    await browser.close();
  }
}

/**
 * The dashboard on the project's server (real-API build, SQLite) with SYNTHETIC claims: the server's first answer
 * after a start, the page as a reader loads it, the app's first input and a filter change, each measured once.
 */
export async function benchServerScale(sizes = [100_000]): Promise<BenchSection> {
  build(DIR, false);
  const rows: (string | number)[][] = [];
  for (const count of sizes) {
    const { dataDir, seedSeconds } = await seeded('sqlite', count, null);
    const server = await spawnServer(
      {
        CLAIMWATCH_DATA_DIR: dataDir,
        CLAIMWATCH_STATIC_DIR: DIR,
        CLAIMWATCH_READS_PER_MINUTE: '0',
      },
      120_000,
      serverNodeArgs(count),
    );
    try {
      const started = performance.now();
      // The first render after a start waits for the server's view of every claim; fetch's own limit is 5 minutes.
      const signal = AbortSignal.timeout(PATIENCE_MS);
      await fetch(`${server.url}/`, { signal }).then((r) => r.text());
      const firstRender = performance.now() - started;
      const run = await measure(server.url);
      rows.push([
        count.toLocaleString('en-GB'),
        seedSeconds.toFixed(0),
        ms(firstRender),
        ms(run.html),
        ms(run.domReady),
        run.marks,
        ms(run.interactive),
        ms(run.filterToInView),
        ms(run.afterAnswer),
        run.heapMb.toFixed(0),
      ]);
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return {
    title: 'The dashboard on the real server at scale (SQLite, SYNTHETIC claims, desktop 1440×900)',
    columns: [
      'claims',
      'seeded (s)',
      'first render after a start (ms)',
      'page: HTML received (ms)',
      'page: DOM ready (ms)',
      'marks in the HTML',
      'first input → interactive (ms)',
      'filter click → charts on screen (ms)',
      'of which after the answer (ms)',
      'JS heap (MB)',
    ],
    rows,
    notes: [
      'The real-API build on the project\'s server, SQLite, loopback, one run per size. "First render after a start": GET / once the server is up, which waits for the server to read and derive every claim (ADR 013); the page is then served from its cache. The page\'s times are from its navigation start; "first input → interactive" from the pointer\'s first move to the app\'s claimwatch:interactive mark (ADR 018); the filter ticks "Corroborated", and the charts on screen are drawn from the summary the server computes for it.',
      SERVER_HEAP_NOTE,
      'SYNTHETIC claims (seeded generator), not real reporting.',
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  console.log(formatSection(await benchServerScale(sizes.length > 0 ? sizes : undefined)));
}
