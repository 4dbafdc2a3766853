import { expect, test } from './fixtures/test';

/** axe on the annotated charts (issue 10), every chart drawn, in each project's viewport and in both themes. */
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe on the charts, ${scheme} theme`, { tag: '@phone' }, () => {
    test.use({ colorScheme: scheme });

    for (const path of ['/', '/?labels=all&lines=source']) {
      test(`${path} has no serious or critical axe violations`, async ({ page, charts, seriousViolations }) => {
        await page.goto(path);
        await charts.allDrawn();
        await expect(page.locator('html'), `the page follows the ${scheme} system theme`).toHaveAttribute(
          'data-theme',
          scheme,
        );
        expect(await seriousViolations(), `axe on ${path}`).toEqual([]);
      });
    }
  });
}
