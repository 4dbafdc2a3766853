import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { closePages, launchBrowser, newPage, waitForCharts, clickMark, panelFor } from './support/browser';

/** Every Content-Security-Policy violation the page reports, kept on window by an init script. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __claimwatchPwned?: string }).__claimwatchPwned ?? null);

describe('hostile input and the Content-Security-Policy', { timeout: 120_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  test('the built app carries a CSP with no inline script, and the app runs under it without a violation', async () => {
    const page = await newPage(browser, { path: null });
    await recordViolations(page);
    await page.goto('/');
    await waitForCharts(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy ?? '', /script-src 'self'(;|$)/);
    assert.doesNotMatch(policy ?? '', /unsafe-inline|unsafe-eval/);
    await clickMark(page, (await page.locator('g[data-claim-id][role="button"]').first().getAttribute('data-claim-id')) ?? '');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    for (const view of ['Table', 'Compare']) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: view }).click();
      await page.waitForURL(new RegExp(`/${view.toLowerCase()}`));
      await page.locator('main h2:visible').first().waitFor();
    }
    assert.deepEqual(await violations(page), [], 'no CSP violation while using the app');
  });

  test('the CSP blocks an inline script injected into the page, and says so', async () => {
    const page = await newPage(browser, { path: null });
    await recordViolations(page);
    await page.goto('/');
    await waitForCharts(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__claimwatchPwned = "inline"';
      document.body.append(script);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    assert.equal(await pwned(page), null, 'the inline script did not run');
    assert.match((await violations(page)).join('\n'), /script-src/);
  });

  test('hostile texts render as text and hostile addresses are not links', async () => {
    const page = await newPage(browser, { path: null });
    await recordViolations(page);
    await page.goto('/table?scenario=hostile&q=Synthetic%20hostile%20source');
    await page.locator('.claim-table tbody tr').first().waitFor({ timeout: 20_000 });
    const table = (await page.locator('.claim-table').textContent()) ?? '';
    assert.ok(table.includes('<script>window.__claimwatchPwned = "script"</script>'), 'the script tag shows as text');
    assert.ok(table.includes('<img src=x onerror='), 'the img tag shows as text');
    assert.equal(await page.locator('img[src="x"], svg[onload], script:not([src])').count(), 0, 'no element came from the data');

    await page.goto('/?scenario=hostile&q=Synthetic%20hostile%20source');
    await waitForCharts(page);
    const hostileIds = await page.locator('g[data-claim-id^="HOSTILE-"][role="button"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id') ?? ''));
    assert.ok(hostileIds.length > 0, 'the hostile scenario draws hostile claims on the charts');
    for (const id of hostileIds) {
      await clickMark(page, id);
      const dialog = panelFor(page, id);
      await dialog.waitFor();
      assert.equal(await dialog.locator('a[href]:not([href^="http:"]):not([href^="https:"])').count(), 0, 'only http(s) addresses are links');
      await page.keyboard.press('Escape');
    }
    assert.equal(await page.locator('a[href^="javascript:" i], a[href^="data:" i]').count(), 0);
    assert.equal(await pwned(page), null, 'nothing from the data ran');
    assert.deepEqual(await violations(page), [], 'nothing from the data even tried to load');
  });

  test('the real server sends the CSP as a header, with framing forbidden', async () => {
    const realBase = process.env.REAL_BASE_URL;
    assert.ok(realBase, 'the e2e runner serves the real-API build (REAL_BASE_URL)');
    const response = await fetch(new URL('/', realBase));
    const header = response.headers.get('content-security-policy') ?? '';
    assert.match(header, /script-src 'self'/);
    assert.match(header, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  });
});
