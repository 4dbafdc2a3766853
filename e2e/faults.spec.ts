import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { apiClaims, closePages, launchBrowser, newPage, pageErrors, tick, waitForCharts } from './support/browser';

/** The mock API's fault scenarios (?scenario=…), seen as a user sees them in Chromium. */
describe('the dashboard under API faults', { timeout: 240_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  test('500 three times: a specific error with the frame intact, then "Try again" recovers', async () => {
    const page = await newPage(browser, { path: '/?scenario=error-then-recover' });
    await page.getByText(/Demo scenario “error-then-recover”/).waitFor();
    const alert = page.getByRole('alert').filter({ hasText: 'The claims could not be loaded' });
    await alert.waitFor({ timeout: 20_000 });
    assert.match((await alert.textContent()) ?? '', /answered 500 for \/claims/);
    assert.ok(await page.getByRole('complementary', { name: 'Filters' }).isVisible(), 'the filters stay on screen');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitForCharts(page);
    assert.deepEqual(pageErrors(page), []);
  });

  test('503 with Retry-After: the page says it waits as asked, then draws the charts', async () => {
    const page = await newPage(browser, { path: '/?scenario=unavailable' });
    await page.getByText(/asked to wait 2 s/).waitFor({ timeout: 10_000 });
    await waitForCharts(page);
    assert.equal(await page.getByRole('alert').count(), 0, 'no error is left once it answered');
  });

  test('malformed JSON and invalid records: specific messages, nothing lost that was valid', async () => {
    const page = await newPage(browser, { path: '/?scenario=malformed-json' });
    await page
      .getByRole('alert')
      .filter({ hasText: /not valid JSON/ })
      .waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('[data-claim-id]').count(), 0);

    await page.goto('/?scenario=invalid-records');
    await waitForCharts(page);
    const notice = page.getByText(/Data quality: 3 claims set aside/);
    await notice.click();
    const details = (await page.locator('details.status').textContent()) ?? '';
    assert.match(details, /figure\.value/);
    assert.match(details, /verification\.state/);
    assert.ok((await page.locator('[data-claim-id]').count()) > 50, 'the valid claims are all drawn');
  });

  test('slow: says it is loading, then draws; a filter change repaints from the loaded list without waiting', async () => {
    const page = await newPage(browser, { path: '/?scenario=slow' });
    await page.getByText('Loading claims…').waitFor();
    await waitForCharts(page);
    const all = await apiClaims(page);
    const corroborated = all.claims.filter((c) => c.verification.state === 'corroborated').length;
    const started = Date.now();
    await tick(page.getByRole('checkbox', { name: /^Corroborated/ }));
    await page.getByText(`Showing ${corroborated} of ${all.total} claims`).waitFor();
    assert.ok(Date.now() - started < 2500, 'the filtered view showed before the slow API (3 s) answered');
    await page.waitForURL(/scenario=slow/);
  });

  test('offline in the browser: a filter change shows the loaded claims, filtered, and says it is offline', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const all = await apiClaims(page);
    await page.context().setOffline(true);
    await tick(page.getByRole('checkbox', { name: /^Corroborated/ }));
    await page.getByText(/Offline: showing the claims loaded earlier/).waitFor();
    const corroborated = all.claims.filter((c) => c.verification.state === 'corroborated').length;
    await page.getByText(`Showing ${corroborated} of ${all.total} claims`).waitFor();
    await page.context().setOffline(false);
    await page.getByText(/Offline:/).waitFor({ state: 'detached' });
    await waitForCharts(page);
  });

  test('large: thousands of synthetic claims are labelled as such and drawn', async () => {
    const page = await newPage(browser, { path: '/?scenario=large&scenarioClaims=3000' });
    await page.getByText(/3,000 SYNTHETIC claims/).waitFor();
    await page.getByText(/Showing 3,?000 of 3,?000 claims/).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Back to normal data' }).click();
    await page.getByText(/Showing \d+ of \d+ claims/).waitFor();
    assert.equal(await page.getByText(/Demo scenario/).count(), 0);
  });
});
