import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/**
 * Debian's Chromium through playwright-core, headless, for scripts outside Playwright Test (npm run bench).
 * The e2e journeys get their browser from playwright.config.ts instead.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
