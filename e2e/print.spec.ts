import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { apiClaims, closePages, launchBrowser, newPage, waitForCharts } from './support/browser';

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
      const titles = (await page.locator('figure h2').allTextContents()).map((t) => t.trim());
      const pdf = await page.pdf({ format, landscape: true, printBackground: true });
      const path = `e2e/.artifacts/dashboard-${format}.pdf`;
      writeFileSync(path, pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
      assert.ok(pages >= titles.length + 1, `${pages} pages for ${titles.length} charts and the header`);
      // pdftotext (Debian's poppler-utils, installed by npm test) reads the PDF's text back.
      const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
      const pageTexts = text.split('\f');
      for (const title of titles) {
        const first = pageTexts.findIndex((p) => p.includes(title));
        assert.ok(first >= 0, `"${title}" is printed`);
        assert.ok(!pageTexts[first]?.slice(0, pageTexts[first].indexOf(title)).match(/claims · unit/), `"${title}" starts its page`);
      }
      const { claims } = await apiClaims(page);
      for (const organisation of new Set(claims.map((c) => c.speaker.organisation.split(' (')[0] ?? ''))) {
        assert.ok(text.replace(/\s+/g, ' ').includes(organisation), `source "${organisation}" is printed`);
      }
    });
  }
});
