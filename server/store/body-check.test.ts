// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/contract/claim-schema';
import { ONE_ORIGIN_WARNING } from '../../src/contract/origins/with-origins';
import { defaultMockDataset } from '../../mocks/mock-db';
import { openSqlite } from '../db/open-store';
import { startTestServer, type TestServer } from '../testing/test-server';
import { bodyCheck } from './body-check';
import { postgresDriver } from './postgres-driver';
import type { SqlDriver, SqlEngine } from './sql-driver';
import { assemble, assembleChecked, withoutHistory } from './store-rows';
import { CHECKS_PER_STATEMENT } from './store-sql';

/*
 * A body whose check matches is read without validating it again (migration 010, body-check.ts). These tests hold the
 * claim read that way to the validated one, and show which bodies are validated: those edited by hand, checked under
 * other contract code, or never checked.
 */

/**
 * The default claims, and each again with SYNTHETIC changes (test fixtures, not real reporting): grade changes, a note
 * in other scripts, a stored one-origin warning (which a body never keeps).
 */
function claims(): Claim[] {
  const { claims: given } = defaultMockDataset();
  const changed = given.map((claim): Claim => ({
    ...claim,
    notes: 'Synthetic: «Ünïcode» 북한군 — “quoted”',
    warnings: [...claim.warnings, { field: 'originId', code: ONE_ORIGIN_WARNING, message: 'Synthetic' }],
  }));
  return [...given, ...changed].map((claim, i) =>
    i % 3 === 0
      ? {
          ...claim,
          grade: { reliability: 'B', credibility: i % 2 === 0 ? 2 : null },
          gradeHistory: [
            { at: '2025-01-15', from: null, reliability: 'B', credibility: 2, rationale: 'Synthetic', by: 'ana' },
            ...(i % 2 === 0
              ? []
              : [
                  {
                    at: '2025-02-01',
                    from: { reliability: 'B' as const, credibility: 2 as const },
                    reliability: 'B' as const,
                    credibility: null,
                    rationale: 'Synthetic: left open',
                    by: null,
                  },
                ]),
          ],
        }
      : claim,
  );
}

describe('a checked body', () => {
  it('reads as the claim validating it gives, field for field and in the same order', () => {
    for (const claim of claims()) {
      const body = JSON.stringify(withoutHistory(claim));
      const { history } = claim.verification;
      expect(JSON.stringify(assembleChecked(body, history, claim.gradeHistory)), claim.id).toBe(
        JSON.stringify(assemble(body, history, claim.gradeHistory)),
      );
    }
  });

  it('with no history is validated, and refused as validating refuses it', () => {
    const body = JSON.stringify(withoutHistory(defaultMockDataset().claims[0] as Claim));
    expect(() => assembleChecked(body, [])).toThrow(/history/);
  });

  it('changes with the body', () => {
    const body = JSON.stringify(withoutHistory(defaultMockDataset().claims[0] as Claim));
    expect(bodyCheck(body)).toBe(bodyCheck(body));
    expect(bodyCheck(body.replace('{', '{ '))).not.toBe(bodyCheck(body));
  });
});

