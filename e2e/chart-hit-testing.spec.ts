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
  });
}
