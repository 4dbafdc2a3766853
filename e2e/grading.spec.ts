import { expect, test } from './fixtures/test';
import { waitForClaims } from './support/charts';
import { openFilters } from './support/filters';

/** The app built for the real API, served by the real server (SQLite) with the analyst's token. */
test.use({ baseURL: async ({ realApiURL }, provide) => provide(realApiURL) });

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test.describe('analyst grading (real server)', () => {
  test('an analyst grades a claim with a rationale: the history shows it, the filter counts it, as known on the day before it is ungraded', async ({
    analystPage: page,
    charts,
    api,
  }) => {
    // A dated claim no other journey grades; the grade is a synthetic test value, set on today's date (UTC).
    const { claims } = await api.claims();
    const target =
      claims.find((c) => c.claimedOn?.length === 10 && c.grade === null && c.figure.value !== null)?.id ?? '';
    expect(target, 'an ungraded dated claim on the server').not.toBe('');
    const before = (await api.get('/api/claims/grades')).body as { counts: { token: string; count: number }[] };
    const reliabilityD = before.counts.find((c) => c.token === 'D')?.count ?? 0;

    await openFilters(page);
    const gradeFilter = page.getByRole('group', { name: /^Admiralty grade/ });
    if (reliabilityD === 0 && before.counts.every((c) => c.token === 'ungraded' || c.count === 0))
      await expect(
        gradeFilter.getByText('No claim is graded yet: analysts grade claims in the claim panel.'),
      ).toBeVisible();

    await charts.clickMark(target);
    const panel = charts.panelFor(target);
    const grade = panel.getByRole('region', { name: 'Grade' });
    await expect(grade.getByText('Not graded', { exact: true })).toBeVisible();
    const rationale = `E2E synthetic grade: one outlet, unnamed officials (${Date.now()})`;
    await grade.getByLabel('Source reliability').selectOption({ label: 'D — Not usually reliable' });
    await grade.getByLabel('Information credibility').selectOption({ label: '3 — Possibly true' });
    await grade.getByLabel(/Why this grade/).fill(rationale);
    await grade.getByRole('button', { name: 'Record the grade' }).click();
    await expect(grade.getByText('Saved: the grade is in the grade history above.')).toBeVisible();

    await expect(grade.getByText('D3 — source not usually reliable; information possibly true')).toBeVisible();
    const history = grade.getByRole('list', { name: 'Grade history' });
    await expect(history.getByText(rationale)).toBeVisible();
    await expect(history).toContainText('Not graded → D3');
    await expect(history).toContainText(/Graded by e2e/);

    // The filter's count rises without a reload (react-query refreshes it with the lists).
    await expect(
      gradeFilter.getByRole('checkbox', {
        name: `Reliability D (${reliabilityD + 1} ${reliabilityD + 1 === 1 ? 'claim' : 'claims'})`,
      }),
    ).toBeVisible();

    // As known on the day before the grade was set, the claim was not graded.
    await page.goto(`/?asof=${day(-1)}`);
    await waitForClaims(page);
    await charts.clickMark(target);
    const then = charts.panelFor(target).getByRole('region', { name: 'Grade' });
    await expect(then.getByText('Not graded', { exact: true })).toBeVisible();
    await expect(then.getByRole('list', { name: 'Grade history' })).toHaveCount(0);
    await expect(then.getByRole('button', { name: 'Record the grade' })).toHaveCount(0);
  });
});
