import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/test';
import { parseCsv } from '../src/contract/csv';
import { claimFiltersToParams, parseClaimFilters } from '../src/contract/claim-filter-params';

/*
 * A list too long to load whole (the mock API's "large" scenario: SYNTHETIC claims, labelled so on the page): the
 * charts come from the summary, a group opens as its period and single claims come back, the table loads page by
 * page, and the export holds every matching claim.
 */
const LARGE = 'scenario=large&scenarioClaims=5000';

test.describe('the dashboard with more claims than it loads', () => {
  test('draws groups from the summary; opening one narrows the dates until single claims are drawn', async ({
    page,
    pageErrors,
  }) => {
    await page.goto(`/?${LARGE}`);
    await expect(page.getByText(/Showing 5,000 of 5,000 claims/)).toBeVisible({ timeout: 30_000 });
    const groups = page.locator('[data-group-id]');
    await expect(groups.first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/claims drawn as \d+ (weekly|monthly|quarterly|yearly) groups/).first()).toBeVisible();
    await expect(page.locator('[data-claim-id]')).toHaveCount(0);
    // Opened where it is drawn (the chart's hit layer finds the mark under the pointer). Each group opened narrows
    // the dates to its period; within a few, the charts draw their claims one by one.
    for (let step = 0; step < 4; step += 1) {
      // The charts of the dates chosen (the filters in the address), not the last ones shown while they load.
      const { filters } = parseClaimFilters(new URL(page.url()).searchParams, ['scenario', 'scenarioClaims']);
      const drawnFor = claimFiltersToParams(filters).toString();
      await expect(page.locator(`section.charts[data-filters="${drawnFor}"]:not([aria-busy])`)).toBeAttached({
        timeout: 20_000,
      });
      if ((await page.locator('[data-claim-id]').count()) > 0) break;
      const group = page.locator('[data-group-id]').first();
      await group.scrollIntoViewIfNeeded();
      const box = await group.boundingBox();
      if (!box) throw new Error('the group has no box');
      const before = page.url();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect(page).not.toHaveURL(before);
      await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
    }
    await expect(page.locator('[data-claim-id]').first()).toBeAttached({ timeout: 20_000 });
    const shown = await page.getByText(/Showing [\d,]+ of 5,000 claims/).innerText();
    expect(Number(/Showing ([\d,]+)/.exec(shown)?.[1]?.replace(/,/g, ''))).toBeLessThan(5000);
    expect(pageErrors).toEqual([]);
  });

  test('the table loads more as it scrolls and on the button, and exports every matching claim', async ({ page }) => {
    await page.goto(`/table?${LARGE}`);
    await expect(page.getByText(/5,000 of 5,000 claims match · 200 loaded, oldest first/)).toBeVisible({
      timeout: 30_000,
    });
    await page.locator('.claim-table').evaluate((box) => box.scrollTo(0, box.scrollHeight));
    await expect(page.getByText(/· 400 loaded/)).toBeVisible();
    const more = page.getByRole('button', { name: /Load more claims/ });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/· 600 loaded/)).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    const ids = rows.slice(1).filter((row) => /^SYN-/.test(row[0] ?? ''));
    expect(ids).toHaveLength(5000);
    await expect(page.getByText('Exported 5,000 claims as CSV')).toBeVisible();
  });
});
