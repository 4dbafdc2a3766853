import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { openFilters } from './support/filters';

const claimsShown = (page: Page) => page.locator('[data-claim-id]');

/** The mock API's fault scenarios (?scenario=…), seen as a user sees them in Chromium. */
test.describe('the dashboard under API faults', () => {
  test('500 three times: a specific error with the frame intact, then "Try again" recovers', async ({
    page,
    charts,
    pageErrors,
  }) => {
    await page.goto('/?scenario=error-then-recover');
    await expect(page.getByText(/Demo scenario “error-then-recover”/)).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: 'The claims could not be loaded' });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    await expect(alert).toContainText(/answered 500 for \/claims/);
    await expect(page.getByRole('complementary', { name: 'Filters' }), 'the filters stay on screen').toBeVisible();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await charts.drawn();
    expect(pageErrors).toEqual([]);
  });

  test('503 with Retry-After: the page says it waits as asked, then draws the charts', async ({ page, charts }) => {
    await page.goto('/?scenario=unavailable');
    await expect(page.getByText(/asked to wait 2 s/)).toBeVisible();
    await charts.drawn();
    await expect(page.getByRole('alert'), 'no error is left once it answered').toHaveCount(0);
  });

  test('malformed JSON and invalid records: specific messages, nothing lost that was valid', async ({
    page,
    charts,
    api,
  }) => {
    await page.goto('/?scenario=malformed-json');
    await expect(page.getByRole('alert').filter({ hasText: /not valid JSON/ })).toBeVisible({ timeout: 20_000 });
    await expect(claimsShown(page)).toHaveCount(0);

    await page.goto('/?scenario=invalid-records');
    await charts.drawn();
    const notice = page.getByText(/Data quality: 3 claims set aside/);
    await notice.click();
    const details = page.locator('details.status');
    await expect(details).toContainText(/figure\.value/);
    await expect(details).toContainText(/verification\.state/);
    // What the API sent, valid and invalid records alike: every valid one is drawn.
    const sent = (await api.claims()).claims.length;
    await expect(claimsShown(page), 'the valid claims are all drawn').toHaveCount(sent - 3);
  });

  test('slow: says it is loading, then draws; a filter change repaints from the loaded list without waiting', async ({
    page,
    charts,
    api,
  }) => {
    await page.goto('/?scenario=slow');
    await expect(page.getByText('Loading claims…')).toBeVisible();
    await charts.drawn();
    const all = await api.claims();
    const corroborated = all.claims.filter((c) => c.verification.state === 'corroborated').length;
    // The slow API's answer to the filtered list, noted when it arrives.
    let answered = false;
    const filteredAnswer = page
      .waitForResponse((r) => /\/api\/claims\?/.test(r.url()) && r.url().includes('state=corroborated'))
      .then(() => {
        answered = true;
      });
    await openFilters(page);
    const box = page.getByRole('checkbox', { name: 'Corroborated', exact: true });
    await box.click();
    await expect(box).toBeChecked();
    await expect(page.getByText(`Showing ${corroborated} of ${all.total} claims`)).toBeVisible();
    expect(answered, 'the filtered view showed before the slow API answered').toBe(false);
    await filteredAnswer;
    await expect(page.getByText(`Showing ${corroborated} of ${all.total} claims`)).toBeVisible();
    await expect(page).toHaveURL(/scenario=slow/);
  });

  test('offline in the browser: a filter change shows the loaded claims, filtered, and says it is offline', async ({
    dashboard: page,
    charts,
    api,
  }) => {
    const all = await api.claims();
    await page.context().setOffline(true);
    await openFilters(page);
    const box = page.getByRole('checkbox', { name: 'Corroborated', exact: true });
    await box.click();
    await expect(box).toBeChecked();
    await expect(page.getByText(/Offline: showing the claims loaded earlier/)).toBeVisible();
    const corroborated = all.claims.filter((c) => c.verification.state === 'corroborated').length;
    await expect(page.getByText(`Showing ${corroborated} of ${all.total} claims`)).toBeVisible();
    await page.context().setOffline(false);
    await expect(page.getByText(/Offline:/)).toHaveCount(0);
    await charts.drawn();
  });

  test('large: thousands of synthetic claims are labelled as such and drawn', async ({ page }) => {
    await page.goto('/?scenario=large&scenarioClaims=3000');
    await expect(page.getByText(/3,000 SYNTHETIC claims/)).toBeVisible();
    await expect(page.getByText(/Showing 3,?000 of 3,?000 claims/)).toBeVisible({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Back to normal data' }).click();
    await expect(page.getByText(/Showing \d+ of \d+ claims/)).toBeVisible();
    await expect(page.getByText(/Demo scenario/)).toHaveCount(0);
  });
});
