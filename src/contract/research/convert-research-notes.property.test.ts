// @vitest-environment node
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { convertResearchNotes } from './convert-research-notes';
import { ClaimSchema } from '../claim-schema';
import { hostileJson, mutated, PROPERTY_RUNS } from '@/testing/arbitraries';

const notes = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8')) as unknown[];

describe('research-note conversion under generated notes (fast-check)', () => {
  it('converts or rejects each note with a reason, and every claim it makes is valid', () => {
    const input = fc.oneof(
      hostileJson,
      fc.array(
        fc.oneof(mutated(notes[0]), mutated(notes[10]), mutated(notes[40]), fc.constantFrom(...notes), hostileJson),
        { maxLength: 4 },
      ),
    );
    fc.assert(
      fc.property(input, (value) => {
        const { claims, rejected } = convertResearchNotes(value);
        for (const claim of claims) expect(ClaimSchema.safeParse(claim).success).toBe(true);
        for (const r of rejected) expect(r.issues.length).toBeGreaterThan(0);
        if (Array.isArray(value)) expect(claims.length + rejected.length).toBeLessThanOrEqual(value.length);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, 120_000);
});
