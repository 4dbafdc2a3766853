import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { reachForThePage } from '../../e2e/support/reach';

/** Every claim mark a chart draws: single claims and groups. */
export const MARKS_SELECTOR = '[data-claim-id], [data-group-id]';
/** The floor page's file name, beside the build the server serves. */
export const FLOOR_PAGE = 'floor.html';

/** Waits until the page is interactive and its claim marks have stopped changing in number (charts drawn lazily). */
async function settledMarks(page: Page): Promise<number> {
  await reachForThePage(page);
  await page.waitForSelector('html[data-interactive="true"]', { timeout: 60_000 });
  let last = -1;
  let stableSince = Date.now();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const count = await page.evaluate((s) => document.querySelectorAll(s).length, MARKS_SELECTOR);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count > 0 && Date.now() - stableSince >= 1500) return count;
    await page.waitForTimeout(100);
  }
  throw new Error(`the claim marks never settled (last count ${last})`);
}

/**
 * The physical floor of the first view: the app's own charts at `url` (drawn on a desktop, once interactive and
 * settled), saved into `dir` as one static HTML page with inline SVG, the same CSS, and no script. Returns the
 * number of claim marks it holds.
 */
export async function writeFloorPage(browser: Browser, url: string, dir: string): Promise<number> {
  const capture = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
  try {
    await capture.goto(`${url}/`);
    const settled = await settledMarks(capture);
    const { css, charts, marks, inCharts } = await capture.evaluate((selector) => {
      const section = document.querySelector('.charts');
      return {
        css: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')),
        charts: section?.outerHTML ?? '',
        marks: document.querySelectorAll(selector).length,
        inCharts: section?.querySelectorAll(selector).length ?? 0,
      };
    }, MARKS_SELECTOR);
    if (marks !== inCharts || marks !== settled || marks === 0)
      throw new Error(`claim marks: ${marks} in the page, ${inCharts} in its charts, ${settled} when settled`);
    writeFileSync(
      join(dir, FLOOR_PAGE),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor: pre-drawn charts</title>${css.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}</head><body><main class="dashboard__main">${charts}</main></body></html>`,
    );
    return marks;
  } finally {
    await capture.close();
  }
}
