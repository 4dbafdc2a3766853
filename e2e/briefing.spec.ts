import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, PHONE, closePages, launchBrowser, newPage, waitForCharts } from './support/browser';
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
const slideMeta = async (page: Page) => (await page.locator('.presentation__meta').textContent()) ?? '';
const FULL_HD = { width: 1920, height: 1080 } as const;

/** A deck in a link, as "Copy presentation link" makes it. */
const deckPath = (slides: { title: string; view: string; note?: string }[], slide = 1) =>
  `/present?deck=${encodeDeck({ title: 'Fit deck', slides: slides.map((s, i) => ({ id: `s${i}`, note: '', ...s })) })}&slide=${slide}`;

/** Waits until the slide's charts (if any) are drawn and fitting has settled. */
async function slideFitted(page: Page, charts = true): Promise<void> {
  if (charts) await waitForCharts(page);
  await page.locator('.presentation__body[data-fit="settled"]').waitFor();
}

/** Where the slide's parts are on screen, and whether anything can scroll. */
function slideGeometry(page: Page) {
  // No named helper functions inside evaluate: tsx would wrap them in a `__name` call the page lacks.
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return {
      innerWidth,
      innerHeight,
      scrollHeight: scroller.scrollHeight,
      scrollWidth: scroller.scrollWidth,
      slide: document.querySelector('.slide')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
      body: document.querySelector('.presentation__body')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
      content: document.querySelector('.presentation__fit')?.getBoundingClientRect().toJSON() as DOMRect | undefined,
      charts: [...document.querySelectorAll('.slide figure.chart')]
        .filter((f) => f.getClientRects().length > 0)
        .map((f) => ({
          bottom: f.getBoundingClientRect().bottom,
          right: f.getBoundingClientRect().right,
          svgHeight: f.querySelector('svg.recharts-surface')?.getBoundingClientRect().height ?? 0,
        })),
    };
  });
}

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
    assert.equal(
      await page.getByRole('button', { name: 'Save view as slide' }).count(),
      0,
      'no dashboard controls in presentation mode',
    );
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      () => document.querySelector('.presentation__head h1')?.textContent === 'Corroborated only',
    );
    await page.keyboard.press('PageUp');
    await page.waitForFunction(
      () => document.querySelector('.presentation__head h1')?.textContent === 'Troops in Russia',
    );
    await page.keyboard.press('h');
    assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-claim-id')), 'H highlights a claim');
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/briefing$/);
  });

  test('a shared link opens the same deck in a fresh browser, with no serious axe violation', async () => {
    const deck = {
      title: 'Shared deck',
      slides: [{ id: 'a', title: 'Munitions: containers', note: '', view: '/?metric=containers_shipped' }],
    };
    const page = await newPage(browser, { path: `/present?deck=${encodeDeck(deck)}` });
    await page.locator('.presentation').waitFor();
    await waitForCharts(page);
    assert.equal(await slideHeading(page), 'Munitions: containers');
    assert.match(await slideMeta(page), /Shared deck · slide 1 of 1 · as of/);
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    assert.deepEqual(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
      [],
    );
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
    const pages = execFileSync('pdftotext', ['-layout', 'e2e/.artifacts/briefing.pdf', '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim());
    assert.equal(pages.length, 2, 'one page per slide');
    assert.equal(
      (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length,
      2,
      'and no blank page after the last slide',
    );
    assert.match(pages[0] ?? '', /First slide: containers[\s\S]*Claims, not established facts/);
    assert.match(pages[1] ?? '', /Second slide: missiles[\s\S]*Claims, not established facts/);
  });

  test('at 1920×1080 a one-chart slide is the whole screen, its chart at least 60% of its height, labelled, with nothing to scroll', async () => {
    const page = await newPage(browser, {
      viewport: FULL_HD,
      path: deckPath([{ title: 'Troops in Russia', view: '/?metric=troops_in_russia' }]),
    });
    await slideFitted(page);
    await page.waitForFunction(
      (min) => (document.querySelector('.slide svg.recharts-surface')?.getBoundingClientRect().height ?? 0) >= min,
      0.6 * FULL_HD.height,
    );
    const g = await slideGeometry(page);
    assert.deepEqual(
      [g.slide?.x, g.slide?.y, g.slide?.width, g.slide?.height],
      [0, 0, 1920, 1080],
      'the 16:9 slide is exactly the screen',
    );
    assert.ok(
      g.scrollHeight <= g.innerHeight && g.scrollWidth <= g.innerWidth,
      `the page does not scroll (${g.scrollHeight} > ${g.innerHeight}?)`,
    );
    assert.equal(g.charts.length, 1);
    assert.ok((g.charts[0]?.svgHeight ?? 0) >= 0.6 * g.innerHeight, `chart ${g.charts[0]?.svgHeight} px tall`);
    assert.ok(
      (g.charts[0]?.bottom ?? Infinity) <= (g.body?.bottom ?? 0) + 0.5,
      'the chart ends inside the slide body, above the caveats',
    );
    assert.ok((await page.locator('.slide text.chart-label').count()) > 0, 'labels are on in a presentation');
    assert.match(
      (await page.locator('.presentation__filters').textContent()) ?? '',
      /^Filtered: Metric: Troops in Russia$/,
    );
  });

  test('at 1920×1080 slides with two, four and nine charts fit the screen; nine are split into parts that Next steps through', async () => {
    const slides = [
      { title: 'Two charts', view: '/?state=disputed_denied' },
      { title: 'Four charts', view: '/?state=unverified' },
      { title: 'All charts', view: '/' },
    ];
    const page = await newPage(browser, { viewport: FULL_HD, path: deckPath(slides) });
    for (const [i, expected] of [2, 4].entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Next slide' }).click();
      await page.waitForFunction(
        (t) => document.querySelector('.presentation__head h1')?.textContent === t,
        slides[i]?.title,
      );
      await slideFitted(page);
      const all = await page.locator('.slide figure.chart').count();
      assert.equal(all, expected, `${slides[i]?.title}: every chart of the view is in the slide`);
      const g = await slideGeometry(page);
      assert.ok(g.scrollHeight <= g.innerHeight, `${slides[i]?.title}: the page does not scroll`);
      assert.ok(g.charts.length >= 1);
      for (const chart of g.charts) {
        assert.ok(
          chart.bottom <= (g.body?.bottom ?? 0) + 0.5 && chart.right <= g.innerWidth + 0.5,
          `${slides[i]?.title}: each chart on screen is inside the slide body`,
        );
        assert.ok(chart.svgHeight > 0);
      }
    }
    // Four charts may be split in two when a 2×2 grid leaves them too small: open the nine directly.
    await page.goto(deckPath(slides, 3));
    await page.waitForFunction(() =>
      /part 1 of \d+/.test(document.querySelector('.presentation__meta')?.textContent ?? ''),
    );
    await slideFitted(page);
    const first = await slideGeometry(page);
    assert.ok(first.scrollHeight <= first.innerHeight, 'a split slide does not scroll');
    assert.ok(
      first.charts.length >= 1 && first.charts.length <= 4,
      `at most four charts on a screen, not ${first.charts.length}`,
    );
    assert.match(await slideMeta(page), /Fit deck · slide 3 of 3, part 1 of \d+ · as of/);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/[?&]part=2\b/);
    assert.match(page.url(), /[?&]slide=3\b/);
    await page.waitForFunction(() =>
      /part 2 of \d+/.test(document.querySelector('.presentation__meta')?.textContent ?? ''),
    );
  });

  test('on a touch phone the on-screen Next button reaches slide 2, and Previous comes back', async () => {
    const context = await browser.newContext({
      viewport: PHONE,
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
      baseURL: BASE_URL,
    });
    try {
      const page = await context.newPage();
      await page.goto(
        deckPath([
          { title: 'Troops in Russia', view: '/?metric=troops_in_russia' },
          { title: 'Munitions: containers', view: '/?metric=containers_shipped' },
        ]),
      );
      await waitForCharts(page);
      assert.ok(
        await page.getByRole('button', { name: 'Previous slide' }).isDisabled(),
        'Previous is disabled on the first slide',
      );
      const next = page.getByRole('button', { name: 'Next slide' });
      const size = await next.boundingBox();
      assert.ok(size && size.width >= 44 && size.height >= 44, 'a button big enough for a thumb');
      await next.tap();
      await page.waitForURL(/[?&]slide=2\b/);
      await page.waitForFunction(
        () => document.querySelector('.presentation__head h1')?.textContent === 'Munitions: containers',
      );
      assert.match(await slideMeta(page), /Fit deck · slide 2 of 2 · as of/);
      assert.ok(await next.isDisabled(), 'Next is disabled on the last slide');
      const g = await slideGeometry(page);
      assert.ok(
        g.scrollHeight <= g.innerHeight && g.scrollWidth <= g.innerWidth,
        'the slide does not scroll on a phone either',
      );
      await page.getByRole('button', { name: 'Previous slide' }).tap();
      await page.waitForURL(/[?&]slide=1\b/);
    } finally {
      await context.close();
    }
  });

  test('a compare view saved as a slide is presented as the compare view, fitted to the slide', async () => {
    const page = await newPage(browser, {
      viewport: FULL_HD,
      path: deckPath([{ title: 'Who says what', view: '/compare?metric=troops_in_russia&window=quarter' }]),
    });
    await page.getByRole('heading', { name: 'Compare claims: Troops in Russia' }).waitFor();
    await slideFitted(page, false);
    assert.equal(await page.locator('.slide figure.chart').count(), 0, 'no charts on a compare slide');
    assert.ok((await page.locator('.slide .compare table').count()) > 0, 'the periods with their claims');
    assert.match(
      (await page.locator('.presentation__filters').textContent()) ?? '',
      /Metric: Troops in Russia · Compare view, claims grouped by quarter/,
    );
    const g = await slideGeometry(page);
    assert.ok(g.scrollHeight <= g.innerHeight, 'the page does not scroll');
    assert.ok(
      (g.content?.bottom ?? Infinity) <= (g.body?.bottom ?? 0) + 0.5,
      'the compare view is scaled to fit the slide body',
    );
  });

  test("a saved slide's title and speaker note are edited on the Briefing page and presented as edited", async () => {
    const page = await newPage(browser, { path: '/briefing' });
    await page.evaluate((briefing) => localStorage.setItem('claimwatch.briefing', JSON.stringify(briefing)), {
      title: 'Edit deck',
      slides: [{ id: 'a', title: 'Draft title', note: 'Draft note', view: '/?metric=troops_in_russia' }],
    });
    await page.reload();
    await page.getByLabel('Slide 1 title').fill('Troops: the spread of figures');
    await page.getByLabel('Slide 1 speaker note').fill('Start with the NIS figure');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.locator('.presentation').waitFor();
    assert.equal(await slideHeading(page), 'Troops: the spread of figures');
    await page.keyboard.press('n');
    assert.equal(
      await page.getByRole('complementary', { name: 'Speaker note' }).textContent(),
      'Start with the NIS figure',
    );
  });

  test('a damaged deck link says so instead of going blank', async () => {
    const page = await newPage(browser, { path: '/present?deck=not-a-deck' });
    await page.getByText('This presentation link is damaged').waitFor();
  });
});
