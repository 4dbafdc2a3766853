import { expect, test } from './fixtures/test';

/* The static demo (mock API in the page) prerenders its default view at build time. */
test.describe('the static demo', () => {
  test('its index.html holds the default view, prerendered with the default dataset', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${baseURL ?? ''}/`);
      await expect(page.locator('figure.chart[data-rendered="true"]').first()).toBeVisible();
      expect(await page.locator('[data-claim-id]').count()).toBeGreaterThan(20);
    } finally {
      await context.close();
    }
  });
});
