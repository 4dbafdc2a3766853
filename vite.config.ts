import { defineConfig } from 'vitest/config';
import { loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { apiOriginOf, contentSecurityPolicy } from './src/config/content-security-policy';

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
      if (enabled) rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/** The built index.html carries the Content-Security-Policy (the dev server needs inline scripts for hot reload). */
function contentSecurityPolicyMeta(apiBaseUrl: string | undefined): Plugin {
  return {
    name: 'claimwatch:content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ apiOrigin: apiOriginOf(apiBaseUrl) }) }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = (process.env.VITE_API_MOCKING ?? env.VITE_API_MOCKING) !== 'disabled';
  return {
    plugins: [react(), dropMockWorker(!mocking), contentSecurityPolicyMeta(process.env.VITE_API_BASE_URL ?? env.VITE_API_BASE_URL)],
    resolve: {
      alias: [
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        // zod must not probe eval under our CSP: this shim sets its flag before zod loads.
        { find: /^zod$/, replacement: fileURLToPath(new URL('./src/config/zod-for-csp.ts', import.meta.url)) },
      ],
    },
    server: { port: 5173, strictPort: true },
    preview: { port: 4173, strictPort: true },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/testing/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts', 'server/**/*.test.ts'],
      css: false,
      // Component tests render the whole app; on a loaded 2-core machine some take seconds.
      testTimeout: 20_000,
    },
  };
});
