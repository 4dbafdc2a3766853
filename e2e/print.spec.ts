import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { apiClaims, closePages, launchBrowser, newPage, waitForCharts } from './support/browser';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Prints the page as a user does (Ctrl+P as soon as the first chart shows: no scrolling first) and
 * reads the text of each page back with pdftotext (Debian's poppler-utils).
 */
async function printPages(
  page: Page,
  name: string,
  format: 'A4' | 'Letter' = 'A4',
): Promise<{ pages: string[]; count: number }> {
  const pdf = await page.pdf({ format, landscape: true, printBackground: true });
  const path = `e2e/.artifacts/${name}.pdf`;
  writeFileSync(path, pdf);
  const count = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' }),
  );
  return { pages, count };
}

/** What each chart shows once drawn: title, axis ticks, label texts ("[3] 12,000 · NIS"), key texts. */
function chartTexts(page: Page) {
  return page.locator('figure.chart').evaluateAll((figures) =>
    figures.map((figure) => ({
      title: (figure.querySelector('h2')?.textContent ?? '').trim(),
      ticks: [...figure.querySelectorAll('.recharts-cartesian-axis-tick-value')]
        .map((t) => (t.textContent ?? '').trim())
        .filter(Boolean),
      labels: [...figure.querySelectorAll('text.chart-label:not(.chart-label--number)')].map((t) =>
        (t.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
      key: [...figure.querySelectorAll('g.chart-key .chart-key__item text')]
        .map((t) => (t.textContent ?? '').trim())
        .filter(Boolean),
    })),
  );
}

describe('print / PDF', () => {
  let browser: Browser;
  before(async () => {
    mkdirSync('e2e/.artifacts', { recursive: true });
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  for (const format of ['A4', 'Letter'] as const) {
    test(`${format} landscape: each chart starts a page, with its sources as text`, async () => {
      const page = await newPage(browser);
      await waitForCharts(page);
      const titles = (await page.locator('figure.chart h2').allTextContents()).map((t) => t.trim());
      const { pages: pageTexts, count } = await printPages(page, `dashboard-${format}`, format);
      assert.ok(count >= titles.length, `${count} pages for ${titles.length} charts`);
      for (const title of titles) {
        const first = pageTexts.findIndex((p) => p.includes(title));
        assert.ok(first >= 0, `"${title}" is printed`);
        assert.ok(
          !pageTexts[first]?.slice(0, pageTexts[first].indexOf(title)).match(/claims · unit/),
          `"${title}" starts its page`,
        );
      }
      const text = flat(pageTexts.join(' '));
      const { claims } = await apiClaims(page);
      for (const organisation of new Set(claims.map((c) => c.speaker.organisation.split(' (')[0] ?? ''))) {
        assert.ok(text.includes(organisation), `source "${organisation}" is printed`);
      }
    });
  }

  test('the first page holds the first chart with its axis and numbered labels, and every chart’s page has its key', async () => {
    const page = await newPage(browser);
    await waitForCharts(page);
    const { pages } = await printPages(page, 'dashboard-charts');
    // Printing draws every chart (those below the fold too); read what they show now.
    const charts = await chartTexts(page);
    assert.ok(charts.length > 1);
    const [firstChart] = charts;
    const first = flat(pages[0] ?? '');
    assert.ok(
      firstChart && first.includes(firstChart.title),
      `page 1 holds the first chart, "${firstChart?.title}"; it reads: ${first.slice(0, 300)}`,
    );
    assert.ok(
      firstChart.ticks.length > 0 && firstChart.ticks.every((t) => first.includes(t)),
      `page 1 has the axis ticks ${firstChart.ticks.join(', ')}`,
    );
    assert.ok(firstChart.labels.length > 0, 'the first chart has labels');
    for (const label of firstChart.labels) {
      assert.match(label, /^\[\d+\] /, `label "${label}" carries its footnote number`);
      assert.ok(first.includes(label), `page 1 shows the label "${label}"`);
    }
    for (const chart of charts) {
      const index = pages.findIndex((p) => p.includes(chart.title));
      assert.ok(index >= 0, `"${chart.title}" is printed`);
      assert.ok(chart.key.length > 0, `"${chart.title}" has a key (g.chart-key)`);
      const text = flat(pages[index] ?? '');
      for (const item of chart.key)
        assert.ok(text.includes(item), `the key of "${chart.title}" ("${item}") is on its page (${index + 1})`);
    }
  });

  test('a filtered view prints its active filter line and none of the dashboard’s controls', async () => {
    const page = await newPage(browser, { path: '/?state=unverified' });
    await waitForCharts(page);
    const { pages } = await printPages(page, 'dashboard-filtered');
    const first = flat(pages[0] ?? '');
    assert.ok(
      first.includes('State: unverified'),
      `page 1 says the claims are a subset; it reads: ${first.slice(0, 300)}`,
    );
    const all = flat(pages.join(' '));
    for (const control of [
      'Copy link to this view',
      'Fit to chart, all sources',
      'Copy image',
      'Clear all',
      '(1 active)',
    ]) {
      assert.ok(!all.includes(control), `"${control}" is not printed`);
    }
    assert.doesNotMatch(first, /Charts Table Compare/, 'no view tabs');
  });
});
