import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnServer } from '../../server/testing/spawn-server';
import { formatSection, type BenchSection } from './bench-section';
import { build } from './bundle';

/** Lighthouse 12.8.2 runs outside the dependency tree (its lockfile trouble on Node 20: see the toolchain notes). */
const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage';

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
}

function runLighthouse(url: string, preset: 'mobile' | 'desktop', outDir: string): LighthouseReport {
  const output = join(outDir, `${preset}.json`);
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
  const result = spawnSync('npx', args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0) throw new Error(`lighthouse (${preset}) failed: ${result.stderr.slice(-1500)}`);
  return JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport;
}

const score = (report: LighthouseReport, category: string) =>
  Math.round((report.categories[category]?.score ?? 0) * 100);
const ms = (report: LighthouseReport, audit: string) => Math.round(report.audits[audit]?.numericValue ?? NaN);

/** Lighthouse mobile and desktop scores for the real-API build served by the project's server. */
export async function benchLighthouse(): Promise<BenchSection> {
  build('dist-bench-api', false);
  const dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-lighthouse-'));
  const server = await spawnServer({ CLAIMWATCH_DATA_DIR: dataDir, CLAIMWATCH_STATIC_DIR: 'dist-bench-api' });
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  try {
    for (const preset of ['mobile', 'desktop'] as const) {
      const report = runLighthouse(`${server.url}/`, preset, dataDir);
      rows.push([
        preset,
        score(report, 'performance'),
        score(report, 'accessibility'),
        score(report, 'best-practices'),
        score(report, 'seo'),
        ms(report, 'first-contentful-paint'),
        ms(report, 'largest-contentful-paint'),
        ms(report, 'total-blocking-time'),
        (report.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
      ]);
      const failing = Object.entries(report.audits)
        .filter(([, a]) => a.score !== null && a.score < 0.9 && a.numericValue === undefined)
        .map(([id]) => id);
      if (failing.length) notes.push(`${preset}: audits below 0.9: ${failing.slice(0, 12).join(', ')}`);
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    title: `Lighthouse (${LIGHTHOUSE}, real-API build served by the project's server)`,
    columns: [
      'preset',
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
      "Lighthouse's own throttling (simulated slow 4G and 4× CPU on mobile); Debian's Chromium, headless, on loopback.",
      ...notes,
    ],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(formatSection(await benchLighthouse()));
}
