import fc from 'fast-check';
import { CLAIM_KINDS } from '../vocabulary';
import { crossClaimWarnings, crossClaimWarningsForAll } from './cross-claim-checks';
import { claimBuilders } from './cross-claim-checks.test-helpers';
import { makeClaim } from '@/testing/make-claim';

const { claim } = claimBuilders(makeClaim);

const DATES = ['2024', '2024-03', '2024-10', '2024-10-01', '2024-10-18', '2024-11-02', '2025-01', '2025-04-28', null];
const METRICS = ['troops_in_russia', 'shells_shipped', 'containers_shipped'];
const ORGS = ['NIS', 'nis ', 'DIA', 'GUR'];
const randomClaim = (id: string) =>
  fc
    .record({
      metricId: fc.constantFrom(...METRICS),
      kind: fc.constantFrom(...CLAIM_KINDS),
      claimedOn: fc.constantFrom(...DATES),
      value: fc.option(fc.integer({ min: 0, max: 200_000 }), { freq: 4 }),
      unit: fc.constantFrom('personnel', 'shells', 'shells a month', 'containers'),
      organisation: fc.constantFrom(...ORGS),
      sourceId: fc.constantFrom(null, 'nis', 'dia'),
      name: fc.constantFrom(null, 'A', 'B'),
    })
    .map(({ value, unit, organisation, sourceId, name, ...rest }) =>
      makeClaim({
        id,
        ...rest,
        figure: { ...makeClaim().figure, value, unit },
        speaker: { ...makeClaim().speaker, organisation, sourceId, name },
      }),
    );
const claimSet = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => randomClaim(`R${i}`))));

/** One violation per class, planted in metrics of their own so that the background cannot mask them. */
const planted = fc
  .record({
    high: fc.integer({ min: 2, max: 100_000 }),
    drop: fc.integer({ min: 1, max: 99 }),
    base: fc.integer({ min: 1, max: 10_000 }),
    factor: fc.integer({ min: 11, max: 1000 }),
    rate: fc.constantFrom('a week', 'PER MONTH', 'monthly', 'each month', 'in the last week', 'daily', 'per year'),
    organisation: fc.constantFrom('NIS', 'Ministry of Defence'),
    casing: fc.boolean(),
  })
  .map(({ high, drop, base, factor, rate, organisation, casing }) => {
    const speaker = { ...makeClaim().speaker, organisation };
    return [
      claim('P1', '2024-05-01', { value: high }, { kind: 'cumulative_total', metricId: 'planted_cumulative' }),
      claim(
        'P2',
        '2024-06',
        { value: Math.max(1, Math.floor((high * drop) / 100)) },
        { kind: 'cumulative_total', metricId: 'planted_cumulative' },
      ),
      claim(
        'P3',
        null,
        { value: base, unit: `shells ${rate}` },
        { kind: 'cumulative_total', metricId: 'planted_rate' },
      ),
      claim('P4', '2024-01-15', { value: base }, { metricId: 'planted_jump' }),
      claim('P5', '2024-02-16', { value: base * factor + 1 }, { metricId: 'planted_jump' }),
      claim('P6', '2024-10-18', { value: base }, { metricId: 'planted_speaker', speaker }),
      claim(
        'P7',
        '2024-10-18',
        { value: base + 1 },
        {
          metricId: 'planted_speaker',
          speaker: { ...speaker, organisation: casing ? ` ${organisation.toUpperCase()}  ` : organisation },
        },
      ),
    ];
  });

describe('cross-claim checks under generated claim sets (fast-check)', () => {
  it('finds each planted violation, and the set-wide pass agrees with the per-claim one', () => {
    fc.assert(
      fc.property(claimSet, planted, (background, plants) => {
        const claims = [...background, ...plants];
        const all = crossClaimWarningsForAll(claims);
        for (const c of claims) expect(all.get(c.id)).toEqual(crossClaimWarnings(c, claims));
        const codesOf = (id: string) => all.get(id)?.map((i) => i.code);
        expect(codesOf('P1')).toEqual([]);
        expect(codesOf('P2')).toEqual(['cumulative_below_earlier']);
        expect(all.get('P2')?.[0]?.message).toContain('claim P1 (');
        expect(codesOf('P3')).toEqual(['rate_as_cumulative']);
        expect(codesOf('P4')).toEqual([]);
        expect(codesOf('P5')).toEqual(['jump_over_earlier']);
        expect(all.get('P5')?.[0]?.message).toContain('claim P4 (');
        expect(codesOf('P6')).toEqual(['same_speaker_different_figure']);
        expect(codesOf('P7')).toEqual(['same_speaker_different_figure']);
      }),
      { numRuns: 1000 },
    );
  });
});
