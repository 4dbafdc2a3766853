import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { apiClaims, BASE_URL, closePages, launchBrowser, openPage, tick, waitForClaims } from './support/browser';
import { parseCsv } from '../src/contract/csv';
import { claimRowsFromCsv } from '../src/features/claim-export/build-export';

const chartIds = (page: Page) =>
  page.locator('[data-claim-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id') ?? '').sort());

describe('analyst journeys', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  test('filter by one source: the charts and the table show exactly what the API answers for it', async () => {
    const page = await openPage(browser);
    await waitForClaims(page);
    // One entity, whatever label each report used (four for the NIS): the filter holds its id.
    const organisation = 'National Intelligence Service (NIS)';
    const sources = page.getByRole('group', { name: /^Source/ });
    await tick(sources.getByRole('checkbox', { name: new RegExp(`^${organisation.replace(/[()]/g, '\\$&')}`) }));
    await page.waitForURL(/source=kr-nis/);
    const expected = (await apiClaims(page, 'source=kr-nis')).claims.map((c) => c.id).sort();
    assert.ok(
      expected.includes('C041'),
      'the NIS 12,000 (reported as "South Korean intelligence") is among the NIS claims',
    );
    assert.ok(expected.length > 0);
    await page.waitForFunction((n) => document.querySelectorAll('[data-claim-id]').length === n, expected.length);
    assert.deepEqual(await chartIds(page), expected);
    await page.getByRole('link', { name: 'Table' }).click();
    await page.getByRole('heading', { name: 'Claims table' }).waitFor();
    const tableIds = (await page.getByRole('button', { name: /^Open C\d+$/ }).allTextContents())
      .map((t) => t.replace('Open ', ''))
      .sort();
    assert.deepEqual(tableIds, expected);
    assert.ok(await page.getByText(`Showing ${expected.length} of`).isVisible());
  });

  test('a copied link reproduces the view in a new browser context, and back steps through filter changes', async () => {
    const page = await openPage(browser);
    await waitForClaims(page);
    await tick(
      page
        .getByRole('group', { name: /Verification state/ })
        .getByRole('checkbox', { name: 'Corroborated', exact: true }),
    );
    await tick(
      page.getByRole('group', { name: /Kind of figure/ }).getByRole('checkbox', { name: 'Estimate', exact: true }),
    );
    await page.waitForURL(/kind=estimate/);
    await page.waitForFunction(() => document.querySelector('.charts__count')?.textContent?.startsWith('Showing'));
    const url = page.url();
    const ids = await chartIds(page);
    const fresh = await openPage(browser, url.replace(BASE_URL, ''));
    await waitForClaims(fresh);
    assert.deepEqual(await chartIds(fresh), ids);
    assert.equal(
      await fresh
        .getByRole('group', { name: /Verification state/ })
        .getByRole('checkbox', { name: 'Corroborated', exact: true })
        .isChecked(),
      true,
    );
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('kind='));
    assert.ok(new URL(page.url()).searchParams.getAll('state').includes('corroborated'));
  });

  test('as known on a day hides later claims and shows the states they had then', async () => {
    const page = await openPage(browser, '/?asof=2025-01-31');
    await waitForClaims(page);
    await page.getByText(/Past view: as known on 31 Jan 2025/).waitFor();
    const ids = await chartIds(page);
    const { claims: all } = await apiClaims(page);
    const later = all.filter((c) => !c.claimedOn || c.claimedOn.slice(0, 10) > '2025-01-31').map((c) => c.id);
    assert.deepEqual(
      ids.filter((id) => later.includes(id)),
      [],
    );
    const retracted = all.find((c) => c.verification.state === 'retracted' && (c.claimedOn ?? '9') <= '2025-01-31');
    assert.ok(retracted, 'a claim retracted after the day exists');
    const label = (await page.locator(`g[data-claim-id="${retracted.id}"]`).getAttribute('aria-label')) ?? '';
    assert.match(label, /Disputed or denied/);
    assert.doesNotMatch(label, /Retracted/);
  });

  test('dragging across a chart sets the date range in the URL and narrows every chart to it', async () => {
    const page = await openPage(browser);
    await waitForClaims(page);
    const before = (await chartIds(page)).length;
    const grid = page.locator('figure').first().locator('.recharts-cartesian-grid');
    const box = await grid.boundingBox();
    assert.ok(box, 'the first chart has a plot area');
    await page.mouse.move(box.x + box.width * 0.05, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const params = new URL(page.url()).searchParams;
    const expected = (await apiClaims(page, `from=${params.get('from')}&to=${params.get('to')}`)).claims.length;
    await page.waitForFunction((n) => document.querySelectorAll('[data-claim-id]').length === n, expected);
    assert.ok(expected < before, `fewer claims after brushing (${expected} < ${before})`);
  });

  test('CSV export downloads exactly the filtered claims and parses back to the same rows', async () => {
    const page = await openPage(browser, '/table?state=corroborated');
    await page.getByRole('heading', { name: 'Claims table' }).waitFor();
    const expected = (await apiClaims(page, 'state=corroborated')).claims;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const path = await download.path();
    const rows = claimRowsFromCsv(parseCsv(readFileSync(path, 'utf8')));
    assert.deepEqual(rows.map((r) => r.id).sort(), expected.map((c) => c.id).sort());
    for (const claim of expected) {
      const row = rows.find((r) => r.id === claim.id);
      assert.equal(row?.speaker_organisation?.replace(/^'/, ''), claim.speaker.organisation);
      assert.equal(row?.source_url, claim.source.url ?? '');
      assert.equal(row?.verification_state, 'corroborated');
      assert.equal(row?.provenance_chain, claim.provenance.join(' > '));
    }
    // Header first (spreadsheets read it as the header); the metadata is a trailing comment block.
    assert.match(readFileSync(path, 'utf8'), /^id,metric,/);
    assert.match(readFileSync(path, 'utf8'), /\r\n# title: /);
  });
});
