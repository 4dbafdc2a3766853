import fc from 'fast-check';
import { claimFiltersToParams, parseClaimFilters } from './claim-filter-params';
import { hostileString, PROPERTY_RUNS } from '@/testing/arbitraries';

const KEYS = [
  'metric',
  'source',
  'type',
  'country',
  'state',
  'kind',
  'grade',
  'from',
  'to',
  'asof',
  'q',
  'archive',
  'window',
  'sort',
  'scenario',
];

describe('parseClaimFilters under generated query strings (fast-check)', () => {
  it('never throws; every valid filter survives a round trip through the URL unchanged', () => {
    const query = fc.oneof(
      hostileString,
      fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), hostileString), hostileString), { maxLength: 6 })
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(query, (text) => {
        const { filters, problems } = parseClaimFilters(new URLSearchParams(text));
        for (const p of problems) expect(p.reason.length).toBeGreaterThan(0);
        const again = parseClaimFilters(claimFiltersToParams(filters));
        expect(again.problems).toEqual([]);
        expect(again.filters).toEqual(filters);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
