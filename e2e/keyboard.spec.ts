import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, waitForClaims } from './support/browser';

describe('keyboard only', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  test('reach a point, move along the chart, open its panel and come back with Esc', async () => {
    const page = await openPage(browser);
    await waitForClaims(page);
    const focusedClaim = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'button' ? document.activeElement.getAttribute('data-claim-id') : null));
    let first: string | null = null;
    for (let i = 0; i < 150 && !first; i += 1) {
      await page.keyboard.press('Tab');
      first = await focusedClaim();
    }
    assert.ok(first, 'a chart point is reachable with Tab');
    await page.getByRole('tooltip').waitFor();
    await page.keyboard.press('ArrowRight');
    const second = await focusedClaim();
    assert.ok(second && second !== first, 'ArrowRight moves to another claim');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: `Claim ${second}` }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    assert.equal(await focusedClaim(), second, 'focus returns to the point');
  });
});
