import fc from 'fast-check';
import { makeClaim } from '@/testing/make-claim';
import type { Claim } from './claim-schema';
import { ClaimFiltersSchema, type ClaimFilters } from './claim-filters';
import { claimColumns } from './claim-columns';
import { claimMatchesFilters } from './claim-matches-filters';
import { positionsMatching } from './column-filters';
import { textSearchTuning } from './kept-by-text';
import {
  rememberSearchTextsIn,
  rememberTextInserted,
  rememberTextsEdited,
  rememberTextsReordered,
} from './search-texts';
import { CLAIM_KINDS, SPEAKER_TYPES, VERIFICATION_STATES } from './vocabulary';

/*
 * The filters answered from the columns against the reference semantics (claimMatchesFilters), over generated claims
 * and filters. SYNTHETIC claims: made for this test, not real reporting.
 */

const METRICS = ['troops_in_russia', 'containers_shipped', 'shells_shipped'];
const DATES = ['2024-10-18', '2024-10-31', '2024-11', '2024', '2025-01-01', '2023-12-31', '1900', '2100-12-31', null];
const FILTER_DAYS = ['2024-10-18', '2024-10-19', '2024-11-30', '2024-12-31', '2023-01-01', '2100-12-31'];
/** Notes in other cases, accents and widths, which search folds, and queries of one or more words. */
const NOTES = [
  null,
  'Troops seen in Kursk oblast',
  'KÜRSK',
  'Zelenskyy said so',
  'ｚｅｌｅｎｓｋｙ',
  'déjà vu',
  '12,000 troops – 2024-10-18',
  'Звезда: 7 тысяч',
  // A control character a stored record may hold: the texts' chunks use it as their separator.
  'so\u0000ur 12',
];
const QUERIES = [
  'kursk',
  'KURSK',
  'kü',
  'zelensky said',
  'y s',
  'said  so',
  'ürs',
  'ZELENSKY',
  'deja',
  'zzz',
  'oblast kursk',
  // One or two characters: a digit or letter has a bit of its own in a text's signature, anything else shares one.
  'k',
  'Y',
  'ü',
  'é',
  'z 9',
  'ｚ',
  '-',
  'ä',
  'ja',
  'y s k',
  '7',
  'з',
  '0',
  '–',
  // Two digits or letters: answered by the texts' pair indexes, alone or beside other words.
  'ur',
  '12',
  '00',
  'K1',
  'so ur',
  'ur 18',
  'vu 000',
];

const claim = fc
  .record({
    metricId: fc.constantFrom(...METRICS),
    kind: fc.constantFrom(...CLAIM_KINDS),
    state: fc.constantFrom(...VERIFICATION_STATES),
    type: fc.constantFrom(...SPEAKER_TYPES),
    country: fc.option(fc.constantFrom('KR', 'UA', 'US'), { nil: null }),
    claimedOn: fc.constantFrom(...DATES),
    notes: fc.constantFrom(...NOTES),
  })
  .map((r): Claim =>
    makeClaim({
      notes: r.notes,
      metricId: r.metricId,
      kind: r.kind,
      claimedOn: r.claimedOn,
      speaker: { ...makeClaim().speaker, type: r.type, country: r.country },
      verification: { ...makeClaim().verification, state: r.state },
    }),
  );

const columnFilters: fc.Arbitrary<ClaimFilters> = fc
  .record(
    {
      metric: fc.constantFrom(...METRICS, 'not_a_metric'),
      type: fc.subarray([...SPEAKER_TYPES]),
      country: fc.subarray(['KR', 'UA', 'US', 'none', 'FR']),
      state: fc.subarray([...VERIFICATION_STATES]),
      kind: fc.subarray([...CLAIM_KINDS]),
      from: fc.constantFrom(...FILTER_DAYS),
      to: fc.constantFrom(...FILTER_DAYS),
      q: fc.constantFrom(...QUERIES),
    },
    { requiredKeys: [] },
  )
  .map((raw) => ClaimFiltersSchema.parse(raw));

const reference = (claims: Claim[], filters: ClaimFilters) =>
  claims.flatMap((c, i) => (claimMatchesFilters(c, filters) ? [i] : []));
const positionsOf = (positions: Int32Array | null) => (positions ? Array.from(positions) : null);

/**
 * What `scan` answers when the texts left are searched by a sample first, as a list of many claims is: these lists are
 * short enough that their texts are otherwise read without one.
 */
function sampledFirst<T>(scan: () => T): T {
  const readWithoutSample = textSearchTuning.readWithoutSample;
  textSearchTuning.readWithoutSample = 0;
  try {
    return scan();
  } finally {
    textSearchTuning.readWithoutSample = readWithoutSample;
  }
}

