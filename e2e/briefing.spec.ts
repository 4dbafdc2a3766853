import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { closePages, launchBrowser, newPage, waitForCharts } from './support/browser';
import { encodeDeck } from '../src/lib/deck-link';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

async function saveSlide(page: Page, path: string, title: string, note: string) {
  await page.goto(path);
  await waitForCharts(page);
  await page.getByRole('button', { name: 'Save view as slide' }).click();
  await page.getByLabel('Slide title').fill(title);
  await page.getByLabel('Speaker note').fill(note);
  await page.getByRole('button', { name: 'Save slide' }).click();
  await page.getByText(`Saved “${title}” to the briefing`).waitFor();
}

const slideHeading = (page: Page) => page.locator('.presentation__head h1').textContent();

describe('briefings and presentation mode', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  afterEach(closePages);
  after(() => browser.close());

  test('build a two-slide briefing, present it, step with the keyboard, leave with Esc', async () => {
    const page = await newPage(browser);
    await saveSlide(page, '/?metric=troops_in_russia', 'Troops in Russia', 'Stress the spread of figures');
    await saveSlide(page, '/?state=corroborated', 'Corroborated only', '');
    await page.getByRole('link', { name: 'Briefing' }).click();
    const slides = page.locator('.briefing__slides > li');
    await slides.first().waitFor();
    assert.equal(await slides.count(), 2);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.locator('.presentation').waitFor();
    await waitForCharts(page);
    assert.equal(await slideHeading(page), 'Troops in Russia');
    const caveats = (await page.locator('.presentation__caveats').textContent()) ?? '';
    assert.match(caveats, /on a single source or (is|are) unverified/);
    assert.match(caveats, /Sources \(\d+\): /);
    assert.equal(await page.getByRole('button', { name: 'Save view as slide' }).count(), 0, 'no dashboard controls in presentation mode');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('.presentation__head h1')?.textContent === 'Corroborated only');
    await page.keyboard.press('PageUp');
    await page.waitForFunction(() => document.querySelector('.presentation__head h1')?.textContent === 'Troops in Russia');
    await page.keyboard.press('h');
    assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-claim-id')), 'H highlights a claim');
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/briefing$/);
  });

  test('a shared link opens the same deck in a fresh browser, with no serious axe violation', async () => {
    const deck = { title: 'Shared deck', slides: [{ id: 'a', title: 'Munitions: containers', note: '', view: '/?metric=containers_shipped' }] };
    const page = await newPage(browser, { path: `/present?deck=${encodeDeck(deck)}` });
    await page.locator('.presentation').waitFor();
    await waitForCharts(page);
    assert.equal(await slideHeading(page), 'Munitions: containers');
    assert.match((await page.locator('.presentation__head p').textContent()) ?? '', /Shared deck · slide 1 of 1 · as of/);
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    assert.deepEqual(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), []);
  });

  test('a briefing prints one slide per page, each with its caveats', async () => {
    const deck = {
      title: 'Print deck',
      slides: [
        { id: 'a', title: 'First slide: containers', note: '', view: '/?metric=containers_shipped' },
        { id: 'b', title: 'Second slide: missiles', note: '', view: '/?metric=missiles_fired' },
      ],
    };
    const page = await newPage(browser, { path: `/present?print=1&deck=${encodeDeck(deck)}` });
    await page.waitForFunction(() => document.querySelectorAll('.slide figure').length === 2);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    mkdirSync('e2e/.artifacts', { recursive: true });
    writeFileSync('e2e/.artifacts/briefing.pdf', pdf);
    const pages = execFileSync('pdftotext', ['-layout', 'e2e/.artifacts/briefing.pdf', '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    assert.equal(pages.length, 2, 'one page per slide');
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, 2, 'and no blank page after the last slide');
    assert.match(pages[0] ?? '', /First slide: containers[\s\S]*Claims, not established facts/);
    assert.match(pages[1] ?? '', /Second slide: missiles[\s\S]*Claims, not established facts/);
  });

  test('a damaged deck link says so instead of going blank', async () => {
    const page = await newPage(browser, { path: '/present?deck=not-a-deck' });
    await page.getByText('This presentation link is damaged').waitFor();
  });
});
