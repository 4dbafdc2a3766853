// @vitest-environment node
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ClaimListResponseSchema } from '../src/contract/responses';
import { ClaimSchema } from '../src/contract/claim-schema';
import { openStore } from './db/open-store';
import { backfillSources, seedIfEmpty } from './db/seed-default';
import { TOKENS, testServerPool } from './testing/test-server';
import { newClaimBody } from './testing/new-claim-body';
import { claimIds, sources } from './sources.test-helpers';

const start = testServerPool();

/** The NIS's claims in the research notes, under four spellings; C041 is the 12,000 projection. */
const NIS_CLAIMS = ['C003', 'C004', 'C040', 'C041', 'C046', 'C060', 'C072', 'C074', 'C079', 'C083', 'C089'];

describe('GET /api/sources', () => {
  it('lists entities with ids, names, aliases and claim counts, and the NIS once', async () => {
    const s = await start();
    const list = await sources(s);
    const claims = ClaimListResponseSchema.parse(await (await s.request('/api/claims')).json()).claims;
    expect(list.reduce((n, source) => n + source.claimCount, 0)).toBe(claims.length);
    expect(new Set(list.map((source) => source.id)).size).toBe(list.length);
    const nis = list.filter((source) => source.name.includes('National Intelligence Service'));
    expect(nis).toHaveLength(1);
    expect(nis[0]).toMatchObject({
      id: 'kr-nis',
      country: 'KR',
      type: 'intelligence_service',
      claimCount: NIS_CLAIMS.length,
    });
    expect(nis[0]?.aliases).toEqual(
      expect.arrayContaining(['South Korean intelligence', 'South Korean intelligence (NIS, per outlets)']),
    );
    expect(list.find((source) => source.id === 'ua-president-office')?.claimCount).toBe(
      claims.filter((c) => c.speaker.organisation.startsWith('Office of the President of Ukraine')).length,
    );
    expect(list.map((source) => source.claimCount)).toEqual(
      [...list.map((source) => source.claimCount)].sort((a, b) => b - a),
    );
  });
});

describe('POST /api/claims from an organisation the registry lacks', () => {
  it('adds one entity for it, which the next claim from it joins', async () => {
    const s = await start();
    const [claim] = ClaimListResponseSchema.parse(await (await s.request('/api/claims')).json()).claims;
    const organisation = 'Registry Test Agency (SYNTHETIC)';
    const before = (await sources(s)).length;
    expect((await s.store.sources.list()).some((source) => source.name === organisation)).toBe(false);
    for (const id of ['REG-NEW-1', 'REG-NEW-2']) {
      const speaker = { ...claim?.speaker, organisation, sourceId: null };
      const posted = await s.request('/api/claims', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(newClaimBody({ ...claim, id, speaker }, 'Registry test (SYNTHETIC)')),
        token: TOKENS.analyst,
      });
      expect(posted.status, id).toBe(201);
    }
    const after = await sources(s);
    expect(after).toHaveLength(before + 1);
    expect(after.filter((source) => source.name === organisation)).toMatchObject([{ claimCount: 2 }]);
    // Stored, not only resolved when the list is read: a restart, and every other server, reads it from the store.
    expect((await s.store.sources.list()).filter((source) => source.name === organisation)).toHaveLength(1);
  });
});

describe('GET /api/claims?source=', () => {
  it('returns every NIS claim for source=kr-nis, the 12,000 projection (C041) included', async () => {
    const s = await start();
    expect(await claimIds(s, 'source=kr-nis')).toEqual(NIS_CLAIMS);
    const c041 = ClaimSchema.parse(await (await s.request('/api/claims/C041')).json());
    expect([c041.figure.value, c041.speaker.organisation, c041.speaker.sourceId]).toEqual([
      12000,
      'South Korean intelligence (NIS, per outlets)',
      'kr-nis',
    ]);
  });

  it('resolves an old link that names the organisation as written to the same set', async () => {
    const s = await start();
    expect(await claimIds(s, `source=${encodeURIComponent('National Intelligence Service (NIS)')}`)).toEqual(
      NIS_CLAIMS,
    );
    expect(await claimIds(s, `source=${encodeURIComponent('South Korean intelligence')}`)).toEqual(NIS_CLAIMS);
    expect(await claimIds(s, 'source=no-such-source')).toEqual([]);
  });
});

describe('a database seeded before sources existed', () => {
  it('gets the registry and every claim linked at startup, once', async () => {
    const s = await start();
    const expected = await sources(s);
    await s.close();
    const db = new Database(join(s.dataDir, 'claimwatch.sqlite'));
    db.prepare('DELETE FROM sources').run();
    db.prepare("UPDATE claims SET body = json_remove(body, '$.speaker.sourceId')").run();
    db.close();

    const store = await openStore({ CLAIMWATCH_DATA_DIR: s.dataDir });
    expect(await store.sources.list()).toEqual([]);
    expect((await store.claims.list()).every((c) => c.speaker.sourceId === null)).toBe(true);
    const version = await store.version();
    expect(await seedIfEmpty(store)).toBe(false);
    expect(await store.version()).not.toBe(version);
    expect((await store.claims.list()).every((c) => c.speaker.sourceId !== null)).toBe(true);
    expect((await store.claims.list()).filter((c) => c.speaker.sourceId === 'kr-nis').map((c) => c.id)).toEqual(
      NIS_CLAIMS,
    );
    expect(await backfillSources(store)).toBe(0);
    await store.close();

    const again = await start({ dataDir: s.dataDir });
    expect(await sources(again)).toEqual(expected);
  });
});
