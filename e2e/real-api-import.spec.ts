import { expect, test } from './fixtures/test';
import { syntheticImport } from './support/import-csv';

/** The app built for the real API, served by the real server (SQLite) with the analyst's token. */
test.use({ baseURL: async ({ realApiURL }, provide) => provide(realApiURL) });

test('import a CSV with warnings, review them, and find the warned claims', async ({
  analystPage: page,
  charts,
  api,
}, testInfo) => {
  test.slow();
  const run = `E2E-IMP-${testInfo.project.name.toUpperCase()}-${Date.now()}`;
  const { ids, csv } = syntheticImport(run);
  const { clean, vague, falling, localeNumber, misspelt } = ids;
  await page.getByRole('link', { name: 'Import' }).click();
  await page
    .getByLabel('Choose or drop a .csv or .json file')
    .setInputFiles({ name: 'e2e-synthetic-warnings.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

  // The dry run: nothing is written yet.
  const report = page.locator('section.import-report');
  await expect(report.getByRole('heading', { name: 'Check before importing' })).toBeVisible();
  const reportRow = (id: string) => report.locator('tbody tr').filter({ hasText: id });
  await expect(reportRow(misspelt)).toBeVisible();
  await expect(reportRow(localeNumber)).toContainText(/\(line 5\)/);
  await expect(reportRow(localeNumber)).toContainText(/Refused/);
  await expect(reportRow(localeNumber)).toContainText(/Error value: .*\(number_as_text\)/);
  await expect(reportRow(misspelt)).toContainText(/\(line 6\)/);
  await expect(reportRow(misspelt)).toContainText(
    /Error metric: .*did you mean "troops_in_russia".*\(unknown_metric\)/,
  );
  await expect(reportRow(clean)).toContainText(/\(line 2\).*Would create/);

  await report.getByRole('radio', { name: 'With warnings' }).check();
  await expect(report.locator('caption', { hasText: 'with warnings' })).toBeAttached();
  const warnedRows = report.locator('tbody tr');
  await expect(warnedRows, 'with warnings, the report lists two rows').toHaveCount(2);
  await expect(warnedRows.filter({ hasText: vague })).toContainText(
    /\(line 3\).*Would create.*Warning qualifier: .*in the ballpark of.*\(unrecognised_qualifier\)/,
  );
  await expect(warnedRows.filter({ hasText: falling })).toContainText(
    /\(line 4\).*Would create.*Warning value: .*\(cumulative_below_earlier\)/,
  );

  const commit = page.getByRole('button', { name: /^Commit import/ });
  await expect(commit).toHaveText('Commit import (3 new, 0 updated)');
  await expect(commit, 'all or nothing with refused rows: the commit is disabled').toBeDisabled();
  await page.getByRole('radio', { name: 'Import the valid rows (per row)' }).check();
  await page.getByRole('button', { name: 'Commit import (3 new, 0 updated)', disabled: false }).click();
  await expect(report.getByRole('heading', { name: 'Imported' })).toBeVisible();
  await expect(report).toContainText(/3 created, 0 updated, 0 unchanged, 2 refused, 2 with warnings/);

  // The link to review them: the table, filtered to the warned claims.
  await page.getByRole('link', { name: 'Review the claims with warnings in the table' }).click();
  await expect(page).toHaveURL(/[?&]warning=any\b/);
  await expect(page.getByRole('button', { name: `Open ${vague}`, exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: `Open ${falling}`, exact: true })).toBeVisible();
  await expect(
    page.getByRole('button', { name: `Open ${clean}`, exact: true }),
    'the clean row is not among the warned claims',
  ).toHaveCount(0);
  await expect(
    page
      .getByRole('region', { name: 'Active filters' })
      .getByRole('button', { name: /^Remove filter Import warnings: / }),
  ).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Any import warning' })).toBeChecked();

  // The claim panel says what to check.
  await page.getByRole('button', { name: `Open ${vague}`, exact: true }).click();
  const warnings = charts.panelFor(vague).locator('section.claim-warnings');
  await expect(
    warnings.getByRole('heading', { name: 'Import warning: check before relying on this figure' }),
  ).toBeVisible();
  await expect(warnings).toContainText(/Unrecognised qualifier wording/);
  await expect(warnings).toContainText(/Qualifier "in the ballpark of" is not one Claimwatch recognises/);

  // The API agrees: the code filter finds the one claim, and the refused rows were never written.
  const byCode = await api.claims('warning=unrecognised_qualifier');
  expect(byCode.claims.filter((c) => c.id.startsWith(`${run}-`)).map((c) => c.id)).toEqual([vague]);
  expect(
    byCode.claims.every((c) => c.warnings.some((w) => w.code === 'unrecognised_qualifier')),
    'every claim the code filter returns carries that code',
  ).toBe(true);
  for (const id of [localeNumber, misspelt])
    expect(
      (await api.get(`/api/claims/${encodeURIComponent(id)}`)).status,
      `${id} was refused: it does not exist`,
    ).toBe(404);
});
