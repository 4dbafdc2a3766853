import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minifySync, type Plugin, type ResolvedConfig } from 'vite';
import { LOADER_AGREEMENT } from '../../src/config/before-the-app';

/** The one script index.html names: it loads the app once the page is painted. Not hashed, never cached as such. */
export const APP_LOADER = 'app-loader.js';

const MODULE_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * A server-rendered page is complete without its script, so neither its first paint nor its load waits for the app:
 * the module script and its preloads leave index.html, and a small deferred script (no inline script: the CSP) loads
 * them when the reader reaches for the page, or once it is painted where the view needs the app at once
 * (scripts/build/app-loader.template.js). The byte budget reads the loader to count the app's code as initial
 * (scripts/bench/bundle.ts).
 */
export function loadAppAfterPaint(): Plugin {
  let config: ResolvedConfig;
  let loader: string | null = null;
  return {
    name: 'claimwatch:load-app-after-paint',
    apply: (userConfig, { command }) => command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = MODULE_SCRIPT.exec(html)?.[1];
        if (!entry) return html;
        const preloads = [...html.matchAll(MODULE_PRELOAD)].map((m) => m[1] ?? '');
        loader = loaderSource(entry, preloads, config.root);
        // At the end of the body, not in the head where the module script was: a deferred script runs after parsing
        // wherever it stands, but one named in the head made the page's parsing and layout block the main thread
        // longer (Lighthouse mobile, docs/benchmarks.md).
        const withoutApp = html.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, '');
        if (!withoutApp.includes('</body>')) throw new Error('index.html has no </body> to put the app loader before');
        return withoutApp.replace('</body>', `  <script defer src="${config.base}${APP_LOADER}"></script>\n  </body>`);
      },
    },
    writeBundle() {
      if (loader) writeFileSync(join(resolve(config.root, config.build.outDir), APP_LOADER), minifiedLoader(loader));
    },
  };
}

/** Beside this file, from the project's root. */
const TEMPLATE = 'scripts/build/app-loader.template.js';

/** The loader's source: its template with the app's entry and the chunks the entry imports. */
export function loaderSource(entry: string, preloads: string[], root = process.cwd()): string {
  const template = readFileSync(resolve(root, TEMPLATE), 'utf8');
  const source = template
    .replace("'__CLAIMWATCH_ENTRY__'", JSON.stringify(entry))
    .replace("['__CLAIMWATCH_PRELOADS__']", JSON.stringify(preloads))
    .replace('{ __CLAIMWATCH_AGREEMENT__: true }', JSON.stringify(LOADER_AGREEMENT));
  if (source.includes('__CLAIMWATCH_')) throw new Error(`${TEMPLATE}: a placeholder was left unfilled`);
  return source;
}

/** The loader as shipped: minified (it is read on every page), with a line saying where its source is. */
export function minifiedLoader(source: string): string {
  const { code, errors } = minifySync(APP_LOADER, source, { compress: true, mangle: true });
  if (errors.length > 0) throw new Error(`${APP_LOADER} did not minify: ${errors.map((e) => e.message).join('; ')}`);
  return `// Claimwatch's app loader: scripts/build/app-loader.template.js\n${code}`;
}
