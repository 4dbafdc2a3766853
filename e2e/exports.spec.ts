import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { closePages, launchBrowser, newPage, waitForChartRendered, waitForCharts } from './support/browser';

/** The sizes the export menu offers, in CSS px (its PNGs are twice these). */
const PRESETS = [
  { label: '16:9 slide (1920×1080)', width: 1920, height: 1080 },
  { label: 'A4 landscape (297×210 mm)', width: 1123, height: 794 },
  { label: 'Social 1200×675', width: 1200, height: 675 },
] as const;

async function firstChart(page: Page): Promise<Locator> {
  await waitForCharts(page);
  const figure = page.locator('figure.chart').first();
  await waitForChartRendered(figure);
  return figure;
}

async function download(page: Page, figure: Locator, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return file.path();
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

interface ParsedExport {
  parseError: string | null;
  keyItems: number;
  /** "[n] <claim id> · …" lines of the sources, in document order. */
  footnotes: { n: number; id: string }[];
  /** Every label inside the drawing, with the number it shows and whether that number is hidden. */
  labels: { id: string; n: number | null; hidden: boolean; text: string }[];
}

/** Parses an exported SVG with the browser's own XML parser. */
function parseExport(page: Page, svg: string): Promise<ParsedExport> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const chart = doc.querySelector(':root > svg');
    const footnotes = [...doc.querySelectorAll('text')]
      .filter((t) => !chart?.contains(t))
      .map((t) => /^\[(\d+)\] (\S+) · /.exec(t.textContent ?? ''))
      .filter((m) => m !== null)
      .map((m) => ({ n: Number(m[1]), id: m[2] ?? '' }));
    const labels = [...doc.querySelectorAll('text.chart-label')].map((t) => {
      const number = t.querySelector('.chart-label__number');
      const digits = t.classList.contains('chart-label--number')
        ? (t.textContent ?? '').trim()
        : (/^\[(\d+)\] $/.exec(number?.textContent ?? '')?.[1] ?? '');
      return {
        id: t.getAttribute('data-label-for') ?? '',
        n: /^\d+$/.test(digits) ? Number(digits) : null,
        hidden: number?.getAttribute('display') === 'none',
        text: t.textContent ?? '',
      };
    });
    return {
      parseError: doc.querySelector('parsererror')?.textContent ?? null,
      keyItems: doc.querySelectorAll('g.chart-key .chart-key__item').length,
      footnotes,
      labels,
    };
  }, svg);
}

