import fc from 'fast-check';
import { readChainHead } from './chain-head';
import { groupOrigins } from './group-origins';
import { SOURCE_REGISTRY_SEED } from '../sources/source-registry-seed';

const REGISTRY = [...SOURCE_REGISTRY_SEED];
import { chainClaim } from '@/testing/make-claim';

/** Synthetic chains (not real reporting): heads built from registered names, event words and unnamed sources. */
const ORGS = ['NIS', 'HUR', 'MSMT', 'Kremlin', 'White House', 'ROK MND', 'KCNA', 'State Department'];
const EVENTS = [
  'briefing',
  'closed-door briefing',
  'press conference',
  'report',
  'interview',
  'video',
  'statement',
  '',
];
const SPEAKERS = ['kr-nis', 'ua-hur', 'ua-president-office', 'us-nsc', null];
const DAYS = ['2024-10-17', '2024-10-18', '2024-10-19', '2024-10-21', '2024-10', null];

const claimArb = (i: number) =>
  fc
    .record({
      org: fc.constantFrom(...ORGS, 'unnamed officials', 'Zelensky'),
      event: fc.constantFrom(...EVENTS),
      reporter: fc.constantFrom('Yonhap', 'Reuters', 'CNN'),
      day: fc.constantFrom(...DAYS),
      speaker: fc.constantFrom(...SPEAKERS),
    })
    .map(({ org, event, reporter, day, speaker }) =>
      chainClaim(`P${i}`, [`${org} ${event}`.trim(), reporter], day, speaker),
    );

const claimsArb = fc
  .integer({ min: 1, max: 30 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claimArb(i))));

describe('groupOrigins (property)', () => {
  it('never merges claims whose chains begin with different organisations', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const owners = new Map(claims.map((c) => [c.id, readChainHead(c, REGISTRY)?.ownerId ?? null]));
        for (const origin of groupOrigins(claims, REGISTRY).origins) {
          const mine = new Set(origin.claimIds.map((id) => owners.get(id)));
          expect(mine.size).toBe(1);
          expect(mine.has(null)).toBe(false);
          expect(origin.ownerId).toBe(owners.get(origin.claimIds[0] ?? ''));
        }
      }),
    );
  });

  it('gives the same origins whatever order the claims come in', () => {
    fc.assert(
      fc.property(
        claimsArb.chain((claims) =>
          fc.tuple(fc.constant(claims), fc.shuffledSubarray(claims, { minLength: claims.length })),
        ),
        ([claims, shuffled]) => {
          const a = groupOrigins(claims, REGISTRY);
          const b = groupOrigins(shuffled, REGISTRY);
          expect(b.origins).toEqual(a.origins);
          expect(new Map([...b.originOf].sort())).toEqual(new Map([...a.originOf].sort()));
        },
      ),
    );
  });

  it('never groups a claim that is not dated to the day with any other', () => {
    fc.assert(
      fc.property(claimsArb, (claims) => {
        const undated = new Set(claims.filter((c) => !/^\d{4}-\d{2}-\d{2}$/.test(c.claimedOn ?? '')).map((c) => c.id));
        for (const origin of groupOrigins(claims, REGISTRY).origins)
          if (origin.claimIds.some((id) => undated.has(id))) expect(origin.claimIds).toHaveLength(1);
      }),
    );
  });
});
