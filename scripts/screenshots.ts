import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { encodeDeck } from '../src/lib/deck-link';
import { launchBrowser } from '../e2e/support/browser';

/**
 * Takes the README screenshots of a running dashboard (mock API):
 * `node --import tsx scripts/screenshots.ts [baseUrl] [outDir]`.
 */
const base = process.argv[2] ?? 'http://localhost:5173';
const outDir = process.argv[3] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });

// Debian's Chromium with the e2e journeys' flags: among them, no address-bar popup renderer beside every page.
const browser = await launchBrowser();

async function open(
  path: string,
  width: number,
  height: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height },
    reducedMotion: 'reduce',
    deviceScaleFactor: 1,
    colorScheme,
  });
  await page.goto(new URL(path, base).href);
  await page.locator('figure.chart[data-rendered="true"] [data-claim-id]').first().waitFor();
  return page;
}

/** The centre of a mark's glyph: where a user clicks. */
async function glyphCentre(page: Page, index: number) {
  const box = await page.locator('g[data-claim-id] > use.claim-mark__glyph').nth(index).boundingBox();
  if (!box) throw new Error('no mark');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

try {
  for (const [name, width, height, scheme] of [
    ['dashboard-1440', 1440, 900, 'light'],
    ['dashboard-1440-dark', 1440, 900, 'dark'],
    ['dashboard-390', 390, 844, 'light'],
  ] as const) {
    const page = await open('/', width, height, scheme);
    await page.screenshot({ path: `${outDir}/${name}.png` });
    if (scheme === 'light') {
      const at = await glyphCentre(page, 6);
      await page.mouse.move(at.x, at.y);
      await page.getByRole('tooltip').waitFor();
      await page.screenshot({ path: `${outDir}/${name}-tooltip.png` });
      await page.mouse.click(at.x, at.y);
      await page.locator('[data-panel-claim-id]').waitFor();
      await page.getByRole('dialog').getByRole('region', { name: 'Verification' }).waitFor();
      await page.screenshot({ path: `${outDir}/${name}-panel.png` });
    }
    await page.close();
  }
  const filtered = await open('/?source=National%20Intelligence%20Service%20(NIS)&lines=source', 390, 844);
  await filtered.screenshot({ path: `${outDir}/dashboard-390-filtered.png` });
  await filtered.close();
  // An example deck of two views of the default data (titles written here, figures from the dataset).
  const slide = (id: string, title: string, view: string) => ({
    id,
    title,
    view,
    note: '',
    savedAt: '2026-12-01T00:00:00.000Z',
  });
  const deck = encodeDeck({
    id: 'readme',
    title: 'Example briefing',
    slides: [
      slide('s1', 'North Korean troops in Russia: who said what', '/?metric=troops_in_russia'),
      slide('s2', 'Compare: troops in Russia', '/compare?metric=troops_in_russia&window=month'),
    ],
  });
  const present = await browser.newPage({
    viewport: { width: 1920, height: 1080 },
    reducedMotion: 'reduce',
    deviceScaleFactor: 1,
  });
  await present.goto(new URL(`/present?deck=${deck}&slide=1`, base).href);
  await present.locator('[data-fit="settled"]').waitFor();
  await present.screenshot({ path: `${outDir}/presentation-1920.png` });
  await present.close();
} finally {
  await browser.close();
}
console.log(`screenshots written to ${outDir}`);
