import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { apiClaims, launchBrowser, openPage, waitForClaims } from './support/browser';

describe('claim details', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  test('tooltip and panel show the right source', async () => {
    const page = await openPage(browser);
    await waitForClaims(page);
    const { claims } = await apiClaims(page);
    const claim = claims.find((c) => c.quote && c.source.url?.startsWith('https://') && c.claimedOn && c.figure.value !== null && c.provenance.length > 1);
    assert.ok(claim?.quote && claim.source.url, 'a dated, quoted claim with an https source exists');
    const mark = page.locator(`g[data-claim-id="${claim.id}"]`);
    await mark.hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    assert.match((await tooltip.textContent()) ?? '', new RegExp(claim.speaker.organisation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.ok(((await tooltip.textContent()) ?? '').includes(claim.provenance.join(' → ')), 'tooltip shows the chain of citation');
    await mark.click();
    const dialog = page.getByRole('dialog', { name: `Claim ${claim.id}` });
    await dialog.locator('blockquote').waitFor();
    const text = (await dialog.textContent()) ?? '';
    assert.ok(text.includes(claim.quote.text), 'quote shown');
    assert.ok(text.includes(claim.source.outlet), 'outlet shown');
    const link = dialog.getByRole('link', { name: /opens the source/ });
    assert.equal(await link.getAttribute('href'), new URL(claim.source.url).href);
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  });

  test('a contradicting claim is linked and opens in the panel', async () => {
    const page = await openPage(browser);
    await waitForClaims(page);
    const { claims } = await apiClaims(page);
    const claim = claims.find((c) => c.contradictingClaimIds.length > 0 && c.claimedOn);
    assert.ok(claim, 'the dataset records a contradiction');
    await page.locator(`[data-claim-id="${claim.id}"]`).click();
    const dialog = page.getByRole('dialog', { name: `Claim ${claim.id}` });
    const section = dialog.getByRole('region', { name: 'Contradicting claims' });
    const other = claim.contradictingClaimIds[0] ?? '';
    await section.getByRole('button', { name: new RegExp(`^${other}`) }).click();
    await page.getByRole('dialog', { name: `Claim ${other}` }).waitFor();
  });
});
