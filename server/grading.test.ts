// @vitest-environment node
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { ClaimSchema, type Claim } from '../src/contract/claim-schema';
import { GradeCountsResponseSchema } from '../src/contract/grade-counts';
import { TOKENS, testServerPool, type TestServer } from './testing/test-server';
import { json } from './server.test-helpers';
import type { SqlEngine } from './store/sql-driver';

const start = testServerPool();

/** Synthetic grades (test fixtures, not real grading) on a claim of the seed data. */
const B2 = { reliability: 'B', credibility: 2, rationale: 'Synthetic: two outlets, one briefing' };
const C_ = { reliability: 'C', credibility: null, rationale: 'Synthetic: credibility left open' };

const grade = (s: TestServer, id: string, body: unknown, token: string | null = TOKENS.analyst) =>
  s.request(`/api/claims/${encodeURIComponent(id)}/grade`, { ...json(body), ...(token ? { token } : {}) });
const read = async (s: TestServer, id: string) =>
  ClaimSchema.parse(await (await s.request(`/api/claims/${id}`)).json());
const graded = async (s: TestServer, query = '') =>
  GradeCountsResponseSchema.parse(await (await s.request(`/api/claims/grades${query}`)).json());

describe.each<SqlEngine>(['sqlite', 'postgres'])('on %s: POST /api/claims/:id/grade', (engine) => {
  it('sets the grade, answers the claim as the next read serves it, and counts it', async () => {
    const s = await start({ engine });
    expect((await graded(s)).graded).toBe(0);
    const res = await grade(s, 'C040', { ...B2, at: '2025-01-15' });
    expect(res.status).toBe(200);
    const answer = ClaimSchema.parse(await res.json());
    expect(answer.grade).toEqual({ reliability: 'B', credibility: 2 });
    expect(answer.gradeHistory).toEqual([
      { at: '2025-01-15', from: null, reliability: 'B', credibility: 2, rationale: B2.rationale, by: 'ana' },
    ]);
    expect(answer).toEqual(await read(s, 'C040'));
    const counts = await graded(s);
    expect(counts.graded).toBe(1);
    expect(counts.counts.filter((c) => c.token === 'B' || c.token === '2').map((c) => c.count)).toEqual([1, 1]);
    const list = (await (await s.request('/api/claims?grade=B')).json()) as { claims: { id: string }[] };
    expect(list.claims.map((c) => c.id)).toEqual(['C040']);
  });

  it('appends every change and never rewrites one: a second change adds, with the grade it replaced', async () => {
    const s = await start({ engine });
    await grade(s, 'C040', { ...B2, at: '2025-01-15' });
    const second = ClaimSchema.parse(await (await grade(s, 'C040', C_, TOKENS.admin)).json());
    expect(second.grade).toEqual({ reliability: 'C', credibility: null });
    expect(second.gradeHistory.map((g) => [g.from, g.reliability, g.credibility, g.by])).toEqual([
      [null, 'B', 2, 'ana'],
      [{ reliability: 'B', credibility: 2 }, 'C', null, 'adm'],
    ]);
    expect(second.gradeHistory[1]?.at).toBe(new Date().toISOString().slice(0, 10));
    // As known before the first change: ungraded; between the two: B2.
    const then = async (asof: string) =>
      ((await (await s.request(`/api/claims?id=C040&asof=${asof}`)).json()) as { claims: unknown[] }).claims;
    expect(ClaimSchema.parse((await then('2025-01-14'))[0]).grade).toBeNull();
    expect(ClaimSchema.parse((await then('2025-01-15'))[0]).grade).toEqual({ reliability: 'B', credibility: 2 });
    expect((await graded(s, '?asof=2025-01-14')).graded).toBe(0);
  });

  it('unsets both halves: the claim is ungraded again, and the history keeps what it was', async () => {
    const s = await start({ engine });
    await grade(s, 'C040', B2);
    const cleared = ClaimSchema.parse(
      await (await grade(s, 'C040', { reliability: null, credibility: null, rationale: 'Withdrawn' })).json(),
    );
    expect(cleared.grade).toBeNull();
    expect(cleared.gradeHistory).toHaveLength(2);
    expect((await graded(s)).graded).toBe(0);
  });

  it.each([
    ['no rationale', { reliability: 'B', credibility: 2 }, 'rationale'],
    ['a rationale of two characters', { ...B2, rationale: 'ok' }, 'rationale'],
    ['a reliability outside A–F', { ...B2, reliability: 'G' }, 'reliability'],
    ['a lower-case reliability', { ...B2, reliability: 'b' }, 'reliability'],
    ['a credibility of 7', { ...B2, credibility: 7 }, 'credibility'],
    ['a credibility as text', { ...B2, credibility: '2' }, 'credibility'],
    ['a missing credibility', { reliability: 'B', rationale: 'Half a grade' }, 'credibility'],
    ['a day still to come', { ...B2, at: '2999-01-01' }, 'at'],
    ['a month instead of a day', { ...B2, at: '2025-01' }, 'at'],
    ['a script as reliability', { ...B2, reliability: '<script>alert(1)</script>' }, 'reliability'],
    ['a control character in the rationale', { ...B2, rationale: 'bell \u0007 here' }, 'rationale'],
    ['a rationale over 2000 characters', { ...B2, rationale: 'x'.repeat(2001) }, 'rationale'],
    ['a number as the rationale', { ...B2, rationale: 42 }, 'rationale'],
  ])('refuses %s with 400, naming the field, and changes nothing', async (_name, body, field) => {
    const s = await start({ engine });
    const res = await grade(s, 'C040', body);
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: { code: string; issues: { field: string; message: string }[] } };
    expect(answer.error.code).toBe('invalid_body');
    expect(answer.error.issues.map((i) => i.field)).toContain(field);
    expect((await read(s, 'C040')).gradeHistory).toEqual([]);
  });

  it('keeps hostile text as text', async () => {
    const s = await start({ engine });
    const rationale = `Robert'); DROP TABLE grade_changes;-- <img src=x onerror=alert(1)> \u202Eevil`;
    const res = await grade(s, 'C040', { ...B2, rationale });
    expect(res.status).toBe(200);
    expect((await read(s, 'C040')).gradeHistory[0]?.rationale).toBe(rationale);
    expect((await grade(s, 'C040', C_)).status).toBe(200);
  });

  it('refuses not-JSON with 400, an unknown claim with 404', async () => {
    const s = await start({ engine });
    const notJson = await s.request('/api/claims/C040/grade', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{reliability',
      token: TOKENS.analyst,
    });
    expect(notJson.status).toBe(400);
    const missing = await grade(s, 'NOPE', B2);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it.each([
    ['anonymous', null, 401],
    ['a viewer', TOKENS.viewer, 403],
    ['a wrong token', 'not-a-token-at-all-000000', 401],
  ])('refuses %s', async (_who, token, status) => {
    const s = await start({ engine });
    expect((await grade(s, 'C040', B2, token)).status).toBe(status);
    expect((await read(s, 'C040')).grade).toBeNull();
  });
});

/** The claim as an edit sends it (PUT): everything but its id and histories, with `grade` as given. */
const edit = async (s: TestServer, id: string, patch: Partial<Claim>) => {
  const { verification, ...rest } = await read(s, id);
  return s.request(`/api/claims/${id}`, {
    ...json({
      ...rest,
      ...patch,
      id: undefined,
      gradeHistory: undefined,
      verification: {
        note: verification.note,
        contestedBy: verification.contestedBy,
        laterDevelopments: verification.laterDevelopments,
      },
    }),
    method: 'PUT',
    token: TOKENS.analyst,
  });
};

describe.each<SqlEngine>(['sqlite', 'postgres'])('on %s: a grade changes only through its history', (engine) => {
  it('an edit that gives another grade is refused, naming the grade, and changes nothing', async () => {
    const s = await start({ engine });
    await grade(s, 'C040', B2);
    const before = await read(s, 'C040');
    for (const other of [{ reliability: 'A', credibility: 1 }, null] as const) {
      const res = await edit(s, 'C040', { grade: other, notes: 'Edited (synthetic)' });
      expect(res.status).toBe(409);
      const answer = (await res.json()) as { error: { code: string; field: string; message: string } };
      expect(answer.error).toMatchObject({ code: 'grade_through_history', field: 'grade' });
      expect(answer.error.message).toContain('reliability B, credibility 2');
    }
    expect(await read(s, 'C040')).toEqual(before);
  });

  it('an ungraded claim cannot be graded by an edit either; an edit with its own grade goes through', async () => {
    const s = await start({ engine });
    expect((await edit(s, 'C040', { grade: { reliability: 'B', credibility: 2 } })).status).toBe(409);
    expect((await read(s, 'C040')).grade).toBeNull();
    const res = await edit(s, 'C040', { notes: 'Edited (synthetic)' });
    expect(res.status).toBe(200);
    const after = await read(s, 'C040');
    expect(after.notes).toBe('Edited (synthetic)');
    expect([after.grade, after.gradeHistory]).toEqual([null, []]);
  });

  it('an import with overwrite that gives another grade appends a grade change, dated, from the grade it replaced', async () => {
    const s = await start({ engine });
    await grade(s, 'C040', { ...B2, at: '2025-01-15' });
    const before = await read(s, 'C040');
    const res = await s.request('/api/imports?overwrite=true', {
      ...json([{ ...before, grade: { reliability: 'C', credibility: 3 } }]),
      token: TOKENS.analyst,
    });
    expect(res.status).toBe(200);
    const after = await read(s, 'C040');
    expect(after.grade).toEqual({ reliability: 'C', credibility: 3 });
    expect(after.gradeHistory).toHaveLength(2);
    expect(after.gradeHistory[1]).toMatchObject({
      at: new Date().toISOString().slice(0, 10),
      from: { reliability: 'B', credibility: 2 },
      reliability: 'C',
      credibility: 3,
      by: 'ana',
    });
    expect(after.gradeHistory[1]?.rationale).toContain('C3');
    // The same row again changes nothing, and adds no change.
    await s.request('/api/imports?overwrite=true', {
      ...json([{ ...before, grade: { reliability: 'C', credibility: 3 } }]),
      token: TOKENS.analyst,
    });
    expect((await read(s, 'C040')).gradeHistory).toHaveLength(2);
  });
});

describe('grade history in the database', () => {
  it('is append-only even by SQL, and survives a restart', async () => {
    const s = await start();
    await grade(s, 'C040', B2);
    await s.close();
    const db = new Database(join(s.dataDir, 'claimwatch.sqlite'));
    expect(() => db.prepare("UPDATE grade_changes SET rationale = 'rewritten'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM grade_changes').run()).toThrow(/append-only/);
    db.close();
    const again = await start({ dataDir: s.dataDir });
    expect((await read(again, 'C040')).grade).toEqual({ reliability: 'B', credibility: 2 });
  });

  it('GET /api/claims/grades refuses a parameter other than asof, naming it', async () => {
    const s = await start();
    const res = await s.request('/api/claims/grades?state=corroborated');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'invalid_filters', issues: [{ field: 'state' }] } });
  });
});
