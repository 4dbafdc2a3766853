import { expect, test } from './support/annotations/fixture';
import {
  LABEL_ALL_UP_TO,
  keyLabelProblems,
  leftoverLabels,
  overlappingLabels,
  unlabelledClaims,
} from './support/annotations/label-checks';
import { bandProblems, sourceLineProblems } from './support/annotations/band-line-checks';
import { round } from './support/annotations/geometry';

/**
 * Direct labels, the key and the no-figure band (issue 10), checked against the chart DOM contract
 * (.issue10-contract.md) with the default dataset, in each project's viewport and in both themes.
 * Failures list the claim ids at fault. The tests only read measured pages, shared per worker.
 */
// In order, in one worker: the tests share the pages they measure.
test.describe.configure({ mode: 'default' });

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`chart annotations, ${scheme} theme`, { tag: '@phone' }, () => {
    test.use({ colorScheme: scheme });

    test(`every plotted claim of a chart with at most ${LABEL_ALL_UP_TO} has a visible label inside the chart`, async ({
      snapshot,
    }) => {
      const { charts, theme } = await snapshot('/');
      expect(theme, `the page follows the ${scheme} system theme`).toBe(scheme);
      const { checked, problems } = unlabelledClaims(charts);
      expect(checked, `some chart has 1 to ${LABEL_ALL_UP_TO} plotted claims`).toBeGreaterThan(0);
      expect(problems, 'claims without a usable label').toEqual([]);
    });

    test('labels overlap neither each other nor any mark', async ({ snapshot }) => {
      const { labels, problems } = overlappingLabels((await snapshot('/')).charts);
      expect(labels, 'the charts show labels').toBeGreaterThan(0);
      expect(problems, 'overlapping labels').toEqual([]);
    });

    test("the no-figure band is at most 20% of its chart's height", async ({ snapshot }) => {
      const { charts, claims } = await snapshot('/');
      const { bands, problems } = bandProblems(charts, claims);
      expect(bands, 'the default dataset has statements without a figure, drawn in a band').toBeGreaterThan(0);
      expect(problems, 'no-figure bands').toEqual([]);
    });

    test("the first chart's plot begins on the first screen", async ({ snapshot, viewport }) => {
      const { firstPlotTop } = await snapshot('/');
      if (typeof firstPlotTop === 'string') throw new Error(firstPlotTop);
      expect(round(firstPlotTop), `the first chart's plot begins within the first screen`).toBeLessThan(
        viewport?.height ?? 0,
      );
    });

    test('?labels=none shows no labels and no label lists', async ({ snapshot }) => {
      const { charts } = await snapshot('/?labels=none');
      expect(
        charts.some((c) => c.marks.length > 0),
        'the charts have marks',
      ).toBe(true);
      expect(leftoverLabels(charts), 'labels left with labels=none').toEqual([]);
    });

    test('?labels=key labels at most the first, highest and latest claim of each source', async ({ snapshot }) => {
      const { charts, claims } = await snapshot('/?labels=key');
      const { labelled, problems } = keyLabelProblems(charts, claims);
      expect(labelled, 'labels=key shows some labels').toBeGreaterThan(0);
      expect(problems, 'key labels').toEqual([]);
    });

    test("?lines=source joins each source's own figures, one source per line", async ({ snapshot }) => {
      const { charts, claims } = await snapshot('/?lines=source');
      const { lines, problems } = sourceLineProblems(charts, claims);
      expect(lines, 'lines=source draws path.chart-source-line elements').toBeGreaterThan(0);
      expect(problems, 'source lines').toEqual([]);
    });
  });
}
