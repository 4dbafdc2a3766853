import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { apiClaims } from './support/api';
import { chartMark, panelFor } from './support/charts';

/*
 * The server's page is the whole view until the reader reaches for it: the app's code runs then, not while the page
 * loads (ADR 018). What the reader does before the app has taken over is recorded and replayed, so nothing is lost
 * and nothing happens twice. These pages come from a fresh browser context, not the fixture's page, whose navigations
 * reach for the page themselves.
 */

test.use({ baseURL: async ({ realApiURL }, provide) => provide(realApiURL) });

/** A page of a fresh context like the project's (a phone in the phone project), recording what it logs. */
async function freshPage(context: BrowserContext): Promise<{ page: Page; logged: string[] }> {
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
  });
  page.on('pageerror', (error) => logged.push(error.message));
  return { page, logged };
}

/** Holds the app's code back (not the loader's) until the returned function is called. */
async function holdTheAppsCode(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.endsWith('.js') && !url.pathname.endsWith('/app-loader.js'),
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

/** The server's page loaded, and its second chart mark in the middle of the screen: its claim, glyph and centre. */
async function aMarkInTheMiddle(page: Page) {
  await page.goto('/');
  await page.waitForLoadState('load');
  const id = (await page.locator('figure.chart g[data-claim-id][role="button"]').nth(1).getAttribute('data-claim-id'))!;
  const glyph = chartMark(page, id).first().locator('use.claim-mark__glyph');
  await glyph.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const box = (await glyph.boundingBox())!;
  return { id, glyph, box, point: { x: box.x + box.width / 2, y: box.y + box.height / 2 } };
}

/** Whether the app has run: its module script is on the page, or it marked itself interactive. */
const appHasRun = (page: Page) =>
  page.evaluate(
    () => document.querySelector('script[type="module"]') !== null || document.documentElement.dataset.interactive,
  );

test('a view runs no app code while it loads; a tap on a mark then opens that claim, once @phone', async ({
  context,
}) => {
  const { page, logged } = await freshPage(context);
  await page.goto('/');
  await expect(page.locator('figure.chart [data-claim-id]').first()).toBeAttached();
  // Well after the first paint and the load, with no input: still the server's page alone.
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
  expect(await appHasRun(page)).toBeFalsy();

  const id = (await page
    .locator('figure.chart g[data-claim-id][role="button"]')
    .first()
    .getAttribute('data-claim-id'))!;
  const glyph = chartMark(page, id).first().locator('use.claim-mark__glyph');
  await glyph.scrollIntoViewIfNeeded();
  const box = (await glyph.boundingBox())!;
  // The first input on the page: the app loads now, and the tap reaches it once it has.
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  if (test.info().project.use.hasTouch) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
  await expect(panelFor(page, id)).toBeVisible();
  await expect(page.locator('html[data-interactive="true"]')).toBeAttached();
  await expect(page.locator('[data-panel-claim-id]')).toHaveCount(1);
  expect(logged, 'hydration and the replay logged nothing').toEqual([]);
});

test('a tap on a mark opens that claim though the page moved before the app took the tap @phone', async ({
  context,
}) => {
  const { page, logged } = await freshPage(context);
  // The app's code is held back until the page has moved: a fling still scrolling, or a chart drawn again at its
  // measured width, moves the marks between the tap and the app's replay of it.
  const release = await holdTheAppsCode(page);
  const { id, glyph, box, point } = await aMarkInTheMiddle(page);
  if (test.info().project.use.hasTouch) await page.touchscreen.tap(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
  await page.evaluate(() => window.scrollBy(0, 120));
  const moved = (await glyph.boundingBox())!;
  expect(moved.y, 'the mark moved up the screen').toBeLessThan(box.y - 100);
  release();
  await expect(panelFor(page, id)).toBeVisible();
  await expect(page.locator('[data-panel-claim-id]')).toHaveCount(1);
  expect(logged, 'hydration and the replay logged nothing').toEqual([]);
});

test('the mark the pointer rests on before the app has loaded shows its tooltip once the app has', async ({
  context,
}) => {
  const { page, logged } = await freshPage(context);
  const release = await holdTheAppsCode(page);
  const { id, point } = await aMarkInTheMiddle(page);
  // The pointer comes to rest on the mark in a few moves, all before the app's code has come.
  for (const step of [12, 6, 0]) await page.mouse.move(point.x - step, point.y + step);
  expect(await page.evaluate(() => document.documentElement.dataset.interactive)).toBeFalsy();
  release();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(page.locator('html[data-interactive="true"]')).toBeAttached();
  const replayed = await tooltip.innerText();
  // The same point hovered again, the app handling it: the same claim's tooltip.
  await page.mouse.move(5, 5);
  await expect(tooltip).toBeHidden();
  await page.mouse.move(point.x, point.y);
  await expect(tooltip).toBeVisible();
  expect(await tooltip.innerText(), 'the replayed hover showed the claim under the pointer').toBe(replayed);
  const { claims } = await apiClaims(page, `id=${id}`);
  expect(replayed).toContain(claims[0]?.speaker.organisation);
  expect(logged, 'hydration and the replay logged nothing').toEqual([]);
});

for (const cpuSlowdown of [1, 6]) {
  test(`a filter ticked and a search typed before the app has hydrated apply once, with nothing lost (CPU ${cpuSlowdown}× slower)`, async ({
    context,
  }) => {
    const { page, logged } = await freshPage(context);
    // A slow CPU spreads hydration out: the tick and the typing then land before, during and after it, part by part.
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto('/');
    const corroborated = page.getByRole('checkbox', { name: 'Corroborated', exact: true });
    const search = page.getByRole('searchbox', { name: /Search claims/ });
    // The click is the page's first input: the app loads meanwhile, then takes the tick (not the browser, then again).
    await corroborated.click();
    await search.fill('Zelensky');
    await expect(page).toHaveURL(/state=corroborated/);
    await expect(page).toHaveURL(/q=Zelensky/);
    await expect(corroborated).toBeChecked();
    await expect(search).toHaveValue('Zelensky');
    await expect(page.locator('html[data-interactive="true"]')).toBeAttached();
    // Untick: the app owns the box now, and one click undoes one tick.
    await corroborated.click();
    await expect(corroborated).not.toBeChecked();
    await expect(page).not.toHaveURL(/state=corroborated/);
    await expect(page).toHaveURL(/q=Zelensky/);
    expect(logged).toEqual([]);
  });
}

test('keys on a chart focused before the app has loaded move between its claims and open one', async ({ context }) => {
  const { page, logged } = await freshPage(context);
  await page.goto('/');
  const firstChart = page.locator('figure.chart').first();
  const focusable = firstChart.locator('[tabindex="0"]').first();
  await focusable.focus();
  // Focus was the first intent; these keys come before the app has hydrated, and reach it in order.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-panel-claim-id]')).toHaveCount(1);
  await expect(page.locator('[data-panel-claim-id]')).toBeVisible();
  expect(logged).toEqual([]);
});

test('a link followed before the app has loaded opens its view, rendered by the server', async ({ context }) => {
  const { page } = await freshPage(context);
  await page.goto('/');
  await page.getByRole('link', { name: 'Table', exact: true }).click();
  await expect(page).toHaveURL(/\/table/);
  await expect(page.locator('table').first()).toBeVisible();
});
