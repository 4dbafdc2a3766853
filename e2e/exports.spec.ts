import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { closePages, launchBrowser, newPage, waitForCharts } from './support/browser';

async function download(page: Page, figure: ReturnType<Page['locator']>, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: button, exact: true }).click()]);
  return file.path();
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
    await waitForCharts(page);
    const figure = page.locator('figure').first();
    const title = ((await figure.locator('h2').textContent()) ?? '').trim();
    const ids = await figure.locator('g[data-claim-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id') ?? ''));
    assert.ok(ids.length > 0);
    const svg = readFileSync(await download(page, figure, 'SVG'), 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(svg.includes(`<title>${title}</title>`), 'titled');
    assert.match(svg, /as of (\d{1,2} )?\w{3} \d{4} \(latest claim\)/);
    for (const id of ids) assert.match(svg, new RegExp(`\\[\\d+\\] ${id} · `), `footnote for ${id}`);
    assert.doesNotMatch(svg, /var\(--/, 'no CSS variables left: the file stands alone');
  });

  test('the PNG decodes with twice the SVG’s dimensions', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const figure = page.locator('figure').first();
    const svg = readFileSync(await download(page, figure, 'SVG'), 'utf8');
    const [, w, h] = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg) ?? [];
    const pngPath = await download(page, figure, 'PNG');
    const png = readFileSync(pngPath);
    writeFileSync('e2e/.artifacts/chart-export.png', png);
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(png.readUInt32BE(16), Math.round(Number(w) * 2));
    assert.equal(png.readUInt32BE(20), Math.round(Number(h) * 2));
  });

  test('Copy image puts a PNG of the chart on the clipboard', async () => {
    const page = await newPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitForCharts(page);
    const figure = page.locator('figure').first();
    await figure.getByRole('button', { name: 'Copy image', exact: true }).click();
    await figure.getByText('Chart copied as an image').waitFor();
    const png = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const blob = await items[0]?.getType('image/png');
      return blob ? Array.from(new Uint8Array(await blob.arrayBuffer()).slice(0, 24)) : [];
    });
    assert.equal(Buffer.from(png.slice(1, 4)).toString('ascii'), 'PNG');
    assert.ok(Buffer.from(png).readUInt32BE(16) > 1000, 'a 2x image, wider than 1000 px');
  });
});
