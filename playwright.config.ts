import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { freePort } from './server/testing/spawn-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium';
import { ANALYST, API_OUT_DIR, DEMO_OUT_DIR } from './e2e/support/servers';
import type { RealApiOptions } from './e2e/fixtures/test';

/**
 * The e2e journeys (`npm run test:e2e`, or `npx playwright test e2e/charts.spec.ts --project=phone`).
 *
 * Two servers, started before the tests and stopped after them:
 * - the static demo: the app built with the mock API (msw in the page) into dist-e2e, served by `vite preview`;
 * - the real server (server/main.ts) on SQLite in a fresh temporary folder (seeded with the default dataset),
 *   serving the app built for the real API (no msw) from dist-e2e-api, with one analyst token.
 * Each server's command builds its app first; E2E_NO_BUILD=1 reuses the last builds (`npm test` makes both beside its
 * typecheck and lint, the real-API one while checking its bundle budget). E2E_OUT_DIR /
 * E2E_API_OUT_DIR change the build folders (e.g. to run beside another e2e run: the ports are free ones).
 */

// Every worker reads this file again: what the first read chose (ports, data folder) travels in the environment.
const port = (process.env.E2E_PORT ??= String(await freePort()));
const apiPort = (process.env.E2E_API_PORT ??= String(await freePort()));
let dataDir = process.env.E2E_DATA_DIR;
if (!dataDir) {
  const made = mkdtempSync(join(tmpdir(), 'claimwatch-e2e-'));
  dataDir = process.env.E2E_DATA_DIR = made;
  // After the run (the servers are stopped by then), in the process that made it.
  process.on('exit', () => rmSync(made, { recursive: true, force: true }));
}
const demoURL = `http://127.0.0.1:${port}`;
const realApiURL = `http://127.0.0.1:${apiPort}`;
const build = (outDir: string) =>
  process.env.E2E_NO_BUILD === '1'
    ? `(test -f ${outDir}/index.html || (echo "${outDir}/index.html is missing: run once without E2E_NO_BUILD=1" >&2; exit 1)) && `
    : `npx vite build --outDir ${outDir} --emptyOutDir --logLevel error && `;

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

// eslint-disable-next-line no-restricted-syntax -- Playwright reads its configuration from the default export.
export default defineConfig<RealApiOptions>({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  // Two cores here: one worker (one browser) per core; each test gets its own browser context.
  workers: 2,
  fullyParallel: true,
  forbidOnly: true,
  // A flaky test is a failed test: no retries (and no time spent on them).
  retries: 0,
  timeout: 120_000,
  // A guard against a hung run, not the time budget.
  globalTimeout: 20 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON_REPORT ?? 'playwright-report/results.json' }]],
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL: demoURL,
    realApiURL,
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    // recharts skips its animations, so geometry and screenshots are final.
    reducedMotion: 'reduce',
    colorScheme: 'light',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    // A failed test keeps its trace (actions, DOM snapshots, network, console) in test-results/. Without the
    // screencast: on these SVG-heavy pages it made the suite ~30% slower (chart-hit-testing: 122 s → 94 s; no trace: 72 s).
    // `npm test` runs the whole suite without traces (E2E_TRACE=off): recording one for every test cost 10-22% of
    // the run's CPU, and a failure is traced by running its spec again. A failed test still leaves a screenshot.
    trace: process.env.E2E_TRACE === 'off' ? 'off' : { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', use: { viewport: DESKTOP } },
    {
      name: 'phone',
      use: { viewport: PHONE, isMobile: true, hasTouch: true },
      // The journeys that matter on a phone (tagged @phone): the whole suite twice would not fit CI's 15 minutes.
      // Tests that set a screen of their own (1920×1080 slides, print, a touch phone) run once, in the desktop project.
      grep: /@phone/,
    },
  ],
  webServer: [
    {
      command: `${build(DEMO_OUT_DIR)}npx vite preview --outDir ${DEMO_OUT_DIR} --port ${port} --strictPort --host 127.0.0.1`,
      url: demoURL,
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 3000 },
    },
    {
      command: `${build(API_OUT_DIR)}node --import tsx server/main.ts`,
      url: `${realApiURL}/api/session`,
      timeout: 180_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 3000 },
      env: {
        VITE_API_MOCKING: 'disabled',
        PORT: apiPort,
        HOST: '127.0.0.1',
        CLAIMWATCH_DATA_DIR: dataDir,
        CLAIMWATCH_STATIC_DIR: API_OUT_DIR,
        CLAIMWATCH_TOKENS: `${ANALYST.name}:${ANALYST.role}:${ANALYST.token}`,
      },
    },
  ],
});
