import { expect, test } from './fixtures/test';
import { clickEveryMark } from './support/annotations/click-every-mark';

/**
 * Nearest-mark hit testing (issue 10): the centre of every mark, clicked, opens that claim; in each
 * project's viewport and in both themes. A failure lists each mis-hit (chart, claim, where it clicked,
 * what opened).
 */
// No trace here: about 550 clicks and key presses a run, each with two DOM snapshots of the whole
// dashboard, made these tests a third slower; the mis-hit list says what went wrong.
test.use({ trace: 'off' });

test.describe('chart marks', { tag: '@phone' }, () => {
  // The page opens in the light theme (the projects' system theme), is clicked through, then follows the
  // system's turn to dark without loading again and is clicked through again: the themes change colours
  // only, and loading and drawing the page would be a third of each pass.
  test('clicking the centre of every mark opens that claim, in the light theme and then the dark', async ({
    dashboard,
    api,
  }) => {
    test.setTimeout(360_000);
    const { claims } = await api.claims();
    const dated = claims.filter((c) => c.claimedOn !== null).map((c) => c.id);
    for (const scheme of ['light', 'dark'] as const) {
      await dashboard.emulateMedia({ colorScheme: scheme });
      await expect(dashboard.locator('html'), `the page is in the ${scheme} theme`).toHaveAttribute(
        'data-theme',
        scheme,
      );
      await dashboard.evaluate(() => window.scrollTo(0, 0));
      const { clicked, misHits } = await clickEveryMark(dashboard);
      expect(clicked.length, `the charts have marks to click (${scheme})`).toBeGreaterThan(0);
      expect(
        dated.filter((id) => !clicked.includes(id)),
        `every dated claim of the API has a g.claim-mark in a chart (${scheme})`,
      ).toEqual([]);
      expect(misHits, `${scheme} theme: ${misHits.length} of ${clicked.length} marks mis-hit`).toEqual([]);
    }
  });
});
