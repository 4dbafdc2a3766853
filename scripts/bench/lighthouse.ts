import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSection, type BenchSection } from './bench-section';
import { build } from './bundle';
import { launchBrowser } from '../../e2e/support/browser';
import { benchServer } from './load';
import { FLOOR_PAGE, writeFloorPage } from './floor-page';
import { serveDir } from './static-server';

/** Lighthouse 12.8.2 runs outside the dependency tree (its lockfile trouble on Node 20: see the toolchain notes). */
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage';

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
}

type Preset = 'mobile' | 'desktop';

/**
 * One Lighthouse run, asynchronous: the static demo's server runs in this process and must keep answering meanwhile.
 */
async function runLighthouse(url: string, preset: Preset, outDir: string, file: string): Promise<LighthouseReport> {
  const output = join(outDir, `${file}.json`);
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    '--only-categories=performance,accessibility,best-practices,seo',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  await promisify(execFile)('npx', args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    encoding: 'utf8',
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stderr?: string; message: string }) => {
    throw new Error(`lighthouse (${file}) failed: ${(error.stderr || error.message).slice(-1500)}`);
  });
  return JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
}

const score = (report: LighthouseReport, category: string) =>
  Math.round((report.categories[category]?.score ?? 0) * 100);
const ms = (report: LighthouseReport, audit: string) => Math.round(report.audits[audit]?.numericValue ?? NaN);

/** One table row of a report, and the audits (without a timing) that score below 0.9. */
function reportRow(name: string, report: LighthouseReport): { row: (string | number)[]; note: string | null } {
  const failing = Object.entries(report.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9 && a.numericValue === undefined)
    .map(([id]) => id);
  return {
    row: [
      name,
      score(report, 'performance'),
      score(report, 'accessibility'),
      score(report, 'best-practices'),
      score(report, 'seo'),
      ms(report, 'first-contentful-paint'),
      ms(report, 'largest-contentful-paint'),
      ms(report, 'total-blocking-time'),
      (report.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
    ],
    note: failing.length ? `${name}: audits below 0.9: ${failing.slice(0, 12).join(', ')}` : null,
  };
}

/**
 * Lighthouse scores for the real-API build served by the project's server (mobile and desktop presets), and for the
 * static demo (the mock build, its default view prerendered) served as plain files (mobile preset).
 */
export async function benchLighthouse(): Promise<BenchSection> {
  build('dist-bench-api', false);
  build('dist-bench-demo', true);
  const dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-lighthouse-'));
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  const add = (name: string, report: LighthouseReport) => {
    const { row, note } = reportRow(name, report);
    rows.push(row);
    if (note) notes.push(note);
  };
  try {
    const server = await benchServer({ CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_STATIC_DIR: 'dist-bench-api' });
    try {
      for (const preset of ['mobile', 'desktop'] as const) {
        const report = await server.run((url) => runLighthouse(`${url}/`, preset, dataDir, `server-${preset}`));
        add(`real server, ${preset}`, report);
      }
      // The floor beside it: the same charts as static SVG, no script, served by the same server.
      const browser = await launchBrowser();
      try {
        await server.run((url) => writeFloorPage(browser, url, 'dist-bench-api'));
      } finally {
        await browser.close();
      }
      add(
        'floor (same charts, static SVG), mobile',
        await server.run((url) => runLighthouse(`${url}/${FLOOR_PAGE}`, 'mobile', dataDir, 'floor-mobile')),
      );
    } finally {
      await server.current.stop();
      rmSync(join('dist-bench-api', FLOOR_PAGE), { force: true });
    }
    const demo = await serveDir('dist-bench-demo');
    try {
      add('static demo, mobile', await runLighthouse(`${demo.url}/`, 'mobile', dataDir, 'demo-mobile'));
    } finally {
      await demo.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    title: `Lighthouse (${LIGHTHOUSE}): the real-API build on the project's server, the floor, and the static demo`,
    columns: [
      'page, preset',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'FCP (ms)',
      'LCP (ms)',
      'TBT (ms)',
      'CLS',
    ],
    rows,
    notes: [
      "Lighthouse's own throttling (simulated slow 4G and 4× CPU on mobile); Debian's Chromium, headless, on loopback. Real server: the real-API build served by the project's server with the default dataset (server-rendered). Static demo: the mock build (default view prerendered into index.html, mock API in the page) served as plain files.",
      "Floor: the app's own charts, captured once drawn, as one static page with inline SVG, the same CSS and no script (as in the load benchmark): what the first view would score if it cost nothing beyond its charts.",
      'Budgets: real server, mobile: performance ≥ 97, TBT ≤ 150 ms, LCP ≤ 1.5 s; static demo, mobile: performance ≥ 95.',
      ...notes,
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatSection(await benchLighthouse()));
}
