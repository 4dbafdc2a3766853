import { readFileSync } from 'node:fs';
import type { Claim } from '@/contract/claim-schema';
import type { SourceEntity } from '@/contract/source-schema';
import { withOrigins } from '@/contract/origins/with-origins';
import { makeClaim } from '@/testing/make-claim';
import { caveatsFor } from './caveats';

const dataset = JSON.parse(readFileSync('data/default-dataset.json', 'utf8')) as {
  claims: Claim[];
  sources: SourceEntity[];
};

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

  it('counts origins, not only claims, and says how many are of unknown origin (synthetic claims)', () => {
    const claims = [
      makeClaim({ id: 'A1', originId: 'nis.2024-10-18.intelligence_briefing' }),
      makeClaim({ id: 'A2', originId: 'nis.2024-10-18.intelligence_briefing' }),
      makeClaim({ id: 'B1', originId: 'hur.2024-10-20.official_statement' }),
      makeClaim({ id: 'C1', originId: 'mnd.2024-10-21.official_statement' }),
      makeClaim({ id: 'U1', originId: null }),
    ];
    expect(caveatsFor(claims).origins).toBe('5 claims from 3 origins; 2 origins single-source; 1 of unknown origin');
    expect(caveatsFor([]).origins).toBe('');
  });

  it('counts the origins of the default data: seven pairs share an origin', () => {
    const { claims } = withOrigins(dataset.claims, dataset.sources);
    const c = caveatsFor(claims);
    expect(c.origins).toBe(
      `${claims.length} claims from ${claims.length - 7} origins; ${claims.length - 14} origins single-source`,
    );
  });
});