describe('chart exports', () => {
  let browser: Browser;
  before(async () => {
    mkdirSync('e2e/.artifacts', { recursive: true });
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  test('the SVG carries the title, the as-of stamp and a numbered footnote with its source for every claim in the chart', async () => {
    const page = await newPage(browser);
    const figure = await firstChart(page);
    const title = ((await figure.locator('h2').textContent()) ?? '').trim();
    const ids = await figure
      .locator('g.claim-mark[data-claim-id]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id') ?? ''));
    assert.ok(ids.length > 0);
    const svg = readFileSync(await download(page, figure, 'SVG'), 'utf8');
    writeFileSync('e2e/.artifacts/chart-export.svg', svg);
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(svg.includes(`<title>${title}</title>`), 'titled');
    assert.match(svg, /as of (\d{1,2} )?\w{3} \d{4} \(latest claim\)/);
    for (const id of ids) assert.match(svg, new RegExp(`\\[\\d+\\] ${id} · `), `footnote for ${id}`);
    assert.doesNotMatch(svg, /var\(--/, 'no CSS variables left: the file stands alone');
  });

  test('the SVG holds the key, and every label’s number is shown and matches its claim’s footnote; numbers are unique', async () => {
    const page = await newPage(browser);
    const figure = await firstChart(page);
    const parsed = await parseExport(page, readFileSync(await download(page, figure, 'SVG'), 'utf8'));
    assert.equal(parsed.parseError, null, 'well-formed XML');
    assert.ok(parsed.keyItems > 0, 'the key (g.chart-key with its items) is inside the image');

    const numbers = parsed.footnotes.map((f) => f.n);
    assert.ok(numbers.length > 0, 'numbered footnotes');
    assert.deepEqual(
      numbers,
      numbers.map((_, i) => i + 1),
      'footnotes numbered 1, 2, 3… in order, each number once',
    );
    assert.equal(new Set(parsed.footnotes.map((f) => f.id)).size, parsed.footnotes.length, 'one footnote per claim');

    assert.ok(parsed.labels.length > 0, 'labels (text.chart-label) in the drawing');
    const byNumber = new Map(parsed.footnotes.map((f) => [f.n, f.id]));
    for (const label of parsed.labels) {
      assert.ok(label.n !== null, `label "${label.text}" for ${label.id} shows its number`);
      assert.equal(label.hidden, false, `the number of "${label.text}" is not hidden`);
      assert.equal(
        byNumber.get(label.n),
        label.id,
        `label [${label.n}] "${label.text}" and footnote [${label.n}] are the same claim`,
      );
    }
    const labelNumbers = parsed.labels.map((l) => l.n);
    assert.equal(new Set(labelNumbers).size, labelNumbers.length, 'no two labels show the same number');
  });

  test('the PNG decodes with twice the SVG’s dimensions', async () => {
    const page = await newPage(browser);
    const figure = await firstChart(page);
    const svg = readFileSync(await download(page, figure, 'SVG'), 'utf8');
    const [, w, h] = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg) ?? [];
    const png = readFileSync(await download(page, figure, 'PNG'));
    writeFileSync('e2e/.artifacts/chart-export.png', png);
    assert.deepEqual(pngSize(png), { width: Math.round(Number(w) * 2), height: Math.round(Number(h) * 2) });
  });

  test('each preset gives an image of exactly its size (PNG at 2×), with the key and a sources line', async () => {
    const page = await newPage(browser);
    const figure = await firstChart(page);
    const size = figure.getByRole('combobox', { name: 'Export size' });
    for (const preset of PRESETS) {
      await size.selectOption({ label: preset.label });
      const png = readFileSync(await download(page, figure, 'PNG'));
      writeFileSync(`e2e/.artifacts/chart-export-${preset.width}x${preset.height}.png`, png);
      assert.deepEqual(pngSize(png), { width: preset.width * 2, height: preset.height * 2 }, preset.label);
      const svg = readFileSync(await download(page, figure, 'SVG'), 'utf8');
      assert.match(
        svg,
        new RegExp(`^<svg [^>]*width="${preset.width}" height="${preset.height}"`),
        `${preset.label}: SVG size`,
      );
      assert.ok((await parseExport(page, svg)).keyItems > 0, `${preset.label}: the key is in the image`);
      assert.match(svg, />Sources \(\d+\): /, `${preset.label}: a sources line`);
    }
  });

  test('the header of an export of a filtered view says that the claims are a subset', async () => {
    const page = await newPage(browser, { path: '/?state=unverified' });
    const figure = await firstChart(page);
    for (const preset of ['Fit to chart, all sources', PRESETS[0].label]) {
      await figure.getByRole('combobox', { name: 'Export size' }).selectOption({ label: preset });
      const svg = readFileSync(await download(page, figure, 'SVG'), 'utf8');
      assert.match(svg, /<text [^>]*>Filtered: [^<]*State: unverified[^<]*<\/text>/, `${preset}: the subset note`);
    }
  });

  test('Copy image puts a PNG of the chart on the clipboard', async () => {
    const page = await newPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const figure = await firstChart(page);
    await figure.getByRole('button', { name: 'Copy image', exact: true }).click();
    await figure.getByText(/^Chart copied as an image/).waitFor();
    const png = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const blob = await items[0]?.getType('image/png');
      return blob ? Array.from(new Uint8Array(await blob.arrayBuffer()).slice(0, 24)) : [];
    });
    assert.equal(Buffer.from(png.slice(1, 4)).toString('ascii'), 'PNG');
    assert.ok(Buffer.from(png).readUInt32BE(16) > 1000, 'a 2x image, wider than 1000 px');
  });
});
