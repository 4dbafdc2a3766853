import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/test';
import { chartsOf } from './fixtures/app';
import { waitForClaims } from './support/charts';
import { openFilters } from './support/filters';
import { parseCsv } from '../src/contract/csv';
import { claimRowsFromCsv } from '../src/features/claim-export/build-export';

test.describe('analyst journeys', () => {
  test(
    'filter by one source: the charts and the table show exactly what the API answers for it',
    { tag: '@phone' },
    async ({ page, charts, api }) => {
      await page.goto('/');
      await waitForClaims(page);
      await openFilters(page);
      // One entity, whatever label each report used (four for the NIS): the filter holds its id.
      const sources = page.getByRole('group', { name: /^Source/ });
      const nis = sources.getByRole('checkbox', { name: /^National Intelligence Service \(NIS\)/ });
      await nis.click();
      await expect(nis).toBeChecked();
      await expect(page).toHaveURL(/source=kr-nis/);
      const expected = (await api.claims('source=kr-nis')).claims.map((c) => c.id).sort();
      expect(expected, 'the NIS 12,000 (reported as "South Korean intelligence") is among the NIS claims').toContain(
        'C041',
      );
      await expect(page.locator('[data-claim-id]')).toHaveCount(expected.length);
      expect(await charts.drawnIds()).toEqual(expected);
      await page.getByRole('link', { name: 'Table' }).click();
      await expect(page.getByRole('heading', { name: 'Claims table' })).toBeVisible();
      const openButtons = page.getByRole('button', { name: /^Open C\d+$/ });
      await expect(openButtons).toHaveCount(expected.length);
      const tableIds = (await openButtons.allTextContents()).map((t) => t.replace('Open ', '')).sort();
      expect(tableIds).toEqual(expected);
      await expect(page.getByText(`Showing ${expected.length} of`)).toBeVisible();
    },
  );

  test('a copied link reproduces the view in a new browser context, and back steps through filter changes', async ({
    page,
    newPage,
    charts,
  }) => {
    await page.goto('/');
    await waitForClaims(page);
    await openFilters(page);
    const corroborated = page
      .getByRole('group', { name: /Verification state/ })
      .getByRole('checkbox', { name: 'Corroborated', exact: true });
    await corroborated.click();
    await expect(corroborated).toBeChecked();
    const estimate = page
      .getByRole('group', { name: /Kind of figure/ })
      .getByRole('checkbox', { name: 'Estimate', exact: true });
    await estimate.click();
    await expect(estimate).toBeChecked();
    await expect(page).toHaveURL(/kind=estimate/);
    await expect(page.locator('.charts__count')).toHaveText(/^Showing/);
    const ids = await charts.drawnIds();

    const fresh = await newPage();
    await fresh.goto(page.url());
    await waitForClaims(fresh);
    await expect.poll(() => chartsOf(fresh).drawnIds()).toEqual(ids);
    await expect(
      fresh
        .getByRole('group', { name: /Verification state/ })
        .getByRole('checkbox', { name: 'Corroborated', exact: true }),
    ).toBeChecked();

    await page.goBack();
    await expect(page).not.toHaveURL(/kind=/);
    expect(new URL(page.url()).searchParams.getAll('state')).toContain('corroborated');
  });

  test('as known on a day hides later claims and shows the states they had then', async ({ page, charts, api }) => {
    await page.goto('/?asof=2025-01-31');
    await waitForClaims(page);
    await expect(page.getByText(/Past view: as known on 31 Jan 2025/)).toBeVisible();
    const ids = await charts.drawnIds();
    const { claims: all } = await api.claims();
    const later = all.filter((c) => !c.claimedOn || c.claimedOn.slice(0, 10) > '2025-01-31').map((c) => c.id);
    expect(ids.filter((id) => later.includes(id))).toEqual([]);
    const retracted = all.find((c) => c.verification.state === 'retracted' && (c.claimedOn ?? '9') <= '2025-01-31');
    expect(retracted, 'a claim retracted after the day exists').toBeDefined();
    const mark = page.locator(`g[data-claim-id="${retracted?.id}"]`);
    await expect(mark).toHaveAttribute('aria-label', /Disputed or denied/);
    await expect(mark).not.toHaveAttribute('aria-label', /Retracted/);
  });

  test('dragging across a chart sets the date range in the URL and narrows every chart to it', async ({
    page,
    charts,
    api,
  }) => {
    await page.goto('/');
    await waitForClaims(page);
    const before = (await charts.drawnIds()).length;
    const grid = page.locator('figure').first().locator('.recharts-cartesian-grid');
    const box = await grid.boundingBox();
    expect(box, 'the first chart has a plot area').not.toBeNull();
    if (!box) return;
    await page.mouse.move(box.x + box.width * 0.05, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5, { steps: 8 });
    await page.mouse.up();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    const params = new URL(page.url()).searchParams;
    const expected = (await api.claims(`from=${params.get('from')}&to=${params.get('to')}`)).claims.length;
    await expect(page.locator('[data-claim-id]')).toHaveCount(expected);
    expect(expected, `fewer claims after brushing (${expected} < ${before})`).toBeLessThan(before);
  });

  test('CSV export downloads exactly the filtered claims and parses back to the same rows', async ({ page, api }) => {
    await page.goto('/table?state=corroborated');
    await expect(page.getByRole('heading', { name: 'Claims table' })).toBeVisible();
    const expected = (await api.claims('state=corroborated')).claims;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const rows = claimRowsFromCsv(parseCsv(text));
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((c) => c.id).sort());
    for (const claim of expected) {
      const row = rows.find((r) => r.id === claim.id);
      expect(row?.speaker_organisation?.replace(/^'/, '')).toBe(claim.speaker.organisation);
      expect(row?.source_url).toBe(claim.source.url ?? '');
      expect(row?.verification_state).toBe('corroborated');
      expect(row?.provenance_chain).toBe(claim.provenance.join(' > '));
    }
    // Header first (spreadsheets read it as the header); the metadata is a trailing comment block.
    expect(text).toMatch(/^id,metric,/);
    expect(text).toMatch(/\r\n# title: /);
  });
});
