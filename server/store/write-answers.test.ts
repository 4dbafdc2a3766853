// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../db/open-store';
import { seedIfEmpty } from '../db/seed-default';
import type { ClaimStore } from './claim-store';
import type { SqlEngine } from './sql-driver';
import { createTestDatabase, dropTestDatabase } from '../testing/test-postgres';
import { ClaimFiltersSchema } from '../../src/contract/claim-filters';
import { selectClaims } from '../../src/contract/select-claims';
import type { Claim } from '../../src/contract/claim-schema';

/*
 * An edit, a state change and a grade change answer with the claim as they stored it, assembled from the rows they
 * wrote rather than read again (each read is a round trip to PostgreSQL). Each answer must be the claim a read of the
 * store gives after it, field for field and in the same order, and the filter index must hold it as it is now.
 */

const ENGINES: SqlEngine[] = ['sqlite', 'postgres'];

describe.each(ENGINES)('the store’s answer to a write, on %s', (engine) => {
  let store: ClaimStore;
  let dataDir = '';
  let databaseUrl: string | undefined;
  beforeAll(async () => {
    databaseUrl = engine === 'postgres' ? await createTestDatabase() : undefined;
    store = await openStore({
      CLAIMWATCH_DATA_DIR: (dataDir = mkdtempSync(join(tmpdir(), 'claimwatch-write-answers-'))),
      CLAIMWATCH_DATABASE_URL: databaseUrl,
    });
    await seedIfEmpty(store);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  /** The answer is what a read gives now, and the filter index keeps the claim under `filters` as selectClaims does. */
  async function isTheStoredClaim(answer: Claim | null, filters: Record<string, unknown>) {
    if (!answer) throw new Error('The write answered no claim');
    const read = await store.claims.get(answer.id);
    expect(JSON.stringify(answer)).toBe(JSON.stringify(read));
    const parsed = ClaimFiltersSchema.parse(filters);
    const indexed = (await store.claims.matchingIds(parsed))?.ids ?? [];
    const expected = selectClaims(await store.claims.list(), parsed).map((c) => c.id);
    expect([...indexed].sort()).toEqual(expected.sort());
    expect(indexed).toContain(answer.id);
  }

  it('answers a state change with the claim and its history as stored', async () => {
    const [first, second] = await store.claims.list();
    for (const [claim, to] of [
      [first, 'disputed_denied'],
      [first, 'corroborated'],
      [second, 'retracted'],
    ] as const) {
      const answer = await store.claims.appendStateChange(claim?.id ?? '', {
        date: '2026-12-06',
        to,
        rationale: `A test change to ${to}`,
        by: to === 'retracted' ? null : 'analyst',
      });
      expect(answer?.verification.state).toBe(to);
      await isTheStoredClaim(answer, { state: [to] });
    }
  });

  it('answers a grade change with the grade and its history as stored', async () => {
    const claim = (await store.claims.list())[2] as Claim;
    for (const [reliability, credibility] of [
      ['B', 2],
      [null, 5],
    ] as const) {
      const answer = await store.claims.appendGradeChange(claim.id, {
        at: '2026-12-06',
        reliability,
        credibility,
        rationale: 'A test grade',
        by: 'analyst',
      });
      expect(answer?.grade).toEqual({ reliability, credibility });
      await isTheStoredClaim(answer, { grade: [String(credibility)] });
    }
  });

  it('answers an edit with the claim as stored, its histories kept', async () => {
    const graded = (await store.claims.list())[3] as Claim;
    const grade = {
      at: '2026-12-06',
      reliability: 'C',
      credibility: 3,
      rationale: 'Before an edit',
      by: null,
    } as const;
    const claim = (await store.claims.appendGradeChange(graded.id, grade)) as Claim;
    const { verification, gradeHistory, ...content } = claim;
    void gradeHistory;
    const { state, history, ...rest } = verification;
    void [state, history];
    const answer = await store.claims.edit(claim.id, {
      ...content,
      verification: { ...rest, note: 'An edited note' },
    });
    expect(answer?.verification.note).toBe('An edited note');
    expect(answer?.verification.history).toEqual(claim.verification.history);
    expect(answer?.gradeHistory).toEqual(claim.gradeHistory);
    await isTheStoredClaim(answer, { q: 'edited note' });
  });

  it('answers null for a claim it does not hold, and steps no version', async () => {
    const before = await store.version();
    const change = { date: '2026-12-06', to: 'corroborated' as const, rationale: 'No such claim', by: null };
    expect(await store.claims.appendStateChange('NO-SUCH-CLAIM', change)).toBeNull();
    expect(
      await store.claims.appendGradeChange('NO-SUCH-CLAIM', {
        at: '2026-12-06',
        reliability: 'A',
        credibility: 1,
        rationale: 'No such claim',
        by: null,
      }),
    ).toBeNull();
    const content = (await store.claims.list())[0] as Claim;
    expect(await store.claims.edit('NO-SUCH-CLAIM', { ...content, id: 'NO-SUCH-CLAIM' })).toBeNull();
    // In a transaction of the caller's too: one that wrote nothing commits no step.
    expect(await store.transaction((tx) => tx.claims.appendStateChange('NO-SUCH-CLAIM', change))).toBeNull();
    expect(await store.claims.get('NO-SUCH-CLAIM')).toBeNull();
    // Every server would read a step as a change, and one naming a claim not stored as a reason to read every claim.
    expect(await store.version()).toBe(before);
  });
});
