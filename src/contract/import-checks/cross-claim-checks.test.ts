import fc from 'fast-check';
import type { Claim } from '../claim-schema';
import { CLAIM_KINDS } from '../vocabulary';
import { crossClaimWarnings, crossClaimWarningsForAll } from './cross-claim-checks';
import { makeClaim } from '@/testing/make-claim';

type Figure = Partial<Claim['figure']>;
const claim = (id: string, claimedOn: string | null, figure: Figure, overrides: Partial<Claim> = {}) =>
  makeClaim({ id, claimedOn, ...overrides, figure: { ...makeClaim().figure, ...figure } });
const cumulative = (id: string, claimedOn: string | null, value: number | null, figure: Figure = {}) =>
  claim(id, claimedOn, { value, ...figure }, { kind: 'cumulative_total', metricId: 'shells_shipped' });
const codes = (subject: Claim, others: Claim[]) => crossClaimWarnings(subject, others).map((i) => i.code);

describe('cumulative_below_earlier', () => {
  it('warns when a cumulative total falls below an earlier one, naming it', () => {
    const [warning] = crossClaimWarnings(cumulative('C2', '2024-10', 1000), [
      cumulative('C1', '2024-09-30', 2000),
      cumulative('C0', '2024-01', 1500),
    ]);
    expect(warning).toEqual({
      field: 'figure.value',
      code: 'cumulative_below_earlier',
      message: expect.stringContaining('claim C1 (2,000, 2024-09-30)'),
    });
  });

  it.each([
    ['a later total', cumulative('C1', '2024-11-01', 2000)],
    ['an overlapping month', cumulative('C1', '2024-10', 2000)],
    ['an overlapping year', cumulative('C1', '2024', 2000)],
    ['an undated total', cumulative('C1', null, 2000)],
    ['a lower earlier total', cumulative('C1', '2024-01-01', 900)],
    ['an equal earlier total', cumulative('C1', '2024-01-01', 1000)],
    [
      'another metric',
      claim('C1', '2024-01-01', { value: 2000 }, { kind: 'cumulative_total', metricId: 'containers_shipped' }),
    ],
    ['another kind', claim('C1', '2024-01-01', { value: 2000 }, { kind: 'estimate', metricId: 'shells_shipped' })],
    ['the same id', cumulative('C2', '2024-01-01', 2000)],
  ])('is quiet against %s', (_, other) => {
    expect(codes(cumulative('C2', '2024-10-18', 1000), [other])).not.toContain('cumulative_below_earlier');
  });

  it('uses the low end of a range when there is no value', () => {
    const ranged = (id: string, date: string, low: number, high: number) => cumulative(id, date, null, { low, high });
    expect(codes(ranged('C2', '2024-10-18', 900, 3000), [ranged('C1', '2024-01-01', 1000, 1100)])).toContain(
      'cumulative_below_earlier',
    );
    expect(codes(ranged('C2', '2024-10-18', 1000, 3000), [ranged('C1', '2024-01-01', 900, 5000)])).not.toContain(
      'cumulative_below_earlier',
    );
  });
});

describe('rate_as_cumulative', () => {
  it.each([
    ['qualifier', { qualifier: 'a thousand (in the last week alone)' }],
    ['unit', { unit: 'shells a month' }],
    ['unit', { unit: 'containers per week' }],
    ['figure text', { text: 'about 300 daily' }],
    ['unit', { unit: 'rounds / day' }],
    ['qualifier', { qualifier: 'in the past two months' }],
    ['unit', { unit: 'Shells Annually' }],
  ] as const)('warns when the %s reads as a rate: %j', (where, figure) => {
    const [warning] = crossClaimWarnings(cumulative('C1', '2024-10-18', 1000, figure), []);
    expect(warning).toEqual({
      field: 'kind',
      code: 'rate_as_cumulative',
      message: expect.stringContaining(`its ${where} "`),
    });
  });

  it.each([{ unit: 'shells' }, { qualifier: 'more than', unit: 'containers' }, { text: 'a year ago, 1,000' }])(
    'is quiet for %j',
    (figure) => {
      expect(codes(cumulative('C1', null, 1, figure), [])).toEqual([]);
    },
  );

  it('is quiet for a rate of another kind', () => {
    expect(codes(claim('C1', null, { unit: 'shells a month' }, { kind: 'estimate' }), [])).toEqual([]);
  });
});

