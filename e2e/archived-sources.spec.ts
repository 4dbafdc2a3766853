import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { openFilters } from './support/filters';
import { parseCsv } from '../src/contract/csv';
import { claimRowsFromCsv } from '../src/features/claim-export/build-export';

/** The app built for the real API, served by the real server (SQLite, a fresh folder per run). */
test.use({ baseURL: async ({ realApiURL }, provide) => provide(realApiURL) });

/*
 * A SYNTHETIC capture (archive.example, a made-up hash) on one shipped claim of the e2e server's own copy of the data:
 * no real archive is claimed. C039 is changed by no other journey.
 */
const TARGET = 'C039';
const ARCHIVE_URL = 'https://archive.example/web/20250312/e2e-c039';
const HASH = 'ab12'.repeat(16);

async function exported(page: Page, button: 'Export CSV' | 'Export JSON'): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

test('an analyst records an archived copy: the panel links it, both exports carry it, and "no archived copy" leaves it out', async ({
  analystPage: page,
  charts,
  api,
}) => {
  expect((await api.claims('archive=none')).claims.map((c) => c.id)).toContain(TARGET);
  await page.goto(`/table?claim=${TARGET}`);
  const panel = charts.panelFor(TARGET);
  await expect(panel.getByText('No archived copy of this address')).toBeVisible();

  await panel.getByRole('button', { name: 'Edit claim' }).click();
  const form = page.getByRole('form', { name: `Edit claim ${TARGET}` });
  await form.getByRole('button', { name: 'Add an archived copy' }).click();
  await expect(form.getByLabel('Archive address (copy 1)')).toBeFocused();
  await form.getByLabel('Archive address (copy 1)').fill(ARCHIVE_URL);
  await form.getByLabel('Captured on (copy 1)').fill('2025-03-12');
  await form.getByLabel('SHA-256 (copy 1)').fill(HASH.toUpperCase());
  await form.getByRole('button', { name: 'Save changes' }).click();

  // Saved: the table, with the claim's panel open again.
  await expect(page.getByRole('heading', { name: 'Claims table' })).toBeVisible();
  const link = panel.getByRole('link', { name: /^Archived copy \(12 Mar 2025\)/ });
  await expect(link).toHaveAttribute('href', ARCHIVE_URL);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(panel.getByText('No archived copy of this address')).toHaveCount(0);
  await expect(panel.getByTitle(`SHA-256 ${HASH}`)).toBeVisible();

  // Both exports carry the copy as it was saved (the hash in lower case).
  const rows = claimRowsFromCsv(parseCsv(await exported(page, 'Export CSV')));
  expect(rows.find((r) => r.id === TARGET)?.source_archives).toBe(`2025-03-12 ${ARCHIVE_URL} sha256:${HASH}`);
  const json = JSON.parse(await exported(page, 'Export JSON')) as {
    claims: { id: string; source: { archives: unknown } }[];
  };
  expect(json.claims.find((c) => c.id === TARGET)?.source.archives).toEqual([
    { url: ARCHIVE_URL, capturedOn: '2025-03-12', sha256: HASH },
  ]);

  // The filter: its count is what the API says, and it narrows the table to the addresses without a copy.
  await page.keyboard.press('Escape');
  const unarchived = (await api.claims('archive=none')).claims.length;
  expect(unarchived).toBeLessThan((await api.claims()).claims.length);
  await openFilters(page);
  const box = page
    .getByRole('group', { name: 'Archived sources' })
    .getByRole('checkbox', { name: /^No archived copy/ });
  await expect(box).toHaveAccessibleName(`No archived copy (${unarchived} claims)`);
  await box.click();
  await expect(box).toBeChecked();
  await expect(page).toHaveURL(/archive=none/);
  await expect(page.getByText(`Showing ${unarchived} of`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove filter No archived copy' })).toBeVisible();
  // Searched by its id, the claim is among the answers without the filter, and the one left out with it.
  const found = (await api.claims(`q=${TARGET}`)).claims.length;
  await page.goto(`/table?q=${TARGET}`);
  await expect(page.getByText(new RegExp(`^Showing ${found} of \\d+ claims$`))).toBeVisible();
  await expect(page.getByRole('table').getByRole('button', { name: `Open ${TARGET}` })).toBeVisible();
  await page.goto(`/table?archive=none&q=${TARGET}`);
  await expect(page.getByText(new RegExp(`^Showing ${found - 1} of \\d+ claims$`))).toBeVisible();
  await expect(page.getByRole('table').getByRole('button', { name: `Open ${TARGET}` })).toHaveCount(0);
});
