import { mkdirSync, writeFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test as base } from './fixtures/test';
import { download, parseExport, pngSize, PRESETS } from './support/exports';

const ARTIFACTS = 'e2e/.artifacts';

const test = base.extend<{ view: string; figure: Locator }>({
  /** The view the test opens. */
  view: ['/', { option: true }],
  /** The view's first chart, drawn. */
  figure: async ({ page, charts, view }, provide) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.goto(view);
    await charts.drawn();
    const figure = page.locator('figure.chart').first();
    await charts.chartDrawn(figure);
    await provide(figure);
  },
});

test.describe('chart exports', () => {
  test('the SVG carries the title, the as-of stamp and a numbered footnote with its source for every claim in the chart', async ({
    figure,
  }) => {
    const title = ((await figure.locator('h2').textContent()) ?? '').trim();
    const ids = await figure
      .locator('g.claim-mark[data-claim-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id') ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    const svg = (await download(figure, 'SVG')).toString('utf8');
    writeFileSync(`${ARTIFACTS}/chart-export.svg`, svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg, 'titled').toContain(`<title>${title}</title>`);
    expect(svg).toMatch(/as of (\d{1,2} )?\w{3} \d{4} \(latest claim\)/);
    for (const id of ids) expect(svg, `footnote for ${id}`).toMatch(new RegExp(`\\[\\d+\\] ${id} · `));
    expect(svg, 'no CSS variables left: the file stands alone').not.toMatch(/var\(--/);
  });

  test('the SVG holds the key, and every label’s number is shown and matches its claim’s footnote; numbers are unique', async ({
    page,
    figure,
  }) => {
    const parsed = await parseExport(page, (await download(figure, 'SVG')).toString('utf8'));
    expect(parsed.parseError, 'well-formed XML').toBeNull();
    expect(parsed.keyItems, 'the key (g.chart-key with its items) is inside the image').toBeGreaterThan(0);

    const numbers = parsed.footnotes.map((f) => f.n);
    expect(numbers.length, 'numbered footnotes').toBeGreaterThan(0);
    expect(numbers, 'footnotes numbered 1, 2, 3… in order, each number once').toEqual(numbers.map((_, i) => i + 1));
    expect(new Set(parsed.footnotes.map((f) => f.id)).size, 'one footnote per claim').toBe(parsed.footnotes.length);

    expect(parsed.labels.length, 'labels (text.chart-label) in the drawing').toBeGreaterThan(0);
    const byNumber = new Map(parsed.footnotes.map((f) => [f.n, f.id]));
    for (const label of parsed.labels) {
      expect(label.n, `label "${label.text}" for ${label.id} shows its number`).not.toBeNull();
      expect(label.hidden, `the number of "${label.text}" is not hidden`).toBe(false);
      expect(
        byNumber.get(label.n ?? NaN),
        `label [${label.n}] "${label.text}" and footnote [${label.n}] are the same claim`,
      ).toBe(label.id);
    }
    const labelNumbers = parsed.labels.map((l) => l.n);
    expect(new Set(labelNumbers).size, 'no two labels show the same number').toBe(labelNumbers.length);
  });

  test('the PNG decodes with twice the SVG’s dimensions', async ({ figure }) => {
    const svg = (await download(figure, 'SVG')).toString('utf8');
    const [, w, h] = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg) ?? [];
    const png = await download(figure, 'PNG');
    writeFileSync(`${ARTIFACTS}/chart-export.png`, png);
    expect(pngSize(png)).toEqual({ width: Math.round(Number(w) * 2), height: Math.round(Number(h) * 2) });
  });

  test('each preset gives an image of exactly its size (PNG at 2×), with the key and a sources line', async ({
    page,
    figure,
  }) => {
    const size = figure.getByRole('combobox', { name: 'Export size' });
    for (const preset of PRESETS) {
      await size.selectOption({ label: preset.label });
      const png = await download(figure, 'PNG');
      writeFileSync(`${ARTIFACTS}/chart-export-${preset.width}x${preset.height}.png`, png);
      expect(pngSize(png), preset.label).toEqual({ width: preset.width * 2, height: preset.height * 2 });
      const svg = (await download(figure, 'SVG')).toString('utf8');
      expect(svg, `${preset.label}: SVG size`).toMatch(
        new RegExp(`^<svg [^>]*width="${preset.width}" height="${preset.height}"`),
      );
      expect((await parseExport(page, svg)).keyItems, `${preset.label}: the key is in the image`).toBeGreaterThan(0);
      expect(svg, `${preset.label}: a sources line`).toMatch(/>Sources \(\d+\): /);
    }
  });

  test.describe('a filtered view', () => {
    test.use({ view: '/?state=unverified' });

    test('the header of an export of a filtered view says that the claims are a subset', async ({ figure }) => {
      for (const preset of ['Fit to chart, all sources', PRESETS[0].label]) {
        await figure.getByRole('combobox', { name: 'Export size' }).selectOption({ label: preset });
        const svg = (await download(figure, 'SVG')).toString('utf8');
        expect(svg, `${preset}: the subset note`).toMatch(/<text [^>]*>Filtered: [^<]*State: unverified[^<]*<\/text>/);
      }
    });
  });

  test('Copy image puts a PNG of the chart on the clipboard', async ({ page, figure }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await figure.getByRole('button', { name: 'Copy image', exact: true }).click();
    await expect(figure.getByText(/^Chart copied as an image/)).toBeVisible();
    const png = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const blob = await items[0]?.getType('image/png');
      return blob ? Array.from(new Uint8Array(await blob.arrayBuffer()).slice(0, 24)) : [];
    });
    expect(Buffer.from(png.slice(1, 4)).toString('ascii')).toBe('PNG');
    expect(Buffer.from(png).readUInt32BE(16), 'a 2x image, wider than 1000 px').toBeGreaterThan(1000);
  });
});