describe('jump_over_earlier', () => {
  const earlier = claim('C1', '2024-10-01', { value: 1000 });
  it('warns above ten times the largest earlier figure, naming it', () => {
    const [warning] = crossClaimWarnings(claim('C2', '2024-11-01', { value: 10_001 }), [
      earlier,
      claim('C0', '2024-09', { value: 500 }),
    ]);
    expect(warning).toEqual({
      field: 'figure.value',
      code: 'jump_over_earlier',
      message: expect.stringContaining('claim C1 (1,000, 2024-10-01)'),
    });
  });

  it.each([
    ['exactly ten times', claim('C2', '2024-11-01', { value: 10_000 }), [earlier]],
    ['an overlapping earlier date', claim('C2', '2024-10', { value: 50_000 }), [earlier]],
    [
      'a larger earlier range end',
      claim('C2', '2024-11-01', { value: 50_000 }),
      [earlier, claim('C0', '2024-09-01', { value: null, low: 100, high: 6000 })],
    ],
    ['an earlier zero', claim('C2', '2024-11-01', { value: 50_000 }), [claim('C1', '2024-10-01', { value: 0 })]],
    [
      'no earlier number',
      claim('C2', '2024-11-01', { value: 50_000 }),
      [claim('C1', '2024-10-01', { value: null }, { kind: 'confirmation' })],
    ],
  ])('is quiet at %s', (_, subject, others) => {
    expect(codes(subject, others)).not.toContain('jump_over_earlier');
  });
});

describe('same_speaker_different_figure', () => {
  const said = (id: string, value: number, speaker: Partial<Claim['speaker']> = {}) =>
    claim(id, '2024-10-18', { value }, { speaker: { ...makeClaim().speaker, ...speaker } });

  it('warns when the same speaker gives another figure for the metric that day, naming it', () => {
    const [warning] = crossClaimWarnings(said('C1', 1000), [
      said('C2', 1500, { organisation: '  test   ORGANISATION ', name: 'test speaker' }),
    ]);
    expect(warning).toEqual({
      field: 'figure.value',
      code: 'same_speaker_different_figure',
      message: expect.stringContaining('claim C2 (1,500, 2024-10-18)'),
    });
  });

  it('matches on the source id when both have one, whatever the organisation wording', () => {
    expect(
      codes(said('C1', 1000, { sourceId: 'nis' }), [
        said('C2', 1500, { sourceId: 'nis', organisation: 'NIS, per Yonhap' }),
      ]),
    ).toEqual(['same_speaker_different_figure']);
    expect(codes(said('C1', 1000, { sourceId: 'nis' }), [said('C2', 1500, { sourceId: 'dia' })])).toEqual([]);
  });

  it.each([
    ['the same figure', said('C2', 1000)],
    ['another organisation', said('C2', 1500, { organisation: 'Other' })],
    ['another named person', said('C2', 1500, { name: 'Someone Else' })],
    ['another day', claim('C2', '2024-10-19', { value: 1500 })],
    ['another precision of the day', claim('C2', '2024-10', { value: 1500 })],
    ['another metric', claim('C2', '2024-10-18', { value: 1500 }, { metricId: 'troops_in_kursk' })],
    ['no number', claim('C2', '2024-10-18', { value: null }, { kind: 'confirmation' })],
  ])('is quiet for %s', (_, other) => {
    expect(codes(said('C1', 1000), [other])).toEqual([]);
  });

  it('still warns when one of the two has no name', () => {
    expect(codes(said('C1', 1000), [said('C2', 1500, { name: null })])).toEqual(['same_speaker_different_figure']);
  });
});

describe('crossClaimWarningsForAll', () => {
  it('gives every claim the warnings crossClaimWarnings gives it', () => {
    const claims = [
      cumulative('C1', '2024-01-01', 2000),
      cumulative('C2', '2024-03', 1000),
      claim('C3', '2024-04-01', { value: 50_000 }, { metricId: 'shells_shipped' }),
      cumulative('C4', null, 5),
    ];
    const all = crossClaimWarningsForAll(claims);
    expect([...all.keys()]).toEqual(['C1', 'C2', 'C3', 'C4']);
    for (const c of claims) expect(all.get(c.id)).toEqual(crossClaimWarnings(c, claims));
    expect(all.get('C2')?.map((i) => i.code)).toEqual(['cumulative_below_earlier']);
    expect(all.get('C3')?.map((i) => i.code)).toEqual(['jump_over_earlier']);
  });
});

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
