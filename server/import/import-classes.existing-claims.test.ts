// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/contract/claim-schema';
import { ClaimListResponseSchema } from '../../src/contract/responses';
import { ImportReportSchema } from '../../src/contract/write-schemas';
import { testServerPool } from '../testing/test-server';
import { claim, notes, report, row, send } from './import-classes.test-helpers';

const start = testServerPool();

describe('existing ids', () => {
  it('an identical row is unchanged and writes nothing, history included', async () => {
    const s = await start();
    const before = await claim(s, 'C040');
    const r = await report(s, [before], 'mode=all-or-nothing');
    expect(r.rows[0]).toMatchObject({ id: 'C040', status: 'unchanged', issues: [] });
    expect((await claim(s, 'C040')).verification.history).toEqual(before.verification.history);
  });

  it('a different row is refused with a field-by-field diff, and the stored claim is kept', async () => {
    const s = await start();
    const before = await claim(s, 'C040');
    const edited = { ...before, figure: { ...before.figure, value: 2000 }, notes: 'Edited (synthetic)' };
    const dry = await report(s, [edited], 'dryRun=true');
    expect(dry.rows[0]).toMatchObject({
      status: 'refused',
      issues: [expect.objectContaining({ field: 'id', code: 'id_exists', message: expect.stringContaining('C040') })],
    });
    expect(dry.rows[0]?.diff).toEqual(
      expect.arrayContaining([
        { field: 'figure.value', existing: '1500', incoming: '2000' },
        expect.objectContaining({ field: 'notes', incoming: 'Edited (synthetic)' }),
      ]),
    );
    const strict = await send(s, [edited], 'mode=all-or-nothing');
    expect(strict.status).toBe(422);
    expect(await claim(s, 'C040')).toEqual(before);
  });

  it('overwrite applies the change as an edit, with one history entry only when the state changed', async () => {
    const s = await start();
    const before = await claim(s, 'C040');
    const sameState = await report(s, [{ ...before, notes: 'Edited (synthetic)' }], 'overwrite=true');
    expect(sameState.rows[0]?.status).toBe('updated');
    expect((await claim(s, 'C040')).verification.history).toHaveLength(before.verification.history.length);
    const newState = await report(
      s,
      [{ ...before, verification: { ...before.verification, state: 'corroborated' } }],
      'overwrite=true&dryRun=true',
    );
    expect(newState.rows[0]?.status).toBe('would_update');
    await report(s, [{ ...before, verification: { ...before.verification, state: 'corroborated' } }], 'overwrite=true');
    const after = await claim(s, 'C040');
    expect(after.verification.state).toBe('corroborated');
    expect(after.verification.history).toHaveLength(before.verification.history.length + 1);
  });

  it('a refused all-or-nothing import labels no row created; a dry run says what would happen', async () => {
    const s = await start();
    const base = await claim(s, 'C040');
    const rows = [row(base, 'NEW-A'), base, row(base, 'NEW-B', { kind: 'rumour' as Claim['kind'] })];
    const refused = ImportReportSchema.parse((await send(s, rows, 'mode=all-or-nothing')).body);
    expect(refused.rows.map((r) => r.status)).toEqual(['would_create', 'unchanged', 'refused']);
    expect(refused.counts).toMatchObject({ created: 0, would_create: 1, refused: 1 });
    const dry = await report(s, rows.slice(0, 2), 'dryRun=true');
    expect(dry.rows.map((r) => r.status)).toEqual(['would_create', 'unchanged']);
    expect((await s.request('/api/claims/NEW-A')).status).toBe(404);
  });
});

describe('re-importing an export is a no-op', () => {
  it('the JSON export ({ meta, claims }) and the research notes come back unchanged', async () => {
    const s = await start();
    const { claims } = ClaimListResponseSchema.parse(await (await s.request('/api/claims')).json());
    const json = await report(s, { meta: { title: 'export' }, claims }, 'mode=all-or-nothing');
    expect(json.counts).toMatchObject({ unchanged: claims.length, refused: 0, created: 0, updated: 0 });
    const again = await report(s, notes, 'mode=all-or-nothing');
    expect(again.counts).toMatchObject({ unchanged: notes.length, refused: 0 });
    expect((await claim(s, 'C040')).verification.history).toHaveLength(1);
  });
});

describe('the research notes, reworded and renumbered (as a new user would try)', () => {
  const REWORDINGS: Record<string, string> = {
    'more than': 'in excess of',
    about: 'approximately',
    'up to': 'as many as',
    around: 'roughly',
    'at least': 'no fewer than',
    nearly: 'close to',
  };
  const reworded = notes.map((n) => {
    const qualifier = typeof n.qualifier === 'string' ? n.qualifier : null;
    const id = `R${String(n.claim_id).slice(1)}`;
    const related = (n.related_claims as string[]).map((r) => `R${r.slice(1)}`);
    return {
      ...n,
      claim_id: id,
      related_claims: related,
      qualifier: qualifier && REWORDINGS[qualifier] ? REWORDINGS[qualifier] : qualifier,
      speaker_org: n.speaker_org === 'National Intelligence Service (NIS)' ? 'NIS, per Yonhap' : n.speaker_org,
    };
  });

  it('loses nothing and overwrites nothing', async () => {
    const s = await start();
    const before = ClaimListResponseSchema.parse(await (await s.request('/api/claims')).json()).claims;
    const stored = await s.store.claims.list();
    const r = await report(s, reworded, 'mode=all-or-nothing');
    expect(r.counts).toMatchObject({ created: notes.length, refused: 0, updated: 0 });
    const after = ClaimListResponseSchema.parse(await (await s.request('/api/claims')).json()).claims;
    expect(after.length).toBe(before.length + notes.length);
    // As stored, every claim is as it was; as served, its corroboration now counts the copies too.
    for (const old of stored) expect(await s.store.claims.get(old.id)).toEqual(old);
    for (const old of before) expect(after.find((c) => c.id === old.id)?.originId).toBe(old.originId);
    const nis = ClaimListResponseSchema.parse(
      await (
        await s.request(`/api/claims?source=${before.find((c) => c.id === 'C040')?.speaker.sourceId ?? ''}`)
      ).json(),
    ).claims.map((c) => c.id);
    expect(nis).toEqual(expect.arrayContaining(['C040', 'R040']));
  });
});