describe('filters answered from the columns (fast-check)', () => {
  it('answer each scan its own positions: a later scan leaves an earlier answer as it was', () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 100 }), columnFilters, columnFilters, (claims, first, second) => {
        const columns = claimColumns(claims);
        const answer = positionsMatching(columns, first);
        positionsMatching(columns, second);
        // Every claim kept: a later scan that wrote where the answer lies would show.
        positionsMatching(columns, ClaimFiltersSchema.parse({}));
        positionsMatching(claimColumns([...claims, ...claims]), second);
        expect(positionsOf(answer)).toEqual(reference(claims, first));
      }),
    );
  });

  it('keep exactly the claims claimMatchesFilters keeps', () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 200 }), columnFilters, (claims, filters) => {
        const expected = reference(claims, filters);
        expect(positionsOf(positionsMatching(claimColumns(claims), filters))).toEqual(expected);
        expect(sampledFirst(() => positionsOf(positionsMatching(claimColumns(claims), filters)))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('search the texts of a list whose claims were edited as that list reads', () => {
    fc.assert(
      fc.property(
        fc.array(claim, { minLength: 1, maxLength: 100 }),
        fc.constantFrom(...NOTES),
        fc.constantFrom(...QUERIES),
        fc.nat(),
        (claims, note, q, at) => {
          const filters = ClaimFiltersSchema.parse({ q });
          const before = claimColumns(claims);
          // The texts of the list before are made by a first search.
          positionsMatching(before, filters);
          const position = at % claims.length;
          const after = claims.map((c, i) => (i === position ? { ...c, notes: note } : c));
          rememberTextsEdited(claims, after, [position]);
          expect(positionsOf(positionsMatching(claimColumns(after), filters))).toEqual(reference(after, filters));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('search the texts of a list made again in another order, with a claim changed and one added, as it reads', () => {
    fc.assert(
      fc.property(
        fc.array(claim, { minLength: 1, maxLength: 100 }),
        fc.constantFrom(...NOTES),
        fc.constantFrom(...QUERIES),
        fc.nat(),
        (given, note, q, at) => {
          // Ids of their own, as a list's claims have.
          const claims = given.map((c, i) => ({ ...c, id: `C${i}` }));
          const filters = ClaimFiltersSchema.parse({ q });
          positionsMatching(claimColumns(claims), filters);
          const changed = claims[at % claims.length] as Claim;
          const after = [
            ...claims.map((c) => (c === changed ? { ...c, notes: note } : c)).reverse(),
            { ...changed, id: 'ADDED', notes: note },
          ];
          const positionIn = (id: string) => claims.findIndex((c) => c.id === id);
          rememberTextsReordered(
            claims,
            after,
            (id) => (positionIn(id) < 0 ? undefined : positionIn(id)),
            new Set([changed.id]),
          );
          expect(positionsOf(positionsMatching(claimColumns(after), filters))).toEqual(reference(after, filters));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('search the texts of a list with claims inserted, in chunks of a few texts that grow and split, as it reads', () => {
    fc.assert(
      fc.property(
        fc.array(claim, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOTES)), { minLength: 1, maxLength: 20 }),
        fc.constantFrom(...QUERIES),
        (given, size, inserts, q) => {
          let claims = given.map((c, i) => ({ ...c, id: `C${i}` }));
          rememberSearchTextsIn(claims, size);
          inserts.forEach(([at, note], k) => {
            const position = at % (claims.length + 1);
            const after = [
              ...claims.slice(0, position),
              { ...given[0]!, id: `N${k}`, notes: note },
              ...claims.slice(position),
            ];
            rememberTextInserted(claims, after, position);
            claims = after;
          });
          const filters = ClaimFiltersSchema.parse({ q });
          const expected = reference(claims, filters);
          expect(positionsOf(positionsMatching(claimColumns(claims), filters))).toEqual(expected);
          expect(sampledFirst(() => positionsOf(positionsMatching(claimColumns(claims), filters)))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('search words of three or more characters, whose pairs of digits or letters narrow the texts read, as the claims read', () => {
    // Notes of a few short words over an alphabet wide enough that most pairs are rare, with characters that pair with
    // nothing (-, é, a space): words in which they stand between the digits and letters are searched too.
    const alphabet = fc.constantFrom(...'ab0z9kq7-é'.split(''), 'x', 'y');
    const word = fc.string({ unit: alphabet, minLength: 1, maxLength: 6 });
    const notes = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(
        fc.array(notes, { minLength: 1, maxLength: 400 }),
        fc.oneof(fc.string({ unit: alphabet, minLength: 3, maxLength: 6 }), fc.nat()),
        (given, query) => {
          const claims = given.map((notesOf, i) => makeClaim({ id: `C${i}`, notes: notesOf }));
          // A query taken from a note when asked by number: found in some texts, not only missed by all.
          const q = typeof query === 'string' ? query : (given[query % given.length] as string).slice(0, 5);
          const filters = ClaimFiltersSchema.parse({ q });
          const expected = reference(claims, filters);
          expect(positionsOf(positionsMatching(claimColumns(claims), filters))).toEqual(expected);
          expect(sampledFirst(() => positionsOf(positionsMatching(claimColumns(claims), filters)))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answer nothing when a filter needs the claims themselves', () => {
    const needsClaims: Partial<ClaimFilters>[] = [
      { source: ['kr-nis'] },
      { grade: ['A'] },
      { warning: ['any'] },
      { origin: ['kr-nis.2024-10-18.statement'] },
      { independent: 'true' },
      { archive: 'none' },
      { asof: '2024-12-31' },
    ];
    const columns = claimColumns([makeClaim()]);
    for (const extra of needsClaims)
      expect(
        positionsMatching(columns, ClaimFiltersSchema.parse({ state: ['corroborated'], ...extra })),
        JSON.stringify(extra),
      ).toBeNull();
  });
});
