import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser';
import { spawnServer } from '../../server/testing/spawn-server';
import { formatSection, type BenchSection } from './bench-section';
import { build } from './bundle';

const MARK = 'claimwatch:charts-drawn';
const DIR = 'dist-bench-api';

interface LoadTimes {
  drawn: number;
  lcp: number;
  fcp: number;
}

/** Records LCP in the page from the start (buffered), where the test can read it. */
const observeLcp = () => {
  const store = window as unknown as { __lcp: number };
  store.__lcp = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.__lcp = Math.max(store.__lcp, entry.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
};

async function loadOnce(browser: Browser, url: string, profile: 'desktop' | 'mobile'): Promise<LoadTimes> {
  const context = await browser.newContext(
    profile === 'mobile'
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, reducedMotion: 'reduce' }
      : { viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' },
  );
  try {
    const page = await context.newPage();
    if (profile === 'mobile') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.addInitScript(observeLcp);
    await page.goto(url);
    const drawn = await page
      .waitForFunction((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null, MARK, {
        timeout: 60_000,
        polling: 16,
      })
      .then((h) => h.jsonValue() as Promise<number>);
    // LCP is final once the page has been still for a moment (or on input); wait a little, then read it.
    await page.waitForTimeout(1500);
    const { lcp, fcp } = await page.evaluate(() => ({
      lcp: (window as unknown as { __lcp: number }).__lcp,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    }));
    return { drawn, lcp, fcp };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) =>
  Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN);

/**
 * Time to the first fully drawn chart (the app's charts-drawn mark), LCP and FCP for the real-API
 * build served by the project's server with the default dataset, and for a static page holding the
 * very same drawn charts as inline SVG (the floor), in the same browser and run.
 */
export async function benchLoad(runs = 5): Promise<BenchSection> {
  build(DIR, false);
  const dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-loadbench-'));
  const server = await spawnServer({ CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_STATIC_DIR: DIR });
  const browser = await launchBrowser();
  const rows: (string | number)[][] = [];
  try {
    // The floor: the app's own drawn charts, saved as one static HTML page with the built CSS.
    const capture = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await capture.goto(`${server.url}/`);
    await capture.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, MARK, {
      timeout: 60_000,
    });
    const { css, charts } = await capture.evaluate(() => ({
      css: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')),
      charts: document.querySelector('.charts')?.outerHTML ?? '',
    }));
    await capture.close();
    writeFileSync(join(DIR, 'floor-mark.js'), `performance.mark(${JSON.stringify(MARK)});\n`);
    writeFileSync(
      join(DIR, 'floor.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor: pre-drawn charts</title>${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}</head><body><main class="dashboard__main">${charts}</main><script src="/floor-mark.js"></script></body></html>`,
    );
    for (const profile of ['desktop', 'mobile'] as const) {
      for (const [name, path] of [
        ['dashboard (real API)', '/'],
        ['floor: same charts as static SVG', '/floor.html'],
      ] as const) {
        const results: LoadTimes[] = [];
        for (let i = 0; i < runs; i += 1) results.push(await loadOnce(browser, `${server.url}${path}`, profile));
        rows.push([
          profile,
          name,
          median(results.map((r) => r.drawn)),
          median(results.map((r) => r.lcp)),
          median(results.map((r) => r.fcp)),
        ]);
      }
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(join(DIR, 'floor.html'), { force: true });
    rmSync(join(DIR, 'floor-mark.js'), { force: true });
  }
  return {
    title: 'Load in Chromium: first fully drawn chart, LCP and FCP (ms, median)',
    columns: ['profile', 'page', 'all charts drawn', 'LCP', 'FCP'],
    rows,
    notes: [
      `The real-API build served by the project's server on loopback (default dataset), a fresh browser context per run (cold cache), ${runs} runs. "All charts drawn" is the app's performance mark set when every claim's mark is in the DOM; the floor page is the app's own drawn charts saved as static HTML with inline SVG and the same CSS, marking at the end of its body.`,
      'Desktop: 1440×900, no throttling. Mobile: 390×844 at 2× with the CPU slowed 4× (no network throttling: loopback).',
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatSection(await benchLoad(Number(process.argv[2] ?? 5))));
}
