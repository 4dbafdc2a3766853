import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser';
import { spawnServer } from '../../server/testing/spawn-server';
import { formatSection, type BenchSection } from './bench-section';
import { build } from './bundle';
import { reachForThePage } from '../../e2e/support/reach';
import { FLOOR_PAGE, MARKS_SELECTOR, writeFloorPage } from './floor-page';

const INTERACTIVE_MARK = 'claimwatch:interactive';
const DIR = 'dist-bench-api';

interface Profile {
  name: string;
  context: BrowserContextOptions;
  /** CDP `Emulation.setCPUThrottlingRate` (1: none). */
  cpuRate: number;
}

const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' };
const PROFILES: Profile[] = [
  { name: 'desktop', context: DESKTOP, cpuRate: 1 },
  { name: 'desktop, 4× CPU', context: DESKTOP, cpuRate: 4 },
  {
    name: 'mobile',
    context: {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      reducedMotion: 'reduce',
      // A phone's user agent, from which the server picks a phone's plot width.
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36',
    },
    cpuRate: 4,
  },
];

interface LoadTimes {
  drawn: number;
  lcp: number;
  fcp: number;
  /** From the pointer's first move over the page to the app's interactive mark; null for the floor. */
  interactive: number | null;
}

interface PageProbe {
  __drawn: number | null;
  __marks: number;
  __lcp: number;
}

/**
 * Installed before any page script, on the app and the floor alike: records `performance.now()` the first time the
 * document holds `expected` claim marks (single claims and groups), whoever put them there (the HTML parser or
 * script), and the largest LCP candidate. Plain source, not a function: tsx would wrap its inner functions in a
 * `__name` helper that does not exist in the page.
 */
const probe = (expected: number) => `(() => {
  const expected = ${expected};
  const selector = ${JSON.stringify(MARKS_SELECTOR)};
  window.__drawn = null;
  window.__marks = 0;
  window.__lcp = 0;
  const check = () => {
    if (window.__drawn !== null) return true;
    const marks = document.querySelectorAll(selector).length;
    window.__marks = Math.max(window.__marks, marks);
    if (marks >= expected) window.__drawn = performance.now();
    return window.__drawn !== null;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
  // The parser may insert the whole page before the observer's first delivery: check once at DOMContentLoaded too.
  document.addEventListener('DOMContentLoaded', () => check() && observer.disconnect(), { once: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = Math.max(window.__lcp, entry.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})();`;

async function waitForDrawn(page: Page, expected: number): Promise<number> {
  try {
    return await page
      .waitForFunction(() => (window as unknown as PageProbe).__drawn, undefined, { timeout: 60_000, polling: 50 })
      .then((h) => h.jsonValue() as Promise<number>);
  } catch (error) {
    const seen = await page.evaluate(() => (window as unknown as PageProbe).__marks).catch(() => NaN);
    throw new Error(`${page.url()}: ${seen} of ${expected} claim marks after 60 s`, { cause: error });
  }
}

/** The start time of a performance mark, once the page has set it. */
export const markTime = (page: Page, name: string, timeout = 60_000) =>
  page
    .waitForFunction((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null, name, {
      timeout,
      polling: 16,
    })
    .then((h) => h.jsonValue() as Promise<number>);

/**
 * The project's server for a benchmark; `run` runs a step against it, after one render of "/" so that every
 * measured load finds the page cache as a returning visitor's request would (the first render of a version costs
 * a few hundred ms once).
 */
export async function benchServer(env: Record<string, string>) {
  // Hundreds of page loads from one address: the per-client read limit is not what is measured.
  const current = await spawnServer({ CLAIMWATCH_READS_PER_MINUTE: '0', ...env });
  await fetch(`${current.url}/`).then((r) => r.text());
  return { current, run: <T>(step: (url: string) => Promise<T>): Promise<T> => step(current.url) };
}

async function loadOnce(browser: Browser, url: string, profile: Profile, expected: number, app: boolean) {
  const context = await browser.newContext(profile.context);
  try {
    const page = await context.newPage();
    if (profile.cpuRate !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
    }
    await page.addInitScript({ content: probe(expected) });
    await page.goto(url);
    const drawn = await waitForDrawn(page, expected);
    // LCP is final once the page has been still for a moment (or on input); wait a little, then read it.
    await page.waitForTimeout(1500);
    const { lcp, fcp } = await page.evaluate(() => ({
      lcp: (window as unknown as PageProbe).__lcp,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    }));
    // The app loads when the reader reaches for the page (scripts/build/app-loader.template.js): from that moment
    // to the app handling input.
    let interactive: number | null = null;
    if (app) {
      const reached = await page.evaluate(() => performance.now());
      await reachForThePage(page);
      interactive = (await markTime(page, INTERACTIVE_MARK)) - reached;
    }
    return { drawn, lcp, fcp, interactive } satisfies LoadTimes;
  } finally {
    await context.close();
  }
}

const median = (values: number[]) =>
  Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN);

