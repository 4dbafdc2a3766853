import { expect, test } from './fixtures/test';
import { originRepeatsImport } from './support/origin-import';

test.describe('origins on the real API', () => {
  test.use({ baseURL: async ({ realApiURL }, provide) => provide(realApiURL) });

  test('repeats of one briefing: the import warns, the chart folds them, the panel names the origin, the filter finds them', async ({
    analystPage: page,
    charts,
    api,
  }, testInfo) => {
    test.slow();
    const run = `E2E-ORG-${testInfo.project.name.toUpperCase()}-${Date.now()}`;
    const { ids, csv } = originRepeatsImport(run);

    // The import report says which rows are corroborated by their own origin alone.
    await page.getByRole('link', { name: 'Import' }).click();
    await page
      .getByLabel('Choose or drop a .csv or .json file')
      .setInputFiles({ name: 'e2e-synthetic-origin.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const report = page.locator('section.import-report');
    // A row's warnings may name other rows' ids: a row is found by its line and id.
    const reportRow = (line: number, id: string) =>
      report.getByRole('row', { name: new RegExp(`\\(line ${line}\\) ${id}\\b`) });
    await expect(reportRow(2, ids.first)).toContainText(/corroborated_one_origin/);
    await expect(reportRow(3, ids.second)).toContainText(/corroborated_one_origin/);
    await expect(reportRow(4, ids.third)).toBeVisible();
    await expect(reportRow(4, ids.third)).not.toContainText(/corroborated_one_origin/);
    await page.getByRole('button', { name: 'Commit import (4 new, 0 updated)' }).click();
    await expect(report.getByRole('heading', { name: 'Imported' })).toBeVisible();

    // Fold repeats on the troop chart: one mark for the three reports of one figure, "×3 outlets".
    await page.goto('/?metric=troops_in_russia');
    await charts.drawn();
    // The setting lives in the URL: the box shows it once the address has changed.
    const fold = page.getByRole('checkbox', { name: 'Fold repeats of one origin' });
    await fold.click();
    await expect(page).toHaveURL(/[?&]fold=origin\b/);
    await expect(fold).toBeChecked();
    await expect(charts.mark(ids.first)).toHaveAttribute('aria-label', /×3 outlets of one origin, folded:/);
    await expect(charts.mark(ids.second), 'a folded repeat has no mark of its own').toHaveCount(0);
    await expect(charts.mark(ids.third)).toHaveCount(0);
    await expect(charts.mark(ids.other), 'another figure from the origin stays apart, linked').toHaveAttribute(
      'aria-label',
      new RegExp(`same origin as ${ids.first}`, 'i'),
    );
    const chart = page.locator('figure').filter({ has: charts.mark(ids.first) });
    await expect(chart.getByText(/×3 outlets/).first()).toBeVisible();

    // The claim panel names the origin and its other reports.
    await charts.clickMark(ids.first);
    const panel = charts.panelFor(ids.first);
    await expect(panel).toContainText('1 origin, reported by 4 outlets');
    const others = panel.getByRole('list', { name: 'Other reports of this origin' });
    for (const id of [ids.second, ids.third, ids.other]) await expect(others).toContainText(id);
    await expect(panel).toContainText(/Corroborated by one origin only/);
    await others.getByRole('button', { name: new RegExp(`^${ids.third}`) }).click();
    await expect(charts.panelFor(ids.third)).toContainText('1 origin, reported by 4 outlets');
    await page.keyboard.press('Escape');

    // The filter: corroborated by one origin only.
    await page.goto('/table?metric=troops_in_russia');
    await page.getByRole('checkbox', { name: 'Corroborated by one origin only' }).click();
    await expect(page).toHaveURL(/[?&]warning=corroborated_one_origin\b/);
    await expect(page.getByRole('button', { name: `Open ${ids.first}`, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: `Open ${ids.second}`, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: `Open ${ids.third}`, exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Open ${ids.other}`, exact: true })).toHaveCount(0);

    // The API agrees, and serves the origin with its four claims.
    const warned = (await api.claims('warning=corroborated_one_origin')).claims.map((c) => c.id);
    expect(warned).toEqual(expect.arrayContaining([ids.first, ids.second]));
    expect(warned).not.toContain(ids.third);
    const first = (await api.claims(`q=${ids.first}`)).claims.find((c) => c.id === ids.first);
    expect(first?.originId).toBeTruthy();
    const origin = await api.get(`/api/origins/${encodeURIComponent(first?.originId ?? '')}`);
    expect(origin.status).toBe(200);
    expect((origin.body as { origin: { claimIds: string[] } }).origin.claimIds).toEqual([
      ids.first,
      ids.second,
      ids.third,
      ids.other,
    ]);
  });
});

test(
  "the demo panel shows a claim's origin and opens its other report",
  { tag: '@phone' },
  async ({ page, charts }) => {
    await page.goto('/table');
    await page.getByRole('button', { name: 'Open C060', exact: true }).click();
    const panel = charts.panelFor('C060');
    await expect(panel).toContainText('1 origin, reported by 2 outlets');
    await expect(panel).toContainText('NIS closed-door briefing');
    await panel
      .getByRole('list', { name: 'Other reports of this origin' })
      .getByRole('button', { name: /^C089/ })
      .click();
    await expect(charts.panelFor('C089')).toContainText('1 origin, reported by 2 outlets');
  },
);
