import { expect, test } from './fixtures/test';

/**
 * axe on the annotated charts (issue 10), every chart drawn, in each project's viewport and in both themes: the page
 * opens in the light system theme and is checked, then follows the system's turn to dark and is checked again.
 * (a11y.spec.ts opens the dashboard in a dark system theme itself.)
 */
test.describe('axe on the charts', { tag: '@phone' }, () => {
  for (const path of ['/', '/?labels=all&lines=source']) {
    test(`${path} has no serious or critical axe violations, in the light and the dark theme`, async ({
      page,
      charts,
      seriousViolations,
    }) => {
      await page.goto(path);
      await charts.allDrawn();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect(page.locator('html'), `the page follows the ${scheme} system theme`).toHaveAttribute(
          'data-theme',
          scheme,
        );
        expect(await seriousViolations(), `axe on ${path} in the ${scheme} theme`).toEqual([]);
      }
    });
  }
});
