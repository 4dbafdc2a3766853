import fc from 'fast-check';
import { safeHttpUrl } from './safe-url';
import { hostileString, PROPERTY_RUNS } from '@/testing/arbitraries';

describe('safeHttpUrl under generated input (fast-check)', () => {
  it('returns null or an absolute http(s) address, never anything that could run', () => {
    const address = fc.oneof(
      hostileString,
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom(
            'javascript:',
            'JaVaScRiPt:',
            ' javascript:',
            'java\tscript:',
            'data:',
            'vbscript:',
            'http:',
            'https:',
            '//',
            '\\\\',
          ),
          hostileString,
        )
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(address, (text) => {
        const safe = safeHttpUrl(text);
        if (safe === null) return;
        expect(['http:', 'https:']).toContain(new URL(safe).protocol);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
