// @vitest-environment node
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ApiErrorBodySchema } from '../src/contract/responses';
import { ClaimSchema } from '../src/contract/claim-schema';
import { SourceMergeSchema } from '../src/contract/source-schema';
import { z } from '../src/contract/zod-mini';
import { TOKENS, testServerPool, type TestServer } from './testing/test-server';
import { claimIds, sources } from './sources.test-helpers';

const start = testServerPool();
type Server = TestServer;

const merge = (s: Server, body: unknown, token?: string) =>
  s.request('/api/sources/merge', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    token,
  });
const errorOf = async (response: Response) => ApiErrorBodySchema.parse(await response.json()).error;
const folding = {
  from: 'ua-intelligence-unnamed',
  into: 'ua-hur',
  rationale: 'The FT names the source elsewhere as military intelligence (HUR)',
};

describe('POST /api/sources/merge', () => {
  it('needs an analyst or admin token', async () => {
    const s = await start();
    expect((await merge(s, folding)).status).toBe(401);
    const forbidden = await merge(s, folding, TOKENS.viewer);
    expect(forbidden.status).toBe(403);
    expect(await errorOf(forbidden)).toMatchObject({ code: 'forbidden' });
    expect(await claimIds(s, 'source=ua-intelligence-unnamed')).toEqual(['C024']);
  });

  it('moves the claims, folds the names into aliases, records the merge, and the lists show it at once', async () => {
    const s = await start();
    const hurBefore = await claimIds(s, 'source=ua-hur');
    expect(await sources(s)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'ua-intelligence-unnamed' })]),
    );
    const response = await merge(s, folding, TOKENS.analyst);
    expect(response.status).toBe(200);
    expect(SourceMergeSchema.parse(await response.json())).toMatchObject({
      ...folding,
      fromName: 'Ukrainian intelligence (agency not named)',
      by: 'ana',
    });

    expect(await claimIds(s, 'source=ua-hur')).toEqual([...hurBefore, 'C024'].sort());
    expect(await claimIds(s, 'source=ua-intelligence-unnamed')).toEqual([]);
    const c024 = ClaimSchema.parse(await (await s.request('/api/claims/C024')).json());
    expect([c024.speaker.sourceId, c024.speaker.organisation]).toEqual([
      'ua-hur',
      'Ukrainian intelligence assessment (shared with the Financial Times)',
    ]);
    expect(c024.verification.history).toHaveLength(1);

    const list = await sources(s);
    expect(list.some((source) => source.id === 'ua-intelligence-unnamed')).toBe(false);
    const hur = list.find((source) => source.id === 'ua-hur');
    expect(hur?.claimCount).toBe(hurBefore.length + 1);
    expect(hur?.aliases).toEqual(
      expect.arrayContaining([
        'Ukrainian intelligence (agency not named)',
        'Ukrainian intelligence assessment (shared with the Financial Times)',
      ]),
    );
    // An old link to the folded source now finds its claims under the entity they moved to.
    expect(
      await claimIds(
        s,
        `source=${encodeURIComponent('Ukrainian intelligence assessment (shared with the Financial Times)')}`,
      ),
    ).toEqual(await claimIds(s, 'source=ua-hur'));

    const merges = z
      .object({ merges: z.array(SourceMergeSchema) })
      .parse(await (await s.request('/api/sources/merges')).json()).merges;
    expect(merges).toEqual([expect.objectContaining({ from: 'ua-intelligence-unnamed', into: 'ua-hur', by: 'ana' })]);
  });

  it.each([
    ['one source into itself', { ...folding, into: folding.from }, 400, 'same_source', 'into'],
    ['an unknown source', { ...folding, from: 'no-such-source' }, 404, 'unknown_source', 'from'],
    ['into an unknown source', { ...folding, into: 'no-such-source' }, 404, 'unknown_source', 'into'],
    ['without a rationale', { ...folding, rationale: '' }, 400, 'invalid_body', '(request)'],
  ])('refuses to merge %s with the error shape, changing nothing', async (_what, body, status, code, field) => {
    const s = await start();
    const before = await sources(s);
    const response = await merge(s, body, TOKENS.admin);
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toMatchObject({ code, field, message: expect.any(String) });
    expect(await sources(s)).toEqual(before);
    expect(
      z.object({ merges: z.array(SourceMergeSchema) }).parse(await (await s.request('/api/sources/merges')).json())
        .merges,
    ).toEqual([]);
  });

  it('keeps the merge across a restart, and its record is append-only', async () => {
    const first = await start();
    expect((await merge(first, folding, TOKENS.analyst)).status).toBe(200);
    await first.close();
    const again = await start({ dataDir: first.dataDir });
    expect(await claimIds(again, 'source=ua-hur')).toContain('C024');
    await again.close();
    const db = new Database(join(first.dataDir, 'claimwatch.sqlite'));
    expect(() => db.prepare('DELETE FROM source_merges').run()).toThrow(/append-only/);
    db.close();
  });
});
