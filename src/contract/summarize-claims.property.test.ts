import fc from 'fast-check';
import { makeClaim } from '@/testing/make-claim';
import { metricInChart } from '@/testing/make-metric';
import { summarizeClaimsReference } from '@/testing/summarize-claims-reference';
import type { Claim } from './claim-schema';
import { MAX_SAMPLES, SUMMARY_PERIODS } from './claim-summary';
import { summarizeClaims, summarizeColumns } from './summarize-claims';
import { compareClaims } from './select-claims';
import { claimColumns, rememberClaimsEdited, rememberedColumns } from './claim-columns';
import { CLAIM_KINDS, VERIFICATION_STATES } from './vocabulary';

const METRICS = [
  metricInChart('troops_in_russia', 'troops'),
  metricInChart('troops_in_kursk', 'troops'),
  metricInChart('losses', 'losses'),
];

const DAY = 86_400_000;
/** A date at day, month or year precision, or none; few distinct days, so that claims share dates and groups. */
const claimedOn = fc.oneof(
  fc.constant(null),
  fc
    .record({ day: fc.integer({ min: 0, max: 4 * 365 }), precision: fc.constantFrom(4, 7, 10, 10, 10) })
    .map(({ day, precision }) => new Date(Date.UTC(2022, 0, 1) + day * DAY).toISOString().slice(0, precision)),
  // The latest dates share their start: the less precise one is the later (comparePartialDates).
  fc.constantFrom('1900', '1999-12', '2024-02-29', '2100-12', '2100-12-01'),
);
const figure = fc.oneof(
  fc.record({ value: fc.integer({ min: 0, max: 20_000 }), low: fc.constant(null), high: fc.constant(null) }),
  fc.record({
    value: fc.constant(null),
    low: fc.integer({ min: 0, max: 9_000 }),
    high: fc.integer({ min: 9_000, max: 30_000 }),
  }),
  fc.record({
    value: fc.integer({ min: 0, max: 20_000 }),
    low: fc.integer({ min: 0, max: 100 }),
    high: fc.constant(null),
  }),
  fc.record({
    value: fc.constant(null),
    low: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    high: fc.constant(null),
  }),
);
/** SYNTHETIC claims: ids whose order needs a collation (case, accents, digits), shared dates, origins and speakers. */
const claims = fc.array(
  fc.record({
    idStem: fc.constantFrom('a', 'B', 'é', 'Z', 'ä', '10', '9', 'claim'),
    metricId: fc.constantFrom('troops_in_russia', 'troops_in_kursk', 'losses', 'not_a_listed_metric', 'unlisted_too'),
    claimedOn,
    figure,
    state: fc.constantFrom(...VERIFICATION_STATES),
    kind: fc.constantFrom(...CLAIM_KINDS),
    originId: fc.option(fc.constantFrom('o1', 'o2', 'o3', 'o4'), { nil: null }),
    organisation: fc.constantFrom('NIS', 'GUR', 'Pentagon', 'nis'),
  }),
  { maxLength: 600 },
);

type Generated = typeof claims extends fc.Arbitrary<(infer G)[]> ? G : never;

const toClaims = (generated: Generated[]) =>
  generated.map((g, i) => {
    const base = makeClaim();
    return makeClaim({
      id: `${g.idStem}${i % 7}-${i}`,
      metricId: g.metricId,
      kind: g.kind,
      claimedOn: g.claimedOn,
      figure: { ...base.figure, ...g.figure },
      originId: g.originId,
      speaker: { ...base.speaker, organisation: g.organisation },
      verification: { ...base.verification, state: g.state },
    });
  });

