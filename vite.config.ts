import { configDefaults, defineConfig } from 'vitest/config';
import { OWN_MODULES } from './src/testing/test-files-with-own-modules';
import { loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { apiOriginOf, contentSecurityPolicy } from './src/contract/content-security-policy';
import { MOCK_WORKER_FILES } from './src/config/mock-worker-files';
import { stripContractDescriptions } from './scripts/build/strip-descriptions';
import { serverRenderBuild } from './scripts/build/server-render-build';
import { loadAppAfterPaint } from './scripts/build/load-app-after-paint';

/** A build against a real API ships no mock service worker. */
function dropMockWorker(enabled: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'claimwatch:drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      if (!enabled) return;
      for (const file of MOCK_WORKER_FILES) rmSync(join(outDir, file), { force: true });
    },
  };
}

/** The built index.html carries the Content-Security-Policy (the dev server needs inline scripts for hot reload). */
function contentSecurityPolicyMeta(apiBaseUrl: string | undefined): Plugin {
  return {
    name: 'claimwatch:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: {
          'http-equiv': 'Content-Security-Policy',
          content: contentSecurityPolicy({ apiOrigin: apiOriginOf(apiBaseUrl) }),
        },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * react-router's package exports only its development build, which is its production build with the developer warnings
 * switched on (`ENABLE_DEV_WARNINGS`); a production build takes the production build, both entries so that they share one copy.
 */
function reactRouterProductionBuild(): { find: RegExp; replacement: string }[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve('react-router/package.json')), 'dist', 'production');
  const aliases = [
    { find: /^react-router$/, replacement: join(dir, 'index.mjs') },
    { find: /^react-router\/dom$/, replacement: join(dir, 'dom-export.mjs') },
  ];
  return aliases.every((alias) => existsSync(alias.replacement)) ? aliases : [];
}

export default defineConfig(({ command, mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = (process.env.VITE_API_MOCKING ?? env.VITE_API_MOCKING) !== 'disabled';
  return {
    plugins: [
      react(),
      dropMockWorker(!mocking),
      stripContractDescriptions(),
      loadAppAfterPaint(),
      serverRenderBuild(mocking),
      contentSecurityPolicyMeta(process.env.VITE_API_BASE_URL ?? env.VITE_API_BASE_URL),
    ],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // zod must not probe eval under our CSP: these shims set its flag before zod (classic or mini) loads.
        { find: /^zod$/, replacement: fileURLToPath(new URL('./src/config/zod-for-csp.ts', import.meta.url)) },
        {
          find: /^zod\/mini$/,
          replacement: fileURLToPath(new URL('./src/config/zod-mini-for-csp.ts', import.meta.url)),
        },
        // recharts asks for the React 17 shim of useSyncExternalStoreWithSelector, react-redux for the plain one: on React 18+
        // the shim only hands over React's own useSyncExternalStore, so both get the plain one and the shim leaves the bundle.
        {
          find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
          replacement: 'use-sync-external-store/with-selector.js',
        },
        ...(command === 'build' ? reactRouterProductionBuild() : []),
      ],
    },
    build: {
      // Deliberate: the first view ships as one entry chunk of ~680 kB minified (~210 kB gzip), since splitting the
      // vendors into several chunks made mobile LCP worse here; the demo's lazy msw chunk is ~560 kB. The limit that
      // counts is the gzip byte budget `npm run check:bundle` enforces (scripts/bench/bundle-budget.json, CI); vite's
      // default 500 kB warning would only repeat, on every `npm start`, a trade-off already made and measured.
      chunkSizeWarningLimit: 800,
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/testing/setup.ts'],
      css: false,
      // Component tests render the whole app; on a loaded 2-core machine some take seconds.
      testTimeout: 20_000,
      // Vitest's default leaves a core for itself (one worker on this 2-core machine, CI's kind): the main process
      // mostly waits, so two workers here took the unit run from 700 s to 457 s. More cores keep the default.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // A global stubbed by one test is gone before the next, whichever file it is in.
      unstubGlobals: true,
      unstubEnvs: true,
      projects: [
        // Without isolation a worker keeps its modules and its page from one test file to the next: most of a file's
        // cost was starting them again. src/testing/setup.ts starts each file afresh: the page, storage, the app-wide
        // stores, the token, the mock API's data. The app's tests (jsdom) and the server's (node, by their docblock)
        // are projects apart, so that a worker does not swap one environment for the other between files: the whole
        // run took 420-457 s isolated, 237-257 s shared in one project, 168 s in these two (ADR 010).
        {
          extends: true,
          test: {
            name: 'app',
            isolate: false,
            include: ['src/**/*.test.{ts,tsx}'],
            exclude: [...configDefaults.exclude, ...OWN_MODULES],
          },
        },
        {
          extends: true,
          test: {
            name: 'server',
            isolate: false,
            include: ['server/**/*.test.ts', 'scripts/**/*.test.ts', 'mocks/**/*.test.ts'],
            exclude: [...configDefaults.exclude, ...OWN_MODULES],
            // One throwaway PostgreSQL cluster for the run: the server's tests run on it as well as on SQLite.
            globalSetup: ['./server/testing/postgres-global-setup.ts'],
          },
        },
        // A file that mocks a module needs modules of its own: another file may have loaded the real one already.
        // (Each project names its own files and global setup: `extends` would add the root's to them.)
        { extends: true, test: { name: 'own modules', include: OWN_MODULES } },
      ],
    },
  };
});