describe.each<SqlEngine>(['sqlite', 'postgres'])('stored claim bodies on %s', (engine) => {
  let server: TestServer | undefined;
  let driver: SqlDriver | undefined;
  afterEach(async () => {
    await driver?.close();
    await server?.close();
    await server?.remove();
  });
  const open = async () => {
    server = await startTestServer({ engine });
    driver = engine === 'sqlite' ? openSqlite(server.dataDir) : postgresDriver(server.databaseUrl as string, 1);
    return { server, driver };
  };
  const rows = (d: SqlDriver) =>
    d.all<{ id: string; body: string; body_check: string | null }>('SELECT id, body, body_check FROM claims');
  const edit = async (d: SqlDriver, id: string, change: (body: Record<string, unknown>) => unknown, check: unknown) => {
    const row = (await rows(d)).find((r) => r.id === id) as { body: string; body_check: string };
    const body = JSON.stringify(change(JSON.parse(row.body) as Record<string, unknown>));
    await d.run('UPDATE claims SET body = ?, body_check = ? WHERE id = ?', [
      body,
      check === 'old' ? row.body_check : check === 'matching' ? bodyCheck(body) : check,
      id,
    ]);
    return body;
  };

  it('are checked when stored, and a list reads the claims each read of one validates', async () => {
    const { server: s, driver: d } = await open();
    const stored = await rows(d);
    expect(stored.length).toBeGreaterThan(40);
    for (const row of stored) expect(row.body_check, row.id).toBe(bodyCheck(row.body));
    const listed = await s.store.claims.list();
    for (const claim of listed) expect(JSON.stringify(claim)).toBe(JSON.stringify(await s.store.claims.get(claim.id)));
  });

  it('are listed with their empty lists shared, one frozen list (value-sharer.ts)', async () => {
    const { server: s } = await open();
    const listed = await s.store.claims.list();
    const empty = listed.flatMap((c) => [c.relatedClaimIds, c.contradictingClaimIds, c.source.archives]);
    const lists = new Set(empty.filter((list) => list.length === 0));
    expect(lists.size).toBe(1);
    expect(Object.isFrozen([...lists][0])).toBe(true);
  });

  it('are stored as the schema answers them: a claim given with its fields in another order is checked too', async () => {
    const { server: s, driver: d } = await open();
    const given = { ...(defaultMockDataset().claims[0] as Claim), id: 'C999' };
    await s.store.claims.save(Object.fromEntries(Object.entries(given).reverse()) as Claim, 'test');
    const row = (await rows(d)).find((r) => r.id === 'C999');
    expect(row?.body_check).toBe(bodyCheck(row?.body ?? ''));
    const listed = (await s.store.claims.list()).find((c) => c.id === 'C999');
    expect(JSON.stringify(listed)).toBe(JSON.stringify(await s.store.claims.get('C999')));
  });

  it('edited by hand are validated: one that breaks the contract fails the list loudly', async () => {
    const { server: s, driver: d } = await open();
    await edit(d, 'C040', (body) => ({ ...body, metricId: '' }), 'old');
    await expect(s.store.claims.list()).rejects.toThrow(/metricId/);
  });

  it('edited by hand and still valid are read, then checked', async () => {
    const { server: s, driver: d } = await open();
    const body = await edit(d, 'C040', (b) => ({ ...b, notes: 'Edited by hand' }), 'old');
    expect((await s.store.claims.list()).find((c) => c.id === 'C040')?.notes).toBe('Edited by hand');
    expect((await rows(d)).find((r) => r.id === 'C040')?.body_check).toBe(bodyCheck(body));
  });

  it('checked under other contract code are all checked again by one list, many to a statement', async () => {
    const { server: s, driver: d } = await open();
    // More rows than one statement checks, so that a list writes its checks in several.
    const template = defaultMockDataset().claims[0] as Claim;
    await s.store.transaction(async (tx) => {
      for (let i = 0; i < CHECKS_PER_STATEMENT + 7; i += 1)
        await tx.claims.save({ ...template, id: `X${String(i).padStart(4, '0')}` }, 'test');
    });
    await d.run('UPDATE claims SET body_check = ?', ['under other code']);
    const listed = await s.store.claims.list();
    const stored = await rows(d);
    expect(listed.length).toBe(stored.length);
    expect(stored.length).toBeGreaterThan(CHECKS_PER_STATEMENT + 7);
    for (const row of stored) expect(row.body_check, row.id).toBe(bodyCheck(row.body));
  });

  it('checked under other contract code, or never, are validated', async () => {
    const { server: s, driver: d } = await open();
    await edit(d, 'C040', (body) => ({ ...body, metricId: '' }), 'under other code');
    await expect(s.store.claims.list()).rejects.toThrow(/metricId/);
    await edit(d, 'C040', (body) => body, null);
    await expect(s.store.claims.list()).rejects.toThrow(/metricId/);
  });

  it('whose check matches are not validated again: the check is what a list trusts', async () => {
    const { server: s, driver: d } = await open();
    await edit(d, 'C040', (body) => ({ ...body, metricId: '' }), 'matching');
    expect((await s.store.claims.list()).find((c) => c.id === 'C040')?.metricId).toBe('');
    // A read of the one claim still validates it.
    await expect(s.store.claims.get('C040')).rejects.toThrow(/metricId/);
  });
});
