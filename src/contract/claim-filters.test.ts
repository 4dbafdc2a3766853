import { ClaimFiltersSchema, DEFAULT_CLAIM_FILTERS } from './claim-filters';
import { activeFilterCount, claimFiltersToParams, parseClaimFilters } from './claim-filter-params';

describe('DEFAULT_CLAIM_FILTERS', () => {
  it('is what an empty query string and an empty object parse to: no filter at all', () => {
    expect(DEFAULT_CLAIM_FILTERS).toEqual(ClaimFiltersSchema.parse({}));
    expect(DEFAULT_CLAIM_FILTERS).toEqual(parseClaimFilters(new URLSearchParams('')).filters);
    expect(activeFilterCount(DEFAULT_CLAIM_FILTERS)).toBe(0);
    expect(claimFiltersToParams(DEFAULT_CLAIM_FILTERS).toString()).toBe('');
  });

  it('cannot be changed by one of the places that share it', () => {
    expect(Object.isFrozen(DEFAULT_CLAIM_FILTERS)).toBe(true);
  });
});
