import { expect, type Page } from '@playwright/test';
import { reachForThePage } from './reach';

/**
 * Opens the filter panel when it is folded (as it is on a phone, so the charts come first), as a user does.
 * It waits for the page to be interactive first: a server-rendered page (the static demo is rendered for a phone)
 * may unfold the panel for a wide screen as it hydrates, and a click on the fold in that moment would close it.
 */
export async function openFilters(page: Page): Promise<void> {
  await reachForThePage(page);
  await expect(page.locator('html[data-interactive="true"]')).toBeAttached();
  const panel = page.locator('details.filter-panel');
  const isOpen = () => panel.evaluate((details) => (details as HTMLDetailsElement).open);
  await expect(async () => {
    if (!(await isOpen())) await panel.locator('summary').click();
    await expect(panel).toHaveAttribute('open', '', { timeout: 1_000 });
  }).toPass();
}
