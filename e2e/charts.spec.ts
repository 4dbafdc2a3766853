import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { apiClaims, launchBrowser, openPage, pageErrors, waitForClaims } from './support/browser';

describe('charts', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
    mkdirSync('e2e/.artifacts', { recursive: true });
  });
  after(() => browser.close());

  test('draw every claim the API returns, each exactly once', async () => {
    const page = await openPage(browser);
    await waitForClaims(page);
    const { claims } = await apiClaims(page);
    const ids = await page.locator('[data-claim-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id')));
    assert.equal(ids.length, claims.length, 'one element per claim');
    assert.deepEqual([...ids].sort(), claims.map((c) => c.id).sort());
    for (const figure of await page.locator('figure').all()) {
      assert.ok((await figure.getAttribute('aria-labelledby')) && (await figure.locator('h2').textContent())?.trim(), 'every chart is a labelled figure');
    }
    assert.deepEqual(pageErrors(page), []);
  });

  test('never plot a claim without a number at zero: it sits in the band above the value axis', async () => {
    const page = await openPage(browser);
    await waitForClaims(page);
    const { claims } = await apiClaims(page);
    const unquantified = claims.filter((c) => c.claimedOn && c.figure.value === null && (c.figure.low === null || c.figure.high === null));
    assert.ok(unquantified.length > 0, 'the dataset has statements without a figure');
    for (const claim of unquantified) {
      const mark = page.locator(`g[data-claim-id="${claim.id}"]`);
      // The plot's top gridline is the highest y of the value axis; a mark above it is not on the axis at all.
      const top = await mark.evaluate((el) => {
        const svg = el.closest('svg');
        const lines = [...(svg?.querySelectorAll('.recharts-cartesian-grid-horizontal line') ?? [])].map((l) => l.getBoundingClientRect().top);
        return { mark: el.getBoundingClientRect().bottom, plotTop: Math.min(...lines) };
      });
      assert.ok(top.mark < top.plotTop, `${claim.id} is drawn above the plot (${top.mark} < ${top.plotTop})`);
    }
  });

  test('look right at 1440×900 and 390×844 (screenshots in e2e/.artifacts)', async () => {
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const page = await openPage(browser, '/', viewport);
      await waitForClaims(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `no horizontal scrolling at ${viewport.width}px (overflow ${overflow}px)`);
      await page.screenshot({ path: `e2e/.artifacts/dashboard-${viewport.width}.png` });
      await page.context().close();
    }
  });
});
