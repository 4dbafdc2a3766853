import { expect, test } from './fixtures/test';
import { deckPath, FULL_HD, slideFitted, slideGeometry, slideHeading, slideMeta } from './support/briefing';

// Slides fitted to a screen of their own (1920×1080, a touch phone): not @phone journeys, each runs once, in the desktop project.
test.describe('presentation mode fits the screen', () => {
  test.describe('at 1920×1080', () => {
    test.use({ viewport: FULL_HD });

    test('a one-chart slide is the whole screen, its chart at least 60% of its height, labelled, with nothing to scroll', async ({
      page,
    }) => {
      await page.goto(deckPath([{ title: 'Troops in Russia', view: '/?metric=troops_in_russia' }]));
      await slideFitted(page);
      await expect
        .poll(() => page.locator('.slide svg.recharts-surface').evaluate((svg) => svg.getBoundingClientRect().height))
        .toBeGreaterThanOrEqual(0.6 * FULL_HD.height);
      const g = await slideGeometry(page);
      expect([g.slide?.x, g.slide?.y, g.slide?.width, g.slide?.height], 'the 16:9 slide is exactly the screen').toEqual(
        [0, 0, 1920, 1080],
      );
      expect(g.scrollHeight, 'the page does not scroll down').toBeLessThanOrEqual(g.innerHeight);
      expect(g.scrollWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(g.innerWidth);
      expect(g.charts).toHaveLength(1);
      expect(g.charts[0]?.svgHeight ?? 0, 'the chart is at least 60% of the screen high').toBeGreaterThanOrEqual(
        0.6 * g.innerHeight,
      );
      expect(
        g.charts[0]?.bottom ?? Infinity,
        'the chart ends inside the slide body, above the caveats',
      ).toBeLessThanOrEqual((g.body?.bottom ?? 0) + 0.5);
      expect(await page.locator('.slide text.chart-label').count(), 'labels are on in a presentation').toBeGreaterThan(
        0,
      );
      await expect(page.locator('.presentation__filters')).toHaveText(/^Filtered: Metric: Troops in Russia$/);
    });

    test('slides with two, four and nine charts fit the screen; nine are split into parts that Next steps through', async ({
      page,
    }) => {
      const slides = [
        { title: 'Two charts', view: '/?state=disputed_denied' },
        { title: 'Four charts', view: '/?state=unverified' },
        { title: 'All charts', view: '/' },
      ];
      await page.goto(deckPath(slides));
      for (const [i, expected] of [2, 4].entries()) {
        const title = slides[i]?.title ?? '';
        if (i > 0) await page.getByRole('button', { name: 'Next slide' }).click();
        await expect(slideHeading(page)).toHaveText(title);
        await slideFitted(page);
        await expect(
          page.locator('.slide figure.chart'),
          `${title}: every chart of the view is in the slide`,
        ).toHaveCount(expected);
        const g = await slideGeometry(page);
        expect(g.scrollHeight, `${title}: the page does not scroll`).toBeLessThanOrEqual(g.innerHeight);
        expect(g.charts.length).toBeGreaterThanOrEqual(1);
        for (const chart of g.charts) {
          expect(chart.bottom, `${title}: each chart on screen ends inside the slide body`).toBeLessThanOrEqual(
            (g.body?.bottom ?? 0) + 0.5,
          );
          expect(chart.right, `${title}: each chart on screen is inside the screen`).toBeLessThanOrEqual(
            g.innerWidth + 0.5,
          );
          expect(chart.svgHeight).toBeGreaterThan(0);
        }
      }
      // Four charts may be split in two when a 2×2 grid leaves them too small: open the nine directly.
      await page.goto(deckPath(slides, 3));
      await expect(slideMeta(page)).toHaveText(/part 1 of \d+/);
      await slideFitted(page);
      const first = await slideGeometry(page);
      expect(first.scrollHeight, 'a split slide does not scroll').toBeLessThanOrEqual(first.innerHeight);
      expect(first.charts.length, 'at least one chart on a screen').toBeGreaterThanOrEqual(1);
      expect(first.charts.length, 'at most four charts on a screen').toBeLessThanOrEqual(4);
      await expect(slideMeta(page)).toHaveText(/Fit deck · slide 3 of 3, part 1 of \d+ · as of/);
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/[?&]part=2\b/);
      expect(page.url()).toMatch(/[?&]slide=3\b/);
      await expect(slideMeta(page)).toHaveText(/part 2 of \d+/);
    });

    test('a compare view saved as a slide is presented as the compare view, fitted to the slide', async ({ page }) => {
      await page.goto(deckPath([{ title: 'Who says what', view: '/compare?metric=troops_in_russia&window=quarter' }]));
      await expect(page.getByRole('heading', { name: 'Compare claims: Troops in Russia' })).toBeVisible();
      await slideFitted(page, false);
      await expect(page.locator('.slide figure.chart'), 'no charts on a compare slide').toHaveCount(0);
      expect(await page.locator('.slide .compare table').count(), 'the periods with their claims').toBeGreaterThan(0);
      await expect(page.locator('.presentation__filters')).toHaveText(
        /Metric: Troops in Russia · Compare view, claims grouped by quarter/,
      );
      const g = await slideGeometry(page);
      expect(g.scrollHeight, 'the page does not scroll').toBeLessThanOrEqual(g.innerHeight);
      expect(g.content?.bottom ?? Infinity, 'the compare view is scaled to fit the slide body').toBeLessThanOrEqual(
        (g.body?.bottom ?? 0) + 0.5,
      );
    });
    test('a slide still loading is not settled: a compare slide on a slow API fits once its groups are there', async ({
      page,
    }) => {
      const view = '/compare?metric=troops_in_russia&window=quarter';
      await page.goto(`${deckPath([{ title: 'Who says what', view }])}&scenario=slow`);
      const body = page.locator('.presentation__body');
      await expect(page.locator('.slide .status--loading'), 'the slide says it is loading').toBeVisible();
      await expect(body).toHaveAttribute('data-fit', 'fitting');
      await expect(body).toHaveAttribute('data-fit', 'settled', { timeout: 20_000 });
      await expect(page.locator('.slide .status--loading')).toHaveCount(0);
      expect(await page.locator('.slide .compare table').count(), 'the periods with their claims').toBeGreaterThan(0);
    });
  });

  test.describe('on a touch phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('the on-screen Next button reaches slide 2, and Previous comes back', async ({ page, charts }) => {
      await page.goto(
        deckPath([
          { title: 'Troops in Russia', view: '/?metric=troops_in_russia' },
          { title: 'Munitions: containers', view: '/?metric=containers_shipped' },
        ]),
      );
      await charts.drawn();
      await expect(
        page.getByRole('button', { name: 'Previous slide' }),
        'Previous is disabled on the first slide',
      ).toBeDisabled();
      const next = page.getByRole('button', { name: 'Next slide' });
      const size = await next.boundingBox();
      expect(size?.width ?? 0, 'a button wide enough for a thumb').toBeGreaterThanOrEqual(44);
      expect(size?.height ?? 0, 'a button tall enough for a thumb').toBeGreaterThanOrEqual(44);
      await next.tap();
      await expect(page).toHaveURL(/[?&]slide=2\b/);
      await expect(slideHeading(page)).toHaveText('Munitions: containers');
      await expect(slideMeta(page)).toHaveText(/Fit deck · slide 2 of 2 · as of/);
      await expect(next, 'Next is disabled on the last slide').toBeDisabled();
      const g = await slideGeometry(page);
      expect(g.scrollHeight, 'the slide does not scroll down on a phone').toBeLessThanOrEqual(g.innerHeight);
      expect(g.scrollWidth, 'the slide does not scroll sideways on a phone').toBeLessThanOrEqual(g.innerWidth);
      await page.getByRole('button', { name: 'Previous slide' }).tap();
      await expect(page).toHaveURL(/[?&]slide=1\b/);
    });
  });
});
