import fc from 'fast-check';
import { makeClaim } from '@/testing/make-claim';
import { metricInChart } from '@/testing/make-metric';
import { summarizeClaimsReference } from '@/testing/summarize-claims-reference';
import type { Claim } from './claim-schema';
import { summarizeColumns } from './summarize-claims';
import { claimColumns, rememberClaimsEdited, rememberedColumns } from './claim-columns';

/*
 * Medians of groups of many claims: few dates, states and kinds, so that each group holds dozens of values from each of
 * a chart's metrics, in every order. The broader property tests make groups of one or two values mostly, whose median
 * no order of them can change: a summary that kept a group's values out of order, or a chart's metrics' values apart,
 * passed them (checked with a summary reading each metric's claims in order of value, whose merge was left out).
 */

const METRICS = [
  metricInChart('in_russia', 'troops'),
  metricInChart('in_kursk', 'troops'),
  metricInChart('projected', 'troops'),
];

/** Figures with repeats, ranges (whose middle is drawn) and none. */
const figure = fc.oneof(
  fc.record({ value: fc.integer({ min: 0, max: 60 }), low: fc.constant(null), high: fc.constant(null) }),
  fc.record({ value: fc.constant(null), low: fc.integer({ min: 0, max: 30 }), high: fc.integer({ min: 30, max: 90 }) }),
  fc.record({ value: fc.constant(null), low: fc.constant(null), high: fc.constant(null) }),
);
const generated = fc.array(
  fc.record({
    metricId: fc.constantFrom('in_russia', 'in_kursk', 'projected', 'unlisted'),
    claimedOn: fc.constantFrom('2024-10-01', '2024-11-15', '2025'),
    figure,
    state: fc.constantFrom('unverified', 'corroborated'),
  }),
  { minLength: 1, maxLength: 400 },
);

type Generated = typeof generated extends fc.Arbitrary<(infer G)[]> ? G : never;

const toClaims = (list: Generated[]): Claim[] =>
  list.map((g, i) => {
    const base = makeClaim();
    return makeClaim({
      id: `C${String(i).padStart(4, '0')}`,
      metricId: g.metricId,
      kind: 'estimate',
      claimedOn: g.claimedOn,
      figure: { ...base.figure, ...g.figure },
      verification: { ...base.verification, state: g.state },
    });
  });

describe('a summary of groups of many values from several metrics (fast-check)', () => {
  it('gives the medians of the plain summary, for all the claims and for some', () => {
    fc.assert(
      fc.property(
        generated,
        fc.array(fc.boolean(), { minLength: 1 }),
        fc.constantFrom('auto', 'year'),
        (list, kept, period) => {
          const claims = toClaims(list);
          expect(summarizeColumns(claimColumns(claims), null, METRICS, { period })).toEqual(
            summarizeClaimsReference(claims, METRICS, { period }),
          );
          const positions = claims.map((_, i) => i).filter((i) => kept[i % kept.length]);
          expect(summarizeColumns(claimColumns(claims), positions, METRICS, { period })).toEqual(
            summarizeClaimsReference(
              positions.map((i) => claims[i] as Claim),
              METRICS,
              { period },
            ),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives them after edits of figures, as if the columns were read afresh', () => {
    fc.assert(
      fc.property(generated, fc.array(fc.tuple(fc.nat(), figure), { minLength: 1, maxLength: 8 }), (list, edits) => {
        const before = toClaims(list);
        summarizeColumns(rememberedColumns(before), null, METRICS);
        const after = [...before];
        const positions = edits.map(([pick]) => pick % before.length);
        edits.forEach(([, edited], k) => {
          const claim = after[positions[k] as number] as Claim;
          after[positions[k] as number] = { ...claim, figure: { ...claim.figure, ...edited } };
        });
        rememberClaimsEdited(before, after, positions);
        expect(summarizeColumns(rememberedColumns(after), null, METRICS)).toEqual(
          summarizeClaimsReference(after, METRICS, {}),
        );
      }),
      { numRuns: 300 },
    );
  });
});
