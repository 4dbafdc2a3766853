import fc from 'fast-check';
import { vi } from 'vitest';
import type { Claim } from '../claim-schema';
import { compareClaims, insertionPoint } from '../select-claims';
import { ChunkedList } from '../chunked-list';
import { SOURCE_REGISTRY_SEED } from '../sources/source-registry-seed';
import { chainClaim } from '@/testing/make-claim';
import { readChainHead } from './chain-head';
import { keyedClaimsOfDay, readKeyedDays, rereadDays } from './keyed-days';

/*
 * keyedClaimsOfDay against a filter of every claim, over lists changed one claim at a time as a server's view is (a
 * claim inserted, replaced by an edit, taken out), with days read ahead and read again in between: a day kept from
 * one list must never answer for another whose claims of that day differ. SYNTHETIC claims, not real reporting.
 */
const REGISTRY = [...SOURCE_REGISTRY_SEED];
const HEADS = ['unnamed officials', 'NIS briefing', 'HUR report', 'Zelensky video', 'press conference', ''];
const DAYS = ['2024-10-01', '2024-10-02', '2024-10-04', '2024-10', null];
const WHOLE_DAYS = DAYS.filter((d): d is string => d !== null && d.length === 10);
const SPEAKERS = ['kr-nis', 'ua-hur', null];

const claimArb = fc
  .record({
    head: fc.constantFrom(...HEADS),
    reporter: fc.constantFrom('Yonhap', 'Reuters'),
    day: fc.constantFrom(...DAYS),
    speaker: fc.constantFrom(...SPEAKERS),
  })
  .map(({ head, reporter, day, speaker }) => ({ head, reporter, day, speaker }));

type Step =
  | {
      kind: 'insert';
      id: number;
      claim: { head: string; reporter: string; day: string | null; speaker: string | null };
    }
  | { kind: 'edit'; at: number; claim: { head: string; reporter: string; day: string | null; speaker: string | null } }
  | { kind: 'remove'; at: number }
  | { kind: 'reread'; day: string }
  | { kind: 'read every day' };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), id: fc.nat(99), claim: claimArb }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), claim: claimArb }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('reread' as const), day: fc.constantFrom(...WHOLE_DAYS) }),
  fc.constant({ kind: 'read every day' as const }),
);

const made = (id: string, c: { head: string; reporter: string; day: string | null; speaker: string | null }) =>
  chainClaim(id, c.head === '' ? [] : [c.head, c.reporter], c.day, c.speaker);

/** The keys a list's claims have, and one none has. */
const keysOf = (claims: readonly Claim[]) => [
  ...new Set(claims.flatMap((c) => readChainHead(c, REGISTRY)?.key ?? [])),
  'no such key',
];

const expected = (claims: readonly Claim[], day: string, key: string) =>
  claims.filter((c) => c.claimedOn === day && readChainHead(c, REGISTRY)?.key === key);

