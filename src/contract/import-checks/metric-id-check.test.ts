import fc from 'fast-check';
import { METRIC_CATALOGUE } from '../research/metric-catalogue';
import { checkMetricId, type KnownMetric } from './metric-id-check';
import { PROPERTY_RUNS } from '@/testing/arbitraries';

const KNOWN: readonly KnownMetric[] = [
  ...Object.entries(METRIC_CATALOGUE).map(([id, metric]) => ({ id, label: metric.label })),
  // Short synthetic ids (not real metrics), for the one-edit limit of ids up to 8 characters.
  { id: 'drones', label: 'Drones' },
  { id: 'tanks', label: 'Tanks' },
  { id: 'missiles', label: 'Missiles' },
];

const refusal = (id: string) => {
  const result = checkMetricId(id, KNOWN);
  return result.kind === 'refused' ? result.issue : null;
};

describe('checkMetricId', () => {
  it('accepts a known id', () => {
    expect(checkMetricId('troops_in_russia', KNOWN)).toEqual({ kind: 'known' });
  });

  it('refuses a near miss, naming the metric it is near', () => {
    expect(checkMetricId('Troops_In_Russia', KNOWN)).toEqual({
      kind: 'refused',
      issue: {
        field: 'metricId',
        code: 'unknown_metric',
        message: 'Unknown metric "Troops_In_Russia": did you mean "troops_in_russia" (Troops in Russia)?',
      },
    });
  });

  it.each([
    ['troops in russia', 'troops_in_russia'],
    ['troops-in-russia', 'troops_in_russia'],
    ['troopsinrussia', 'troops_in_russia'],
    ['troops_in_rusia', 'troops_in_russia'],
    ['troops_in_rusisa', 'troops_in_russia'],
    ['trops_in_rusia', 'troops_in_russia'],
    ['shells_shiped', 'shells_shipped'],
    ['drone', 'drones'],
    ['drnoes', 'drones'],
    ['tank', 'tanks'],
    ['Missiles', 'missiles'],
  ])('%j is refused as a near miss of %j', (id, nearest) => {
    const found = refusal(id);
    expect(found?.code).toBe('unknown_metric');
    expect(found?.message).toContain(`did you mean "${nearest}"`);
  });

  it('lists up to three suggestions, nearest first', () => {
    const known = [
      { id: 'shells_shipped_b', label: 'B' },
      { id: 'shells_shipped_ab', label: 'AB' },
      { id: 'shells_shipped_a', label: 'A' },
      { id: 'shells_shipped_c', label: 'C' },
      { id: 'shells_shipped', label: 'Exact but for case' },
    ];
    const result = checkMetricId('Shells_Shipped_', known, 'metrics[2].id');
    expect(result).toEqual({
      kind: 'refused',
      issue: {
        field: 'metrics[2].id',
        code: 'unknown_metric',
        message:
          'Unknown metric "Shells_Shipped_": did you mean "shells_shipped" (Exact but for case), "shells_shipped_b" (B) or "shells_shipped_a" (A)?',
      },
    });
  });

  it.each([
    ['drones_', 'drones'],
    ['drxnxs', null],
    ['tnk', null],
    ['troops_in_kurskxyz', null],
  ])('keeps to the distance limits: %j', (id, nearest) => {
    const found = refusal(id);
    expect(found?.code === 'unknown_metric' ? found.message : null).toEqual(
      nearest === null ? null : expect.stringContaining(`"${nearest}"`),
    );
  });

  it.each([
    ['Drones Supplied!', 'drones_supplied'],
    ['ракеты', null],
    ['', null],
    ['a'.repeat(65), 'a'.repeat(64)],
  ])('refuses %j as not an id', (id, example) => {
    const found = refusal(id);
    expect(found?.code).toBe('bad_metric_id');
    expect(found?.message).toContain('use 1 to 64 lowercase letters a-z, digits 0-9 and underscores');
    if (example) expect(found?.message).toContain(`e.g. "${example}"`);
  });

  it('accepts a genuinely new id with a warning', () => {
    expect(checkMetricId('drones_supplied', KNOWN)).toEqual({
      kind: 'new',
      warning: {
        field: 'metricId',
        code: 'new_metric',
        message:
          'New metric "drones_supplied": it gets its own chart. Check the id is not a misspelling of an existing metric; ' +
          'give its label and unit in a "metrics" block of the upload.',
      },
    });
  });
});

const CHARS = ['a', 'z', 'e', 's', '0', '9', '_', '-', ' ', 'X', 'ы', '한', '😀'];
const underscores = (id: string) => [...id.matchAll(/_/g)].map((m) => m.index);
const edit = (id: string) =>
  fc.oneof(
    fc
      .tuple(fc.nat({ max: id.length }), fc.constantFrom(...CHARS))
      .map(([at, c]) => id.slice(0, at) + c + id.slice(at)),
    fc.nat({ max: id.length - 1 }).map((at) => id.slice(0, at) + id.slice(at + 1)),
    fc
      .tuple(fc.nat({ max: id.length - 1 }), fc.constantFrom(...CHARS))
      .map(([at, c]) => id.slice(0, at) + c + id.slice(at + 1)),
    fc
      .nat({ max: Math.max(0, id.length - 2) })
      .map((at) => id.slice(0, at) + id.charAt(at + 1) + id.charAt(at) + id.slice(at + 2)),
    fc.nat({ max: id.length - 1 }).map((at) => id.slice(0, at) + id.charAt(at).toUpperCase() + id.slice(at + 1)),
    fc.constantFrom(...underscores(id), -1).map((at) => (at < 0 ? id : id.slice(0, at) + ' ' + id.slice(at + 1))),
  );

describe('metric ids under generated single edits (fast-check)', () => {
  it('refuses every one-edit miss of a known id, suggesting it', () => {
    const mutation = fc.constantFrom(...KNOWN).chain((metric) => edit(metric.id).map((id) => [metric, id] as const));
    fc.assert(
      fc.property(mutation, ([metric, id]) => {
        fc.pre(!KNOWN.some((m) => m.id === id));
        const found = refusal(id);
        expect(found?.code).toBe('unknown_metric');
        expect(found?.message).toContain(`"${metric.id}" (${metric.label})`);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