/**
 * Time until every claim mark is in the DOM, LCP and FCP for the real-API build served by the project's server with
 * the default dataset (server-rendered, then hydrated), and for a static page holding the very same charts as inline
 * SVG (the floor), measured the same way in the same browser and run.
 */
export async function benchLoad(runs = 5): Promise<BenchSection> {
  build(DIR, false);
  const dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-loadbench-'));
  const server = await benchServer({ CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_STATIC_DIR: DIR });
  const browser = await launchBrowser();
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  try {
    // The floor: the app's own drawn charts, saved as one static HTML page with the built CSS.
    const marks = await server.run((url) => writeFloorPage(browser, url, DIR));
    const pages = [
      { key: 'app', path: '/', name: 'dashboard (real server, SSR)' },
      { key: 'floor', path: `/${FLOOR_PAGE}`, name: 'floor: same charts as static SVG' },
    ] as const;
    for (const profile of PROFILES) {
      // App and floor loads alternate, so that a busy moment of this shared machine hits both alike.
      const results: Record<'app' | 'floor', LoadTimes[]> = { app: [], floor: [] };
      for (let i = 0; i < runs; i += 1)
        for (const { key, path } of pages)
          results[key].push(
            await server.run((url) => loadOnce(browser, `${url}${path}`, profile, marks, key === 'app')),
          );
      const floorDrawn = median(results.floor.map((r) => r.drawn));
      for (const { key, name } of pages) {
        const times = results[key];
        const drawn = median(times.map((r) => r.drawn));
        rows.push([
          profile.name,
          name,
          drawn,
          key === 'app' ? (drawn / floorDrawn).toFixed(2) : '—',
          median(times.map((r) => r.lcp)),
          median(times.map((r) => r.fcp)),
          key === 'app' ? median(times.map((r) => r.interactive ?? NaN)) : '—',
        ]);
      }
    }
    notes.push(`Claim marks (\`${MARKS_SELECTOR}\`) expected on both pages: ${marks}.`);
  } finally {
    await browser.close();
    await server.current.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(join(DIR, FLOOR_PAGE), { force: true });
  }
  return {
    title: 'Load in Chromium: all charts drawn, LCP, FCP, and first input to interactive (ms, median)',
    columns: ['profile', 'page', 'all charts drawn', '× floor', 'LCP', 'FCP', 'first input → interactive'],
    rows,
    notes: [
      `The real-API build served by the project's server on loopback (default dataset, every view server-rendered then hydrated), a fresh browser context per run (cold cache), median of ${runs} runs. The floor page is the app's own charts, captured once interactive and settled, saved as static HTML with inline SVG and the same CSS, and no script.`,
      '"All charts drawn" is measured the same way on both pages: a script installed before any page script (a MutationObserver on the document, and a check at DOMContentLoaded) records performance.now() the first time the document holds every claim mark of the floor. "First input → interactive": the app loads when the reader reaches for the page (ADR 018); measured from the pointer\'s first move over the page, made once the charts are drawn and LCP read, to the app\'s claimwatch:interactive mark (hydrated, handles input; input meanwhile is replayed).',
      'Budget: "all charts drawn" ≤ 1.5× the floor (the "× floor" column), on desktop and with the CPU slowed 4×.',
      'Desktop: 1440×900, no throttling. Desktop, 4× CPU: the same with the CPU slowed 4× (CDP). Mobile: 390×844 at 2× with the CPU slowed 4× (no network throttling: loopback).',
      ...notes,
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatSection(await benchLoad(Number(process.argv[2] ?? 5))));
}
