import type { Claim } from '../claim-schema';
import { crossClaimWarnings, crossClaimWarningsForAll } from './cross-claim-checks';
import { claimBuilders } from './cross-claim-checks.test-helpers';
import { makeClaim } from '@/testing/make-claim';

const { claim, cumulative } = claimBuilders(makeClaim);
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
