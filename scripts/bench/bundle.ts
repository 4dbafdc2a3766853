import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchSection } from './bench-section';
import { APP_LOADER } from '../build/load-app-after-paint';
import { MOCK_WORKER_FILES } from '../../src/config/mock-worker-files';

/** One file of a build, raw and gzip (level 9, as a static host would serve it). */
export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BuildSizes {
  dir: string;
  /** What the first page load fetches: the entry, every chunk it imports statically, and the CSS. */
  initialJs: AssetSize[];
  initialCss: AssetSize[];
  /** Chunks loaded on demand (views, the claim panel, the mock API). */
  lazyJs: AssetSize[];
  /** Files of the mock API that a real-API build must not contain. */
  mockCode: string[];
}

export const sum = (assets: AssetSize[], key: 'raw' | 'gzip') => assets.reduce((total, a) => total + a[key], 0);

/** Builds the dashboard into `outDir`, for the real API (`mocking: false`) or the static demo. */
export function build(outDir: string, mocking: boolean): void {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_API_MOCKING: mocking ? 'enabled' : 'disabled' },
  });
  if (result.status !== 0) throw new Error(`vite build into ${outDir} failed (exit ${result.status})`);
}

function size(dir: string, file: string): AssetSize {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Static imports of a built chunk (`from"./x.js"` and bare `import"./x.js"`), as paths beside it. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => `assets/${m[1]}`);
}

const MOCK_MARKERS = ['[MSW]', 'setupWorker', 'mockServiceWorker.js'];

/** Reads a build: which files the first load needs (from index.html and the imports they make) and which load later. */
export function measureBuild(dir: string, options: { allowMockCode: boolean }): BuildSizes {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const named = [
    ...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  // The app loader (scripts/build/load-app-after-paint.ts) names the app's entry and preloads: initial code too.
  const entries = named.flatMap((file) =>
    file === APP_LOADER
      ? [
          file,
          ...[...readFileSync(join(dir, file), 'utf8').matchAll(/["'`]\/?(assets\/[^"'`]+\.js)["'`]/g)].map(
            (m) => m[1] ?? '',
          ),
        ]
      : [file],
  );
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g)].map((m) => m[1] ?? '');
  const initial = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (initial.has(file)) continue;
    initial.add(file);
    queue.push(...staticImports(readFileSync(join(dir, file), 'utf8')));
  }
  const allJs = readdirSync(join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  if (existsSync(join(dir, APP_LOADER))) allJs.push(APP_LOADER);
  const mockCode = allJs.filter((f) => {
    const code = readFileSync(join(dir, f), 'utf8');
    return MOCK_MARKERS.some(
      (marker) => code.includes(marker) && !(marker === 'mockServiceWorker.js' && options.allowMockCode),
    );
  });
  for (const worker of MOCK_WORKER_FILES) if (existsSync(join(dir, worker))) mockCode.push(worker);
  return {
    dir,
    initialJs: [...initial].sort().map((f) => size(dir, f)),
    initialCss: css.map((f) => size(dir, f)),
    lazyJs: allJs
      .filter((f) => !initial.has(f))
      .sort()
      .map((f) => size(dir, f)),
    mockCode: options.allowMockCode ? [] : mockCode,
  };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** A table of a build's sizes: the initial route's JS and CSS, then every lazy chunk. */
export function bundleSection(title: string, sizes: BuildSizes): BenchSection {
  const rows: (string | number)[][] = [
    [
      'initial JS (entry + static imports)',
      sizes.initialJs.length,
      kb(sum(sizes.initialJs, 'raw')),
      kb(sum(sizes.initialJs, 'gzip')),
    ],
    ['initial CSS', sizes.initialCss.length, kb(sum(sizes.initialCss, 'raw')), kb(sum(sizes.initialCss, 'gzip'))],
    ...sizes.lazyJs.map((a) => [
      `lazy: ${a.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '.js')}`,
      1,
      kb(a.raw),
      kb(a.gzip),
    ]),
  ];
  return {
    title,
    columns: ['part', 'files', 'raw', 'gzip'],
    rows,
    notes: [`Built into ${sizes.dir}; gzip at level 9. 1 KB = 1,000 bytes.`],
  };
}

/** `npm run bench -- --only=bundle`: the real-API build and the static demo, side by side. */
export async function benchBundle(): Promise<BenchSection[]> {
  build('dist-bench-api', false);
  build('dist-bench-demo', true);
  return [
    bundleSection('Bundle: real-API build', measureBuild('dist-bench-api', { allowMockCode: false })),
    bundleSection(
      'Bundle: static demo (mock API in the page)',
      measureBuild('dist-bench-demo', { allowMockCode: true }),
    ),
  ];
}
