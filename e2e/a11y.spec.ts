import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seriousViolations } from './support/axe';
import type { Browser } from 'playwright-core';
import { closePages, launchBrowser, newPage, waitForCharts, clickMark, panelFor } from './support/browser';

function assertNone(violations: string[], where: string) {
  assert.equal(violations.length, 0, `axe found serious/critical violations ${where}:\n${violations.join('\n')}`);
}

describe('accessibility (axe)', { timeout: 240_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  test('the dashboard has no serious or critical violations', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    assertNone(await seriousViolations(page), 'on the dashboard');
  });

  test('the dashboard with the claim panel open has no serious or critical violations', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const id = (await page.locator('g[data-claim-id][role="button"]').first().getAttribute('data-claim-id')) ?? '';
    await clickMark(page, id);
    const dialog = page.getByRole('dialog');
    await panelFor(page, id).waitFor();
    // Wait for the claim's content, not just the frame, so axe sees the whole panel.
    await dialog.getByRole('region', { name: 'Verification' }).waitFor();
    assertNone(await seriousViolations(page), 'with the claim panel open');
  });

  test('the dark theme (followed from the system) has no serious or critical violations, panel open', async () => {
    const page = await newPage(browser, { colorScheme: 'dark' });
    await waitForCharts(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await clickMark(
      page,
      (await page.locator('g[data-claim-id][role="button"]').first().getAttribute('data-claim-id')) ?? '',
    );
    await page.getByRole('dialog').getByRole('region', { name: 'Verification' }).waitFor();
    assertNone(await seriousViolations(page), 'in the dark theme');
  });

  test('a chosen theme overrides the system and is remembered', async () => {
    const page = await newPage(browser, { colorScheme: 'dark' });
    await waitForCharts(page);
    await page.getByLabel('Theme').selectOption('light');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    await page.reload();
    await waitForCharts(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    assertNone(await seriousViolations(page), 'in the light theme chosen over a dark system');
  });

  for (const path of ['/table', '/compare', '/?asof=2024-11-01']) {
    test(`${path} has no serious or critical violations`, async () => {
      const page = await newPage(browser, { path });
      await page.waitForSelector('[data-claim-id], .claim-table tbody tr, .compare-group', { timeout: 20_000 });
      assertNone(await seriousViolations(page), `on ${path}`);
    });
  }
});
