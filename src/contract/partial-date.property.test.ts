import fc from 'fast-check';
import { dateSpan, PartialDateSchema } from './partial-date';
import { hostileString, PROPERTY_RUNS } from '@/testing/arbitraries';

describe('partial dates under generated input (fast-check)', () => {
  it('accepts only real dates, each spanning a non-empty stretch of time', () => {
    const candidate = fc.oneof(
      hostileString,
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 1, max: 3 }),
        )
        .map(([y, m, d, parts]) =>
          [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')]
            .slice(0, parts)
            .join('-'),
        ),
    );
    fc.assert(
      fc.property(candidate, (text) => {
        const parsed = PartialDateSchema.safeParse(text);
        if (!parsed.success) return;
        const { start, end } = dateSpan(parsed.data);
        expect(Number.isFinite(start) && Number.isFinite(end) && start <= end).toBe(true);
        expect(new Date(start).toISOString().slice(0, parsed.data.length)).toBe(parsed.data);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
