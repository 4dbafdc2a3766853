import { test, expect } from './fixtures/test';
import { waitForCharts } from './support/charts';
import { seriousViolations } from './support/axe';

test.describe('methodology', () => {
  test('every chart’s source line links to the methodology page, which explains kinds, states, grades and as-of @phone', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForCharts(page);
    const charts = page.locator('figure.chart');
    const count = await charts.count();
    expect(count).toBeGreaterThan(3);
    await expect(
      page.locator('figure.chart .chart__sources').getByRole('link', { name: 'How claims are recorded' }),
    ).toHaveCount(count);
    await charts.first().locator('.chart__sources').getByRole('link', { name: 'How claims are recorded' }).click();
    await expect(page).toHaveURL(/\/methodology$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible();
    for (const name of [
      'Kinds of figure',
      'Verification states',
      'Grades',
      'As known on a day',
      'Sources and licences',
    ])
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Verification states' })
      .click();
    await expect(page).toHaveURL(/#states$/);
    expect(await seriousViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'nothing overflows sideways').toBeLessThanOrEqual(0);
    await page.getByRole('link', { name: '← Back to the charts' }).click();
    await waitForCharts(page);
  });
});
