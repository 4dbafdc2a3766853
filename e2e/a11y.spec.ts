import { expect, test } from './fixtures/test';

test.describe('accessibility (axe)', () => {
  // The dashboard as it opens, every chart drawn, in both themes and both projects: chart-axe.spec.ts.

  test(
    'the dashboard with the claim panel open has no serious or critical violations',
    { tag: '@phone' },
    async ({ dashboard, charts, seriousViolations }) => {
      const id = await charts.firstMarkId();
      await charts.clickMark(id);
      await expect(charts.panelFor(id)).toBeVisible();
      // Wait for the claim's content, not just the frame, so axe sees the whole panel.
      await expect(dashboard.getByRole('dialog').getByRole('region', { name: 'Verification' })).toBeVisible();
      expect(await seriousViolations(), 'axe with the claim panel open').toEqual([]);
    },
  );

  test.describe('in a dark system theme', () => {
    test.use({ colorScheme: 'dark' });

    test('the dark theme (followed from the system) has no serious or critical violations, panel open', async ({
      dashboard,
      charts,
      seriousViolations,
    }) => {
      await expect(dashboard.locator('html')).toHaveAttribute('data-theme', 'dark');
      await charts.clickMark(await charts.firstMarkId());
      await expect(dashboard.getByRole('dialog').getByRole('region', { name: 'Verification' })).toBeVisible();
      expect(await seriousViolations(), 'axe in the dark theme').toEqual([]);
    });

    test('a chosen theme overrides the system and is remembered', async ({ dashboard, charts, seriousViolations }) => {
      await dashboard.getByLabel('Theme').selectOption('light');
      await expect(dashboard.locator('html')).toHaveAttribute('data-theme', 'light');
      await dashboard.reload();
      await charts.drawn();
      await expect(dashboard.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(await seriousViolations(), 'axe in the light theme chosen over a dark system').toEqual([]);
    });
  });

  for (const path of ['/table', '/compare', '/?asof=2024-11-01']) {
    test(
      `${path} has no serious or critical violations`,
      { tag: path === '/table' ? ['@phone'] : [] },
      async ({ page, seriousViolations }) => {
        await page.goto(path);
        await expect(page.locator('[data-claim-id], .claim-table tbody tr, .compare-group').first()).toBeAttached({
          timeout: 20_000,
        });
        expect(await seriousViolations(), `axe on ${path}`).toEqual([]);
      },
    );
  }
});