describe('keyedClaimsOfDay', () => {
  it('finds what a filter of every claim finds, as lists change and days are kept from one to the next', () => {
    fc.assert(
      fc.property(fc.array(claimArb, { maxLength: 25 }), fc.array(stepArb, { maxLength: 12 }), (start, steps) => {
        let claims = start.map((c, i) => made(`C${String(i).padStart(2, '0')}`, c)).sort(compareClaims);
        // The same claims in chunks of 4, changed as a server changes its view: an insert or a replacement copies the
        // chunk it falls in and keeps the others, which a kept day may be seen in.
        let chunked = ChunkedList.of(claims, 4);
        const check = () => {
          expect(chunked.toArray()).toEqual(claims);
          // The list in chunks first: a day the array's check read again would be kept for it.
          for (const list of [chunked, claims])
            for (const day of WHOLE_DAYS)
              for (const key of keysOf(claims))
                expect(keyedClaimsOfDay(list, day, key, REGISTRY)).toEqual(expected(claims, day, key));
        };
        check();
        for (const step of steps) {
          if (step.kind === 'insert') {
            const id = `N${step.id}`;
            if (!claims.some((c) => c.id === id)) {
              const claim = made(id, step.claim);
              chunked = chunked.withInserted(insertionPoint(claims, claim), claim);
              claims = [...claims, claim].sort(compareClaims);
            }
          } else if (step.kind === 'edit' && claims.length > 0) {
            const at = step.at % claims.length;
            const old = claims[at] as Claim;
            // An edit that keeps the day keeps the claim's place (its chunk copied); one that moves it sorts again.
            const edited = made(old.id, { ...step.claim, day: step.at % 2 === 0 ? old.claimedOn : step.claim.day });
            claims = claims.map((c) => (c === old ? edited : c)).sort(compareClaims);
            chunked = claims[at] === edited ? chunked.withReplaced([[at, edited]]) : ChunkedList.of(claims, 4);
          } else if (step.kind === 'remove' && claims.length > 0) {
            claims = claims.filter((_, i) => i !== step.at % claims.length);
            chunked = ChunkedList.of(claims, 4);
          } else if (step.kind === 'reread') {
            const changed = [{ claimedOn: step.day }, { claimedOn: null }, { claimedOn: '2024-10' }];
            rereadDays(step.day < '2024-10-03' ? claims : chunked, changed, REGISTRY);
          } else if (step.kind === 'read every day') {
            readKeyedDays(chunked, REGISTRY);
          }
          check();
        }
      }),
      { numRuns: 150 },
    );
  });

  it('answers a kept day without reading its claims again, while the list holds them', () => {
    const day = '2024-10-04';
    const registry = [...REGISTRY];
    let dates = 0;
    // Claims that count how often their date is read: each a claim read from the heap, the cost a kept day saves.
    const counted = (c: Claim) =>
      new Proxy(c, { get: (target, p) => ((dates += p === 'claimedOn' ? 1 : 0), Reflect.get(target, p)) });
    const claims = Array.from({ length: 64 }, (_, i) =>
      counted(
        made(`D${String(i).padStart(2, '0')}`, { head: 'NIS briefing', reporter: 'Yonhap', day, speaker: 'kr-nis' }),
      ),
    );
    const key = readChainHead(claims[0] as Claim, registry)?.key as string;
    expect(keyedClaimsOfDay(claims, day, key, registry)).toHaveLength(64);
    dates = 0;
    expect(keyedClaimsOfDay([...claims], day, key, registry)).toHaveLength(64);
    // The search for the day's first claim (7 claims compared, each date read twice) and none of the day's 64: read
    // again, each would be read.
    expect(dates).toBeGreaterThan(0);
    expect(dates).toBeLessThanOrEqual(16);
  });

  it('sees a kept day in a list in chunks by its chunks, reading none of its claims, when the list changed elsewhere', () => {
    const registry = [...REGISTRY];
    const claim = (id: string, day: string) =>
      made(id, { head: 'NIS briefing', reporter: 'Yonhap', day, speaker: 'kr-nis' });
    const claims = ['2024-10-01', '2024-10-02', '2024-10-04']
      .flatMap((day, d) => Array.from({ length: 20 }, (_, i) => claim(`${d}-${String(i).padStart(2, '0')}`, day)))
      .sort(compareClaims);
    // Chunks of 7: the last day's first chunk (places 35 to 41) holds claims of the day before it too.
    const list = ChunkedList.of(claims, 7);
    const key = readChainHead(claims[0] as Claim, registry)?.key as string;
    for (const day of ['2024-10-01', '2024-10-04']) expect(keyedClaimsOfDay(list, day, key, registry)).toHaveLength(20);
    const at = vi.spyOn(ChunkedList.prototype, 'at');
    const reads = (list: ChunkedList<Claim>, day: string, found: readonly Claim[]) => {
      at.mockClear();
      expect(keyedClaimsOfDay(list, day, key, registry)).toEqual(found);
      return at.mock.calls.length;
    };
    // A new claim on the first day: its chunk copied, those of the last day kept (each one place on in the list). The
    // search for the day's first place reads 6 claims of 61, and none of the day's 20 is read.
    const added = claim('0-new', '2024-10-01');
    const next = list.withInserted(insertionPoint(claims, added), added);
    expect(reads(next, '2024-10-04', claims.slice(40))).toBeGreaterThan(0);
    expect(reads(next, '2024-10-04', claims.slice(40))).toBeLessThanOrEqual(7);
    // On the day the claim joined, its chunk is another: the day's claims are read, to see whether they are the same.
    expect(reads(next, '2024-10-01', [added, ...claims.slice(0, 20)].sort(compareClaims))).toBeGreaterThan(21);
    // A claim of the day before the last edited: the last day's first chunk copied, its claims read and found the
    // same, and its chunks kept from then on.
    const edited = next.withReplaced([[37, { ...(next.at(37) as Claim) }]]);
    expect(reads(edited, '2024-10-04', claims.slice(40))).toBeGreaterThan(20);
    expect(reads(edited, '2024-10-04', claims.slice(40))).toBeLessThanOrEqual(7);
    at.mockRestore();
  });

  it('reads no head of a kept day while the list holds its claims, and reads again only the claims new to it', () => {
    const day = '2024-10-02';
    const claim = (id: string, head: string, speaker: string) => made(id, { head, reporter: 'Yonhap', day, speaker });
    const claims = [claim('A', 'NIS briefing', 'kr-nis'), claim('B', 'HUR report', 'ua-hur')];
    const key = readChainHead(claims[0] as Claim, REGISTRY)?.key as string;
    const registry = [...REGISTRY];
    const read: string[] = [];
    const headOf = (c: Claim) => (read.push(c.id), readChainHead(c, registry));
    expect(keyedClaimsOfDay(claims, day, key, registry, headOf).map((c) => c.id)).toEqual(['A']);
    expect(read).toEqual(['A', 'B']);
    // Another list holding the same claims: the day kept answers it.
    expect(keyedClaimsOfDay([...claims], day, key, registry, headOf).map((c) => c.id)).toEqual(['A']);
    expect(read).toEqual(['A', 'B']);
    // A claim new on that day, and one edited (another object): read; the one kept is not read again.
    const next = [claim('A', 'NIS briefing', 'kr-nis'), claim('AB', 'NIS briefing', 'kr-nis'), claims[1] as Claim];
    expect(keyedClaimsOfDay(next, day, key, registry, headOf).map((c) => c.id)).toEqual(['A', 'AB']);
    expect(read).toEqual(['A', 'B', 'A', 'AB']);
    // A claim of that day taken out, at its end: the day read again, finding none new.
    expect(keyedClaimsOfDay(next.slice(0, 2), day, key, registry, headOf).map((c) => c.id)).toEqual(['A', 'AB']);
    expect(read).toEqual(['A', 'B', 'A', 'AB']);
  });
});
