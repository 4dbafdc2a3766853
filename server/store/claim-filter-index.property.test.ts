// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeClaim } from '../../src/testing/make-claim';
import type { Claim } from '../../src/contract/claim-schema';
import { ClaimFiltersSchema, type ClaimFilters } from '../../src/contract/claim-filters';
import { selectClaims } from '../../src/contract/select-claims';
import { CLAIM_KINDS, SPEAKER_TYPES, VERIFICATION_STATES } from '../../src/contract/vocabulary';
import { startTestServer, type TestServer } from '../testing/test-server';
import type { SqlEngine } from './sql-driver';

/*
 * The database's filtering (claim_filter_index, filterWhere) against the reference semantics (selectClaims), over
 * generated claims and filters, on both engines. SYNTHETIC claims: made for this test, not real reporting.
 */

const METRICS = ['troops_in_russia', 'containers_shipped', 'shells_shipped'];
const ORGANISATIONS = ['National Intelligence Service (NIS)', 'Mínistry of Defence', 'HUR', 'ÉCOLE 50%_off', 'x'];
const WORDS = ['zelensky', 'Zelenskyy', 'ZELENSKÝ', 'nis', '50%', 'off_', 'Über', 'troops', 'a\\b', 'é', 'say"so"'];
const DATES = ['2024-10-18', '2024-10-31', '2024-11', '2024', '2025-01-01', '2023-12-31', null];
const FILTER_DAYS = ['2024-10-18', '2024-10-19', '2024-11-30', '2024-12-31', '2023-01-01'];
const ARCHIVES = [
  { url: 'https://archive.example/1', capturedOn: '2025-03-12', sha256: null },
  { url: 'https://archive.example/2', capturedOn: '2025-03-13', sha256: 'ab12'.repeat(16) },
];

const claimArbitrary = (id: string): fc.Arbitrary<Claim> =>
  fc
    .record({
      metricId: fc.constantFrom(...METRICS),
      kind: fc.constantFrom(...CLAIM_KINDS),
      state: fc.constantFrom(...VERIFICATION_STATES),
      organisation: fc.constantFrom(...ORGANISATIONS),
      sourceId: fc.option(fc.constantFrom('kr-nis', 'ua-hur'), { nil: null }),
      type: fc.constantFrom(...SPEAKER_TYPES),
      country: fc.option(fc.constantFrom('KR', 'UA', 'US'), { nil: null }),
      reliability: fc.option(fc.constantFrom('A', 'B', 'C', 'F'), { nil: null }),
      credibility: fc.option(fc.constantFrom(1, 2, 3, 6), { nil: null }),
      claimedOn: fc.constantFrom(...DATES),
      url: fc.option(fc.constant('https://example.org/synthetic'), { nil: null }),
      archives: fc.subarray(ARCHIVES, { maxLength: 2 }),
      notes: fc.option(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
        { nil: null },
      ),
    })
    .map(
      (r) =>
        makeClaim({
          id,
          metricId: r.metricId,
          kind: r.kind,
          claimedOn: r.claimedOn,
          notes: r.notes,
          source: { ...makeClaim().source, url: r.url, archives: r.archives },
          speaker: {
            ...makeClaim().speaker,
            organisation: r.organisation,
            sourceId: r.sourceId,
            type: r.type,
            country: r.country,
          },
          grade:
            r.reliability === null && r.credibility === null
              ? null
              : { reliability: r.reliability, credibility: r.credibility },
          verification: {
            ...makeClaim().verification,
            state: r.state,
            history: [{ date: '2024-10-18', from: null, to: r.state, rationale: 'Generated', by: null }],
          },
        }) as Claim,
    );

