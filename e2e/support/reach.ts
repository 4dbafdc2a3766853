import type { Page } from 'playwright-core';

/**
 * What a reader does first on a server-rendered page: the pointer comes over it. The app's code loads then
 * (scripts/build/app-loader.template.js), so a test or a benchmark that wants the app reaches for the page first.
 * Two moves: the pointer may already be where the first one goes, and then the browser sends no event.
 */
export async function reachForThePage(page: Page): Promise<void> {
  await page.mouse.move(3, 3);
  await page.mouse.move(9, 9);
}
