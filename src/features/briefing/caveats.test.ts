import { makeClaim } from '@/testing/make-claim';
import { caveatsFor } from './caveats';

describe('caveatsFor', () => {
  it('names the sources, counts the states and warns about projections and weak sourcing in plain words', () => {
    const claims = [
      makeClaim({ id: 'A', kind: 'projection_warning' }),
      makeClaim({
        id: 'B',
        speaker: {
          name: null,
          role: null,
          organisation: 'Other agency',
          sourceId: null,
          country: null,
          type: 'government',
        },
      }),
    ];
    const c = caveatsFor(claims);
    expect(c.sources).toEqual(['Test Organisation', 'Other agency']);
    expect(c.states).toBe('Verification: 2 single source');
    expect(c.grades).toMatch(/Not graded/);
    expect(c.warnings).toEqual([
      '1 of these figures is a projection or warning: what someone said may happen, not a count.',
      '2 rest on a single source or are unverified.',
    ]);
  });
});