const filtersArbitrary: fc.Arbitrary<ClaimFilters> = fc
  .record(
    {
      metric: fc.constantFrom(...METRICS),
      source: fc.subarray([...ORGANISATIONS, 'kr-nis', 'ua-hur']),
      type: fc.subarray([...SPEAKER_TYPES]),
      country: fc.subarray(['KR', 'UA', 'US', 'none']),
      state: fc.subarray([...VERIFICATION_STATES]),
      kind: fc.subarray([...CLAIM_KINDS]),
      grade: fc.subarray(['A', 'B', 'C', 'F', '1', '2', '3', '6', 'ungraded']),
      q: fc
        .array(fc.constantFrom(...WORDS, 'ZELENSK', 'nis (', '%', '_'), { minLength: 1, maxLength: 2 })
        .map((w) => w.join(' ')),
      from: fc.constantFrom(...FILTER_DAYS),
      to: fc.constantFrom(...FILTER_DAYS),
      archive: fc.constant('none'),
    },
    { requiredKeys: [] },
  )
  .map((raw) => ClaimFiltersSchema.parse(raw));

const ENGINES: SqlEngine[] = ['sqlite', 'postgres'];

describe.each(ENGINES)('filtering in the database on %s', (engine) => {
  let server: TestServer;
  let stored: Claim[] = [];
  beforeAll(async () => {
    server = await startTestServer({ engine });
    const generated = fc.sample(fc.tuple(...Array.from({ length: 300 }, (_, i) => claimArbitrary(`G${i}`))), {
      numRuns: 1,
      seed: 20_241_018,
    })[0] as Claim[];
    await server.store.transaction(async (tx) => {
      for (const claim of generated) await tx.claims.save(claim, 'differential test');
    });
    stored = await server.store.claims.list();
  });
  afterAll(async () => {
    await server?.close();
    await server?.remove();
  });

  it('keeps exactly the claims selectClaims keeps, for any filters', async () => {
    await fc.assert(
      fc.asyncProperty(filtersArbitrary, async (filters) => {
        const ids = (await server.store.claims.matchingIds(filters))?.ids ?? null;
        expect(ids, JSON.stringify(filters)).not.toBeNull();
        const expected = selectClaims(stored, filters)
          .map((c) => c.id)
          .sort();
        expect([...(ids ?? [])].sort(), JSON.stringify(filters)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('stays exact after writes: a state change, edits and a new claim are indexed at once', async () => {
    const first = stored.find((c) => c.id === 'G0');
    if (!first) throw new Error('G0 is generated');
    await server.store.claims.appendStateChange('G0', {
      date: '2025-01-02',
      to: 'retracted',
      rationale: 'Test',
      by: null,
    });
    const { verification, ...content } = first;
    await server.store.claims.edit('G1', {
      ...content,
      id: 'G1',
      notes: 'Renamed: Über-troops',
      verification: { note: null, contestedBy: [], laterDevelopments: null },
    });
    await server.store.claims.save(makeClaim({ id: 'NEW-1', notes: 'zelensky' }), 'test');
    // An address archived, and an archived address whose copies are taken away: each row says so at once.
    const setSource = async (id: string, archives: Claim['source']['archives']) => {
      const claim = stored.find((c) => c.id === id);
      if (!claim) throw new Error(`${id} is generated`);
      await server.store.claims.edit(id, {
        ...claim,
        source: { ...claim.source, url: `https://example.org/${id}`, archives },
        verification: { note: null, contestedBy: [], laterDevelopments: null },
      });
    };
    await setSource('G2', ARCHIVES);
    await setSource('G3', []);
    void verification;
    const now = await server.store.claims.list();
    for (const filters of [
      ClaimFiltersSchema.parse({ state: ['retracted'] }),
      ClaimFiltersSchema.parse({ q: 'über-troops' }),
      ClaimFiltersSchema.parse({ q: 'zelensky' }),
      ClaimFiltersSchema.parse({ archive: 'none' }),
    ]) {
      const ids = [...((await server.store.claims.matchingIds(filters))?.ids ?? [])].sort();
      expect(ids).toEqual(
        selectClaims(now, filters)
          .map((c) => c.id)
          .sort(),
      );
    }
  });

  it('says it cannot answer filters on what it does not hold', async () => {
    for (const raw of [{ asof: '2024-12-31' }, { warning: ['any'] }, { independent: 'true' }])
      expect(await server.store.claims.matchingIds(ClaimFiltersSchema.parse(raw))).toBeNull();
  });
});
