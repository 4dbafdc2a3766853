import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import { PRERENDERED_ELSEWHERE, pageWithState } from '../../src/contract/server-render';
import { DEFAULT_LOCALE, LANG_COOKIE, LOCALES } from '../../src/contract/locale';

const ENTRY = 'src/entry-server.tsx';
const CHECK_SCRIPT = 'prerendered-elsewhere.js';
const CHECK_SOURCE = `// The static demo's index.html holds the view of "/", prerendered in English: at any other address, or for a reader
// whose language is another (remembered, or the browser's first that Claimwatch speaks), it is hidden until the app renders.
var chosen = /(?:^|;\\s*)${LANG_COOKIE}=([a-z]{2})(?:;|$)/.exec(document.cookie);
var spoken = ${JSON.stringify(LOCALES)};
var preferred = (navigator.languages || [navigator.language]).map(function (tag) { return String(tag).slice(0, 2).toLowerCase(); });
var reader = chosen && spoken.indexOf(chosen[1]) >= 0 ? chosen[1] : preferred.filter(function (l) { return spoken.indexOf(l) >= 0; })[0] || '${DEFAULT_LOCALE}';
if (location.pathname + location.search !== '/' || reader !== '${DEFAULT_LOCALE}') document.documentElement.setAttribute('${PRERENDERED_ELSEWHERE}', '');
`;

interface MockServerBundle {
  prerenderWithMockApi: () => Promise<{ html: string; stateJson: string } | null>;
}

/**
 * After the browser build, builds the server-render bundle beside it (`<outDir>-ssr/entry-server.js`, which the
 * project's server loads). A build with the mock API (the static demo) has no server: its default view is rendered
 * now, with the default dataset through the mock handlers, into its index.html, and the bundle is dropped.
 */
export function serverRenderBuild(mocking: boolean): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'claimwatch:server-render-build',
    apply: (userConfig, { command }) => command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const { build } = await import('vite');
      // The nested build loads this config again: its note about a future config loader was printed once already.
      process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
      const outDir = resolve(config.root, config.build.outDir);
      const ssrDir = `${outDir}-ssr`;
      await build({
        configFile: config.configFile,
        mode: config.mode,
        logLevel: 'warn',
        build: { ssr: ENTRY, outDir: ssrDir, emptyOutDir: true, copyPublicDir: false, minify: false },
      });
      if (!mocking) return;
      const bundle = (await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href)) as MockServerBundle;
      const page = await bundle.prerenderWithMockApi();
      rmSync(ssrDir, { recursive: true, force: true });
      if (!page) throw new Error('The static demo could not prerender its default view with the mock API.');
      const indexPath = join(outDir, 'index.html');
      // A static host serves this page at every address; before the first paint, a tiny script (no inline script:
      // the CSP) marks an address other than "/" so the CSS hides the prerendered view there until the app renders.
      writeFileSync(join(outDir, CHECK_SCRIPT), CHECK_SOURCE);
      const check = `<script src="${config.base}${CHECK_SCRIPT}"></script>`;
      writeFileSync(
        indexPath,
        pageWithState(readFileSync(indexPath, 'utf8'), page.html, page.stateJson, DEFAULT_LOCALE).replace(
          '</title>',
          () => `</title>\n    ${check}`,
        ),
      );
    },
  };
}
