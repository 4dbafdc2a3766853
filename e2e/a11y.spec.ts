import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, waitForClaims } from './support/browser';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

describe('accessibility (axe)', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  for (const path of ['/', '/table', '/compare', '/?asof=2024-11-01']) {
    test(`no serious or critical violations on ${path}`, async () => {
      const page = await openPage(browser, path);
      await page.waitForSelector('[data-claim-id], .claim-table tbody tr, .compare-group', { timeout: 20_000 });
      assert.deepEqual(await seriousViolations(page), []);
    });
  }

  test('no serious or critical violations with the claim panel open', async () => {
    const page = await openPage(browser);
    await waitForClaims(page);
    await page.locator('g[data-claim-id]').first().click();
    await page.getByRole('dialog').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
  });
});
