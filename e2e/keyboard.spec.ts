import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

/** Upper bound on Tab presses from the top of the page to the first chart mark (filters, nav, etc. come first). */
const MAX_TABS = 200;

interface Focused {
  id: string | null;
  isMark: boolean;
  figure: string | null;
  tabIndex: string | null;
  /** How many chart marks the focused element's figure holds. */
  marksInFigure: number;
}

/** What has keyboard focus: a chart mark (`[data-claim-id][role=button]`) or something else. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      id: el?.getAttribute('data-claim-id') ?? null,
      isMark: el?.matches('[data-claim-id][role="button"]') ?? false,
      figure: el?.closest('figure')?.querySelector('h2')?.textContent ?? null,
      tabIndex: el?.getAttribute('tabindex') ?? null,
      marksInFigure: el?.closest('figure')?.querySelectorAll('g[data-claim-id][role="button"]').length ?? 0,
    };
  });
}

test.describe('keyboard only', { tag: '@phone' }, () => {
  test('each chart is one tab stop: exactly one mark per chart has tabindex=0', async ({ dashboard }) => {
    const stops = await dashboard.locator('figure').evaluateAll((figures) =>
      figures
        .filter((f) => f.querySelector('g[data-claim-id][role="button"]'))
        .map((f) => ({
          title: f.querySelector('h2')?.textContent ?? '?',
          zero: f.querySelectorAll('g[data-claim-id][role="button"][tabindex="0"]').length,
        })),
    );
    expect(stops.length, 'some chart has marks').toBeGreaterThan(0);
    expect(
      stops.filter((s) => s.zero !== 1),
      'charts whose marks do not have exactly one tabindex=0',
    ).toEqual([]);
  });

  test('Tab reaches a mark, focus shows the tooltip, arrows move in time order, Enter opens the panel, Esc returns focus', async ({
    dashboard: page,
    charts,
    api,
  }) => {
    const { claims } = await api.claims();
    const byId = new Map(claims.map((c) => [c.id, c]));

    let first: Focused | null = null;
    let presses = 0;
    while (presses < MAX_TABS) {
      await page.keyboard.press('Tab');
      presses += 1;
      const now = await focused(page);
      // The first chart with at least two marks, so there is somewhere for ArrowRight to go.
      if (now.isMark && now.marksInFigure >= 2) {
        first = now;
        break;
      }
    }
    if (!first?.id)
      throw new Error(`no mark of a chart with two or more marks is reachable with Tab (${presses} presses)`);
    expect(first.tabIndex, "the mark Tab lands on is the chart's active one").toBe('0');
    const firstClaim = byId.get(first.id);
    if (!firstClaim) throw new Error(`${first.id} is not a claim of the API`);

    await expect(page.getByRole('tooltip'), 'the tooltip is about the focused claim').toContainText(
      firstClaim.speaker.organisation,
    );

    // One tab stop per chart: the next Tab leaves this chart's marks; Shift+Tab comes back to the same mark.
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(
      next.isMark && next.figure === first.figure,
      `Tab leaves the chart instead of moving to mark ${next.id}`,
    ).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).id, 'Shift+Tab returns to the same mark').toBe(first.id);

    await page.keyboard.press('ArrowRight');
    const second = await focused(page);
    expect(second.isMark, `ArrowRight moves focus to a mark (got ${JSON.stringify(second)})`).toBe(true);
    expect(second.id, 'ArrowRight moves focus to another mark').not.toBe(first.id);
    expect(second.figure, 'ArrowRight stays in the same chart').toBe(first.figure);
    expect(second.tabIndex, 'the newly focused mark becomes the tab stop').toBe('0');
    await expect(charts.mark(first.id), 'the previous mark leaves the tab order').toHaveAttribute('tabindex', '-1');
    const secondClaim = second.id ? byId.get(second.id) : undefined;
    if (!secondClaim?.claimedOn || !firstClaim.claimedOn) throw new Error('both marks are dated claims of the API');
    // Time order, compared to the month so day-, month- and year-precise dates do not trip it.
    expect(
      secondClaim.claimedOn.slice(0, 7) >= firstClaim.claimedOn.slice(0, 7),
      `ArrowRight goes forward in time (${firstClaim.claimedOn} → ${secondClaim.claimedOn})`,
    ).toBe(true);
    await expect(page.getByRole('tooltip').filter({ hasText: secondClaim.speaker.organisation })).toBeVisible();

    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).id, 'ArrowLeft moves back').toBe(first.id);
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).id).toBe(second.id);

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(charts.panelFor(secondClaim.id)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    const back = await focused(page);
    expect(back.id, 'focus returns to the mark that opened the panel').toBe(second.id);
    expect(back.isMark).toBe(true);
  });
});
