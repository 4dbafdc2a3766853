import type { Claim } from '../src/contract/claim-schema';
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { ClaimListResponseSchema } from '../src/contract/responses';
import { openStore } from './db/open-store';
import { createClaimListCache } from './routes/claim-list-cache';
import { TOKENS, testServerPool, type TestServer } from './testing/test-server';

const start = testServerPool();
const stateOf = async (s: TestServer, id: string) => {
  const list = ClaimListResponseSchema.parse(await (await s.request('/api/claims')).json());
  return list.claims.find((c) => c.id === id)?.verification.state;
};

describe('the remembered claim list', () => {
  it('answers the same list twice, and a write through the API shows at once', async () => {
    const s = await start();
    const first = await (await s.request('/api/claims?state=corroborated')).text();
    expect(await (await s.request('/api/claims?state=corroborated')).text()).toBe(first);
    expect(await stateOf(s, 'C040')).not.toBe('officially_confirmed');
    const change = await s.request('/api/claims/C040/verification', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'officially_confirmed', rationale: 'Cache test' }),
      token: TOKENS.analyst,
    });
    expect(change.status).toBe(200);
    expect(await stateOf(s, 'C040')).toBe('officially_confirmed');
  });

  it('sees a commit made by another process on the same database (e.g. the import CLI)', async () => {
    const s = await start();
    expect(await stateOf(s, 'C043')).not.toBe('retracted');
    const other = await openStore({ CLAIMWATCH_DATA_DIR: s.dataDir });
    await other.claims.appendStateChange('C043', {
      date: '2025-01-01',
      to: 'retracted',
      rationale: 'Written by another connection',
      by: 'cli',
    });
    await other.close();
    expect(await stateOf(s, 'C043')).toBe('retracted');
  });
});

describe('the remembered answers', () => {
  it('keep their gzip: a client that accepts it gets the same compressed bytes again, which unzip to the JSON', async () => {
    const s = await start();
    const path = '/api/claims?state=corroborated';
    const plain = await (await s.request(path)).text();
    const zipped = async () => {
      const answer = await s.request(path, { headers: { 'accept-encoding': 'br;q=1, gzip;q=0.8' } });
      expect(answer.headers.get('content-encoding')).toBe('gzip');
      expect(answer.headers.get('vary')).toContain('Accept-Encoding');
      return Buffer.from(await answer.arrayBuffer());
    };
    const first = await zipped();
    expect(gunzipSync(first).toString('utf8')).toBe(plain);
    expect((await zipped()).equals(first)).toBe(true);
    const refused = await s.request(path, { headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(await refused.text()).toBe(plain);
  });

  it('take at most the bytes they are given: the least recently used go first, and come back when asked again', async () => {
    const s = await start();
    const maxBytes = 200_000;
    const cache = createClaimListCache(s.store, maxBytes);
    let builds = 0;
    const ask = (key: string) =>
      cache.answer(key, (view) => {
        builds += 1;
        return { key, claims: view.claims.toArray().slice(0, 40) };
      });
    const sizes: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      sizes.push((await ask(`answer ${i}`)).jsonBytes);
      expect(cache.stats().bytes).toBeLessThanOrEqual(maxBytes);
    }
    // The answers are tens of kilobytes each: 12 do not fit, so some were let go.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(maxBytes);
    expect(cache.stats().answers).toBeLessThan(12);
    await (await ask('answer 11')).gzip();
    expect(cache.stats().bytes).toBeLessThanOrEqual(maxBytes);
    const before = builds;
    await ask('answer 11');
    expect(builds).toBe(before);
    await ask('answer 0');
    expect(builds).toBe(before + 1);
  });
});

describe('a tagged read', () => {
  it('reads the store’s version once: for its tag and for the answer it gives (one query on PostgreSQL)', async () => {
    const s = await start();
    let versionReads = 0;
    const counted = new Proxy(s.store, {
      get(target, property, receiver) {
        if (property === 'version')
          return () => {
            versionReads += 1;
            return target.version();
          };
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const cache = createClaimListCache(counted);
    const read = async () => {
      const version = await cache.version();
      const answer = await cache.answer('list', (view) => view.claims.length, { synced: true });
      return { version, body: answer.json };
    };
    const first = await read();
    expect(versionReads).toBe(1);
    expect(Number(first.body)).toBeGreaterThan(0);
    // Again: the same version, the remembered answer, one more read of the version.
    expect(await read()).toEqual(first);
    expect(versionReads).toBe(2);
    // An answer asked for on its own still brings the cache to the store's version first.
    await cache.answer('other', (view) => view.claims.length);
    expect(versionReads).toBe(3);
  });
});

describe('a view read from the store', () => {
  it('is followed by afterReading at a start and after a change of another kind', async () => {
    const s = await start();
    const read: number[] = [];
    const cache = createClaimListCache(s.store, undefined, { afterReading: (claims) => read.push(claims) });
    const { claims } = await cache.view();
    expect(claims.length).toBeGreaterThan(0);
    expect(read).toEqual([claims.length]);
    const claim = claims.toArray().find((c) => c.id === 'C040') as Claim;
    // A state change, an edit of a note and a new claim are brought into the view held, with no claim read but these.
    await s.store.claims.appendStateChange('C040', {
      date: '2025-01-01',
      to: 'disputed_denied',
      rationale: 'Test',
      by: 't',
    });
    await cache.view();
    await s.store.claims.edit('C040', { ...claim, verification: { ...claim.verification, note: 'Collect test' } });
    expect((await cache.view()).claims.toArray().find((c) => c.id === 'C040')?.verification.note).toBe('Collect test');
    await s.store.claims.save({ ...claim, id: 'C999' }, 'test');
    expect((await cache.view()).claims).toHaveLength(claims.length + 1);
    expect(read).toEqual([claims.length]);
    // A change of another kind (here a source saved) reads the view again.
    const [source] = await s.store.sources.list();
    await s.store.sources.save({ ...(source as NonNullable<typeof source>), aliases: ['Collect test'] });
    expect((await cache.view()).claims).toHaveLength(claims.length + 1);
    expect(read).toEqual([claims.length, claims.length + 1]);
  });
});
