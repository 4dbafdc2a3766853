import { expect, test } from './fixtures/test';
import { clickEveryMark } from './support/annotations/click-every-mark';

/**
 * Nearest-mark hit testing (issue 10) and axe on the annotated charts, in each project's viewport
 * and in both themes. Failures list the claim ids at fault.
 */
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`chart marks, ${scheme} theme`, { tag: '@phone' }, () => {
    test.use({ colorScheme: scheme });

    test('clicking the centre of every mark opens that claim', async ({ dashboard, api }) => {
      test.setTimeout(240_000);
      const { claims } = await api.claims();
      const { clicked, misHits } = await clickEveryMark(dashboard);
      expect(clicked.length, 'the charts have marks to click').toBeGreaterThan(0);
      const dated = claims.filter((c) => c.claimedOn !== null).map((c) => c.id);
      expect(
        dated.filter((id) => !clicked.includes(id)),
        'every dated claim of the API has a g.claim-mark in a chart',
      ).toEqual([]);
      expect(misHits, `${misHits.length} of ${clicked.length} marks mis-hit`).toEqual([]);
    });

    for (const path of ['/', '/?labels=all&lines=source']) {
      test(`${path} has no serious or critical axe violations`, async ({ page, charts, seriousViolations }) => {
        test.setTimeout(180_000);
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
