import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { apiClaims, closePages, launchBrowser, newPage, waitForCharts, panelFor } from './support/browser';

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
    const isMark = el?.matches('[data-claim-id][role="button"]') ?? false;
    return {
      id: el?.getAttribute('data-claim-id') ?? null,
      isMark,
      figure: el?.closest('figure')?.querySelector('h2')?.textContent ?? null,
      tabIndex: el?.getAttribute('tabindex') ?? null,
      marksInFigure: el?.closest('figure')?.querySelectorAll('g[data-claim-id][role="button"]').length ?? 0,
    };
  });
}

describe('keyboard only', { timeout: 240_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  test('each chart is one tab stop: exactly one mark per chart has tabindex=0', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const stops = await page.locator('figure').evaluateAll((figures) =>
      figures
        .filter((f) => f.querySelector('g[data-claim-id][role="button"]'))
        .map((f) => ({
          title: f.querySelector('h2')?.textContent ?? '?',
          zero: f.querySelectorAll('g[data-claim-id][role="button"][tabindex="0"]').length,
        })),
    );
    assert.ok(stops.length > 0, 'some chart has marks');
    assert.deepEqual(
      stops.filter((s) => s.zero !== 1),
      [],
      'charts whose marks do not have exactly one tabindex=0',
    );
  });

  test('Tab reaches a mark, focus shows the tooltip, arrows move in time order, Enter opens the panel, Esc returns focus', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const { claims } = await apiClaims(page);
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
    assert.ok(first?.id, `a mark of a chart with two or more marks is reachable with Tab (${presses} presses)`);
    assert.equal(first.tabIndex, '0', "the mark Tab lands on is the chart's active one");
    const firstClaim = byId.get(first.id);
    assert.ok(firstClaim, `${first.id} is a claim of the API`);

    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    assert.ok(
      ((await tooltip.textContent()) ?? '').includes(firstClaim.speaker.organisation),
      'the tooltip is about the focused claim',
    );

    // One tab stop per chart: the next Tab leaves this chart's marks; Shift+Tab comes back to the same mark.
    await page.keyboard.press('Tab');
    const next = await focused(page);
    assert.ok(
      !(next.isMark && next.figure === first.figure),
      `Tab leaves the chart instead of moving to mark ${next.id}`,
    );
    await page.keyboard.press('Shift+Tab');
    assert.equal((await focused(page)).id, first.id, 'Shift+Tab returns to the same mark');

    await page.keyboard.press('ArrowRight');
    const second = await focused(page);
    assert.ok(
      second.isMark && second.id && second.id !== first.id,
      `ArrowRight moves focus to another mark (got ${JSON.stringify(second)})`,
    );
    assert.equal(second.figure, first.figure, 'ArrowRight stays in the same chart');
    assert.equal(second.tabIndex, '0', 'the newly focused mark becomes the tab stop');
    assert.equal(
      await page.locator(`g[data-claim-id="${first.id}"]`).getAttribute('tabindex'),
      '-1',
      'the previous mark leaves the tab order',
    );
    const secondClaim = byId.get(second.id);
    assert.ok(secondClaim?.claimedOn && firstClaim.claimedOn);
    // Time order, compared to the month so day-, month- and year-precise dates do not trip it.
    assert.ok(
      secondClaim.claimedOn.slice(0, 7) >= firstClaim.claimedOn.slice(0, 7),
      `ArrowRight goes forward in time (${firstClaim.claimedOn} → ${secondClaim.claimedOn})`,
    );
    await page.getByRole('tooltip').filter({ hasText: secondClaim.speaker.organisation }).waitFor();

    await page.keyboard.press('ArrowLeft');
    assert.equal((await focused(page)).id, first.id, 'ArrowLeft moves back');
    await page.keyboard.press('ArrowRight');
    assert.equal((await focused(page)).id, second.id);

    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await panelFor(page, second.id).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    const back = await focused(page);
    assert.equal(back.id, second.id, 'focus returns to the mark that opened the panel');
    assert.ok(back.isMark);
  });
});
