import type { Page } from '@playwright/test';
import { waitForChartRendered } from '../charts';
import { centre, round, showBox, type Box } from './geometry';

const PANEL = '[data-panel-claim-id]';

/**
 * Scrolls a mark's glyph to the middle of the screen and returns its box once it has stayed put for
 * three frames (the charts re-lay out when the panel closes); null when the mark has no glyph. One
 * round trip to the page per mark: each one is recorded in the trace.
 */
function settledGlyphBox(page: Page, chartIndex: number, id: string): Promise<Box | null> {
  return page.evaluate(
    async ({ chartIndex, id }) => {
      const figure = document.querySelectorAll('figure.chart')[chartIndex];
      const glyph = figure?.querySelector(`g.claim-mark[data-claim-id="${CSS.escape(id)}"] use.claim-mark__glyph`);
      if (!glyph) return null;
      glyph.scrollIntoView({ block: 'center', inline: 'nearest' });
      let last = '';
      for (let frame = 0, same = 0; frame < 120 && same < 3; frame += 1) {
        await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
        const r = glyph.getBoundingClientRect();
        const key = `${r.left},${r.top},${r.width},${r.height}`;
        same = key === last ? same + 1 : 0;
        last = key;
      }
      const r = glyph.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    },
    { chartIndex, id },
  );
}

/** Closes the claim panel with Escape (twice if need be); throws if it stays open. */
async function closePanel(page: Page, problems: string[], id: string): Promise<void> {
  const panel = page.locator('aside.claim-panel');
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    await page.keyboard.press('Escape');
    if (
      await panel.waitFor({ state: 'detached', timeout: 3000 }).then(
        () => true,
        () => false,
      )
    ) {
      if (attempt > 1) problems.push(`${id}: the panel closed only on the second Escape`);
      return;
    }
  }
  throw new Error(
    `the claim panel did not close on Escape after opening ${id}; mis-hits so far:\n${problems.join('\n')}`,
  );
}

/** Clicks the centre of every mark's glyph, chart by chart, and lists each click that did not open that claim. */
export async function clickEveryMark(page: Page): Promise<{ clicked: string[]; misHits: string[] }> {
  const charts = page.locator('figure.chart');
  const count = await charts.count();
  const clicked: string[] = [];
  const misHits: string[] = [];
  // The panel's code loads on the first open: give that one longer. A click that opens nothing costs
  // the wait, so after a run of them the rest are not tried (and reported).
  let everOpened = false;
  let nothingOpened = 0;
  for (let i = 0; i < count; i += 1) {
    const figure = charts.nth(i);
    await waitForChartRendered(figure);
    const chartId = (await figure.getAttribute('data-chart-id')) ?? `chart ${i + 1}`;
    const ids = await figure
      .locator('g.claim-mark[data-claim-id]')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-claim-id') ?? ''));
    for (const id of ids) {
      clicked.push(id);
      if (nothingOpened >= (everOpened ? 8 : 3)) {
        misHits.push(`${chartId} · ${id}: not clicked (${nothingOpened} clicks in a row opened nothing)`);
        continue;
      }
      const box = await settledGlyphBox(page, i, id);
      if (!box) {
        misHits.push(`${chartId} · ${id}: no use.claim-mark__glyph in the mark`);
        continue;
      }
      if (box.right - box.left <= 0 || box.bottom - box.top <= 0) {
        misHits.push(`${chartId} · ${id}: the glyph has no size ${showBox(box)}`);
        continue;
      }
      const { x, y } = centre(box);
      await page.mouse.click(x, y);
      // getAttribute waits for the panel to be attached, up to the timeout.
      const opened = await page
        .locator(PANEL)
        .getAttribute('data-panel-claim-id', { timeout: everOpened ? 2500 : 15_000 })
        .catch(() => null);
      if (opened === null) {
        nothingOpened += 1;
        misHits.push(`${chartId} · ${id}: click at (${round(x)}, ${round(y)}) opened no claim panel`);
        continue;
      }
      nothingOpened = 0;
      everOpened = true;
      if (opened !== id) misHits.push(`${chartId} · ${id}: click at (${round(x)}, ${round(y)}) opened ${opened}`);
      await closePanel(page, misHits, id);
    }
  }
  return { clicked, misHits };
}