describe('summarizeClaims and the plain summary it replaced (fast-check)', () => {
  it('give the same answer for any claims, period and number of samples', () => {
    fc.assert(
      fc.property(
        claims,
        fc.constantFrom(...SUMMARY_PERIODS),
        fc.integer({ min: 0, max: MAX_SAMPLES + 5 }),
        (generated, period, samples) => {
          const list = toClaims(generated);
          expect(summarizeClaims(list, METRICS, { period, samples })).toEqual(
            summarizeClaimsReference(list, METRICS, { period, samples }),
          );
          // In the answer's order, as a server keeps them: the claims of a date in id order, read without their ids.
          const inOrder = [...list].sort(compareClaims);
          expect(claimColumns(inOrder).idsInOrderPerDate).toBe(true);
          expect(summarizeClaims(inOrder, METRICS, { period, samples })).toEqual(
            summarizeClaimsReference(inOrder, METRICS, { period, samples }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('summarise the claims at some positions of the columns as the plain summary does those claims alone', () => {
    fc.assert(
      fc.property(claims, fc.array(fc.boolean()), fc.constantFrom(...SUMMARY_PERIODS), (generated, kept, period) => {
        const list = toClaims(generated);
        const positions = list.map((_, i) => i).filter((i) => kept[i % Math.max(kept.length, 1)] ?? true);
        const answer = summarizeColumns(claimColumns(list), positions, METRICS, { period });
        // The next summary reuses the working arrays (scratch-arena.ts): the answer holds none of them.
        summarizeColumns(claimColumns([...list, ...list].reverse()), null, METRICS, { period });
        expect(answer).toEqual(
          summarizeClaimsReference(
            positions.map((i) => list[i] as Claim),
            METRICS,
            { period },
          ),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('keep the columns of a list whose states changed as if the new list were read afresh', () => {
    fc.assert(
      fc.property(
        claims,
        fc.array(fc.record({ at: fc.nat(), state: fc.constantFrom(...VERIFICATION_STATES) }), { maxLength: 5 }),
        (generated, changes) => {
          const before = toClaims(generated);
          // Summarised before: the columns grouped by metric for it are kept through the change too.
          summarizeColumns(rememberedColumns(before), null, METRICS);
          const after = [...before];
          const positions = changes.filter(() => before.length > 0).map(({ at }) => at % before.length);
          changes.forEach(({ state }, k) => {
            const position = positions[k];
            if (position === undefined) return;
            const claim = after[position] as Claim;
            after[position] = { ...claim, verification: { ...claim.verification, state } };
          });
          rememberClaimsEdited(before, after, positions);
          expect(rememberedColumns(after)).toEqual(claimColumns(after));
          const some = after.map((_, i) => i).filter((i) => i % 2 === 0);
          for (const subset of [null, some])
            expect(summarizeColumns(rememberedColumns(after), subset, METRICS)).toEqual(
              summarizeColumns(claimColumns(after), subset, METRICS),
            );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keep the columns of a list whose claims changed metric, kind, figure and state, summarising as if read afresh', () => {
    fc.assert(
      fc.property(
        claims.filter((list) => list.length > 0),
        claims.filter((list) => list.length > 0),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.array(fc.boolean()),
        fc.constantFrom(...SUMMARY_PERIODS),
        fc.boolean(),
        (generated, replacements, picks, kept, period, sameMetric) => {
          const before = toClaims(generated);
          summarizeColumns(rememberedColumns(before), null, METRICS, { period });
          const after = [...before];
          const fresh = toClaims(replacements);
          const positions = picks.map((p) => p % before.length);
          positions.forEach((position, k) => {
            const claim = after[position] as Claim;
            const other = fresh[k % fresh.length] as Claim;
            // What an edit may change without moving the claim: everything but its id, date, origin and speaker.
            after[position] = {
              ...claim,
              // Edits that keep every claim's metric keep the columns grouped by metric, changed in place.
              metricId: sameMetric ? claim.metricId : other.metricId,
              kind: other.kind,
              figure: other.figure,
              // The date its figure refers to, from another claim's date (or none).
              figureAsOf: other.claimedOn,
              verification: other.verification,
            };
          });
          rememberClaimsEdited(before, after, positions);
          expect([...rememberedColumns(after).reference]).toEqual([...claimColumns(after).reference]);
          const some = after.map((_, i) => i).filter((i) => kept[i % Math.max(kept.length, 1)] ?? true);
          for (const subset of [null, some])
            expect(summarizeColumns(rememberedColumns(after), subset, METRICS, { period })).toEqual(
              summarizeColumns(claimColumns(after), subset, METRICS, { period }),
            );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('chooses a coarser period for the same claims when finer periods would make too many groups', () => {
    // SYNTHETIC: one claim a day over three years, in every state and kind, is far too many groups by week.
    const list = Array.from({ length: 3 * 365 }, (_, i) =>
      makeClaim({
        id: `D${i}`,
        claimedOn: new Date(Date.UTC(2022, 0, 1) + i * DAY).toISOString().slice(0, 10),
        kind: CLAIM_KINDS[i % CLAIM_KINDS.length] ?? 'estimate',
        verification: {
          ...makeClaim().verification,
          state: VERIFICATION_STATES[i % VERIFICATION_STATES.length] ?? 'unverified',
        },
      }),
    );
    const [fast] = summarizeClaims(list, METRICS);
    expect(fast?.period).not.toBe('week');
    expect(summarizeClaims(list, METRICS)).toEqual(summarizeClaimsReference(list, METRICS));
  });
});
