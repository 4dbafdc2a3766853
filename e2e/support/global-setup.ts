import type { FullConfig } from '@playwright/test';
import { MOCK_WORKER_FILES } from '../../src/config/mock-worker-files';
import { DEMO_OUT_DIR } from './servers';

/**
 * Runs once the servers answer. The demo build must ship its mock service worker, or every page
 * would ask the preview server for /api and get index.html back.
 */
// eslint-disable-next-line no-restricted-syntax -- Playwright reads a global setup from the default export.
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error('playwright.config.ts sets no baseURL');
  for (const file of MOCK_WORKER_FILES) {
    const worker = await fetch(new URL(`/${file}`, baseURL));
    if (!/javascript/.test(worker.headers.get('content-type') ?? ''))
      throw new Error(`${DEMO_OUT_DIR} has no ${file}: was it built with VITE_API_MOCKING=disabled?`);
  }
}
