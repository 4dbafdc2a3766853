import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { flat } from './support/text';

/**
 * Prints the page as a user does (Ctrl+P as soon as the first chart shows: no scrolling first) and
 * reads the text of each page back with pdftotext (Debian's poppler-utils).
 */
async function printPages(page: Page, name: string, format: 'A4' | 'Letter' = 'A4') {
  const pdf = await page.pdf({ format, landscape: true, printBackground: true });
  mkdirSync('e2e/.artifacts', { recursive: true });
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

// Paper sizes, not the screen: not a @phone journey (the phone project would print the same pages).
test.describe('print / PDF', () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`${format} landscape: each chart starts a page, with its sources as text`, async ({ dashboard, api }) => {
      const titles = (await dashboard.locator('figure.chart h2').allTextContents()).map((t) => t.trim());
      const { pages, count } = await printPages(dashboard, `dashboard-${format}`, format);
      expect(count, `${count} pages for ${titles.length} charts`).toBeGreaterThanOrEqual(titles.length);
      for (const title of titles) {
        const first = pages.findIndex((p) => p.includes(title));
        expect(first, `"${title}" is printed`).toBeGreaterThanOrEqual(0);
        const before = pages[first]?.slice(0, pages[first].indexOf(title)) ?? '';
        expect(before, `"${title}" starts its page`).not.toMatch(/claims · unit/);
      }
      const text = flat(pages.join(' '));
      const { claims } = await api.claims();
      for (const organisation of new Set(claims.map((c) => c.speaker.organisation.split(' (')[0] ?? '')))
        expect(text, `source "${organisation}" is printed`).toContain(organisation);
    });
  }

  test('the first page holds the first chart with its axis and numbered labels, and every chart’s page has its key', async ({
    dashboard,
  }) => {
    const { pages } = await printPages(dashboard, 'dashboard-charts');
    // Printing draws every chart (those below the fold too); read what they show now.
    const charts = await chartTexts(dashboard);
    expect(charts.length).toBeGreaterThan(1);
    const [firstChart] = charts;
    if (!firstChart) return;
    const first = flat(pages[0] ?? '');
    expect(first, `page 1 holds the first chart, "${firstChart.title}"`).toContain(firstChart.title);
    expect(firstChart.ticks.length, 'the first chart has axis ticks').toBeGreaterThan(0);
    for (const tick of firstChart.ticks) expect(first, `page 1 has the axis tick ${tick}`).toContain(tick);
    expect(firstChart.labels.length, 'the first chart has labels').toBeGreaterThan(0);
    for (const label of firstChart.labels) {
      expect(label, `label "${label}" carries its footnote number`).toMatch(/^\[\d+\] /);
      expect(first, `page 1 shows the label "${label}"`).toContain(label);
    }
    for (const chart of charts) {
      const index = pages.findIndex((p) => p.includes(chart.title));
      expect(index, `"${chart.title}" is printed`).toBeGreaterThanOrEqual(0);
      expect(chart.key.length, `"${chart.title}" has a key (g.chart-key)`).toBeGreaterThan(0);
      const text = flat(pages[index] ?? '');
      for (const item of chart.key)
        expect(text, `the key of "${chart.title}" ("${item}") is on its page (${index + 1})`).toContain(item);
    }
  });

  test('a filtered view prints its active filter line and none of the dashboard’s controls', async ({
    page,
    charts,
  }) => {
    await page.goto('/?state=unverified');
    await charts.drawn();
    const { pages } = await printPages(page, 'dashboard-filtered');
    const first = flat(pages[0] ?? '');
    expect(first, 'page 1 says the claims are a subset').toContain('State: unverified');
    const all = flat(pages.join(' '));
    for (const control of [
      'Copy link to this view',
      'Fit to chart, all sources',
      'Copy image',
      'Clear all',
      '(1 active)',
    ])
      expect(all, `"${control}" is not printed`).not.toContain(control);
    expect(first, 'no view tabs').not.toMatch(/Charts Table Compare/);
  });
});
