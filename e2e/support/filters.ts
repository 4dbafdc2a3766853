import { expect, type Page } from '@playwright/test';

/** Opens the filter panel when it is folded (as it is on a phone, so the charts come first), as a user does. */
export async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('details.filter-panel');
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open)))
    await panel.locator('summary').click();
  await expect(panel).toHaveAttribute('open', '');
}
