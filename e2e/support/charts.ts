import { expect, type Locator, type Page } from '@playwright/test';

/** The first render waits for the msw worker, the dataset and recharts' layout. */
export const FIRST_RENDER_TIMEOUT_MS = 20_000;

/**
 * A chart drawn where it will stay: not a placeholder, and at its measured width. A server-rendered chart shows the
 * width the server assumed (the static demo's: a desktop's) until the app redraws it, after the page is interactive;
 * a click aimed at a mark before that lands where another mark is after.
 */
const SETTLED = '[data-rendered="true"][data-width="measured"]';

/**
 * Waits until the charts have drawn: a `[data-claim-id]` element is in the page and no chart is
 * still waiting to be drawn (charts below the fold draw near the viewport or when idle) or redrawn at its width.
 */
export async function waitForCharts(page: Page): Promise<void> {
  await expect(page.locator('[data-claim-id]').first()).toBeAttached({ timeout: FIRST_RENDER_TIMEOUT_MS });
  await expect(page.locator('figure.chart:not([data-rendered="true"])')).toHaveCount(0, {
    timeout: FIRST_RENDER_TIMEOUT_MS,
  });
  // A chart below the fold keeps the server's drawing until it comes near: those on screen are redrawn at once.
  await expect
    .poll(() => page.evaluate(assumedOnScreen), {
      message: 'the charts on screen are drawn at their measured width',
      timeout: FIRST_RENDER_TIMEOUT_MS,
    })
    .toEqual([]);
}

/** The ids of the charts on screen still drawn at the width the server assumed (run in the page). */
function assumedOnScreen(): string[] {
  return [...document.querySelectorAll('figure.chart:not([data-width="measured"])')]
    .filter((figure) => {
      const box = figure.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
    })
    .map((figure) => figure.getAttribute('data-chart-id') ?? '?');
}

/** Waits until the charts or the table have drawn their claims. */
export async function waitForClaims(page: Page): Promise<void> {
  await expect(page.locator('[data-claim-id], .claim-table tbody tr').first()).toBeAttached({
    timeout: FIRST_RENDER_TIMEOUT_MS,
  });
}

/**
 * Scrolls one chart figure into view and waits until it has drawn, at its measured width. The page scrolls it, not
 * Playwright's scrolling action, which first waits for the figure to hold still for two frames: while the charts
 * near it hydrate and draw again at their measured widths it moves, and on a loaded machine that lasts seconds.
 */
export async function waitForChartRendered(figure: Locator, timeout = FIRST_RENDER_TIMEOUT_MS): Promise<void> {
  await figure.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
  await expect(figure).toHaveAttribute('data-rendered', 'true', { timeout });
  await expect(figure).toHaveAttribute('data-width', 'measured', { timeout });
}

/** Scrolls each chart into view in turn until every one has drawn, then back to the top. */
export async function waitForAllCharts(page: Page): Promise<void> {
  await waitForCharts(page);
  const charts = page.locator('figure.chart');
  const count = await charts.count();
  expect(count, 'the page has chart figures').toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) await waitForChartRendered(charts.nth(i));
  await expect(page.locator(`figure.chart:not(${SETTLED})`), 'every chart has drawn').toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The open claim panel, when it shows this claim. */
export const panelFor = (page: Page, id: string) => page.locator(`[data-panel-claim-id="${id}"]`);

/** A claim's mark on a chart (dated claims: `g[role=button]`). */
export const chartMark = (page: Page, id: string) => page.locator(`g[data-claim-id="${id}"][role="button"]`);

/** The id of the first mark drawn on a chart. */
export async function firstMarkId(page: Page): Promise<string> {
  const id = await page.locator('g[data-claim-id][role="button"]').first().getAttribute('data-claim-id');
  expect(id, 'a chart has a mark').toBeTruthy();
  return id ?? '';
}

/** The centre of a chart mark's glyph in page coordinates (the mark scrolled into view first). */
export async function markCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const glyph = page.locator(`g[data-claim-id="${id}"] > use.claim-mark__glyph`);
  await glyph.scrollIntoViewIfNeeded();
  // Its chart, once near, is redrawn at its measured width (if the server assumed another): the mark may move.
  const figure = page.locator('figure.chart').filter({ has: page.locator(`g[data-claim-id="${id}"]`) });
  await expect(figure.first()).toHaveAttribute('data-width', 'measured', { timeout: FIRST_RENDER_TIMEOUT_MS });
  await glyph.scrollIntoViewIfNeeded();
  // A chart that just came into view is laid out and hit-testable from the next frame (content-visibility: auto),
  // as for a person, who cannot click within a frame of scrolling.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const box = await glyph.boundingBox();
  if (!box) throw new Error(`the mark of ${id} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Clicks a chart mark as a user does: at the centre of its glyph (the chart's overlay resolves it to the nearest mark). */
export async function clickMark(page: Page, id: string): Promise<void> {
  const { x, y } = await markCentre(page, id);
  await page.mouse.click(x, y);
}

/** Hovers a chart mark as a user does, at the centre of its glyph. */
export async function hoverMark(page: Page, id: string): Promise<void> {
  const { x, y } = await markCentre(page, id);
  await page.mouse.move(x, y);
}

/** The ids of every `[data-claim-id]` element (marks and undated list buttons), sorted. */
export const drawnIds = (page: Page) =>
  page.locator('[data-claim-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id') ?? '').sort());
