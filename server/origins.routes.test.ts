// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../src/contract/claim-schema';
import { TOKENS, testServerPool } from './testing/test-server';
import { claimIds } from './sources.test-helpers';
import {
  NIS_BRIEFING,
  NIS_OCTOBER,
  NSC_OCTOBER,
  errorOf,
  originAnswerOf,
  originList,
  postOrigin,
} from './origins.test-helpers';

const start = testServerPool();

describe('GET /api/origins', () => {
  it('lists every origin of the stored claims, oldest first, each claim in exactly one', async () => {
    const s = await start();
    const { origins, unknownOriginClaims } = await originList(s);
    expect(origins.find((o) => o.id === NIS_BRIEFING)).toMatchObject({
      label: 'NIS closed-door briefing',
      ownerId: 'kr-nis',
      claimIds: ['C060', 'C089'],
      confirmed: false,
      decisions: [],
    });
    const members = origins.flatMap((o) => o.claimIds);
    expect(new Set(members).size).toBe(members.length);
    expect(members.length + unknownOriginClaims).toBe(64);
    const dates = origins.flatMap((o) => (o.date && o.date.length === 10 ? [o.date] : []));
    expect(dates).toEqual([...dates].sort());
  });

  it('gives one origin with its claims, each carrying its originId, and 404 in the error shape for an unknown id', async () => {
    const s = await start();
    const found = await originAnswerOf(await s.request(`/api/origins/${NIS_BRIEFING}`));
    expect(found.claims.map((c) => [c.id, c.originId])).toEqual([
      ['C060', NIS_BRIEFING],
      ['C089', NIS_BRIEFING],
    ]);
    const missing = await s.request('/api/origins/kr-nis.1999-01-01.document');
    expect(missing.status).toBe(404);
    expect(await errorOf(missing)).toMatchObject({ field: '(request)', code: 'not_found' });
  });

  it('serves every claim read with its origin and corroboration, and filters on them', async () => {
    const s = await start();
    const c046 = ClaimSchema.parse(await (await s.request('/api/claims/C046')).json());
    expect(c046).toMatchObject({ originId: NIS_OCTOBER, corroboration: { independent: ['C047'] } });
    expect(await claimIds(s, `origin=${NIS_BRIEFING}`)).toEqual(['C060', 'C089']);
    expect(await claimIds(s, 'independent=true')).toEqual(expect.arrayContaining(['C046', 'C047', 'C077', 'C079']));
    expect(await claimIds(s, 'warning=corroborated_one_origin')).toEqual([]);
  });
});

describe('origin decisions', () => {
  const why = { rationale: 'The NSC readout restates the NIS briefing of the same day' };

  it('merge: one origin of every claim of both, the decision returned with who and why; the warning follows', async () => {
    const s = await start();
    const response = await postOrigin(s, '/merge', { originIds: [NIS_OCTOBER, NSC_OCTOBER], ...why }, TOKENS.analyst);
    expect(response.status).toBe(200);
    const { origin, claims } = await originAnswerOf(response);
    expect(origin.claimIds).toEqual(['C046', 'C047']);
    expect(origin.decisions).toEqual([
      { action: 'merge', claimIds: ['C046', 'C047'], rationale: why.rationale, by: 'ana', at: expect.any(String) },
    ]);
    expect(claims.map((c) => c.corroboration.sameOrigin)).toEqual([['C047'], ['C046']]);
    expect(await claimIds(s, 'warning=corroborated_one_origin')).toEqual(['C046', 'C047']);
    expect(await claimIds(s, 'independent=true')).not.toContain('C046');
    expect((await originList(s)).origins.map((o) => o.id)).not.toContain(NSC_OCTOBER);
  });

  it('split: the claims named become an origin of their own, answered with it', async () => {
    const s = await start();
    const split = { claimIds: ['C089'], rationale: 'C089 is from a later briefing' };
    const response = await postOrigin(s, `/${NIS_BRIEFING}/split`, split, TOKENS.admin);
    const { origin, claims } = await originAnswerOf(response);
    expect(claims.map((c) => c.id)).toEqual(['C089']);
    expect(origin.decisions).toMatchObject([{ action: 'split', by: 'adm', ...split }]);
    expect(await claimIds(s, `origin=${origin.id}`)).toEqual(['C089']);
    const rest = (await originList(s)).origins.find((o) => o.claimIds.includes('C060'));
    expect(rest?.claimIds).toEqual(['C060']);
  });

  it('confirm: marked confirmed, with the decision', async () => {
    const s = await start();
    const response = await postOrigin(s, `/${NIS_BRIEFING}/confirm`, why, TOKENS.analyst);
    const { origin } = await originAnswerOf(response);
    expect(origin).toMatchObject({ id: NIS_BRIEFING, confirmed: true });
    expect(origin.decisions).toMatchObject([{ action: 'confirm', claimIds: ['C060', 'C089'], by: 'ana' }]);
  });

  it('needs an analyst or admin token', async () => {
    const s = await start();
    const body = { claimIds: ['C089'], ...why };
    expect(await errorOf(await postOrigin(s, `/${NIS_BRIEFING}/split`, body))).toMatchObject({
      code: 'unauthorized',
    });
    expect((await postOrigin(s, `/${NIS_BRIEFING}/split`, body, TOKENS.viewer)).status).toBe(403);
    expect((await postOrigin(s, '/merge', { originIds: [NIS_OCTOBER, NSC_OCTOBER], ...why })).status).toBe(401);
    expect((await originList(s)).origins.every((o) => o.decisions.length === 0)).toBe(true);
  });

  it.each<[string, string, unknown, number, string, RegExp]>([
    ['no rationale', `/${NIS_BRIEFING}/confirm`, {}, 400, 'invalid_body', /^The confirm request .*: rationale: /],
    [
      'a rationale too short',
      `/${NIS_BRIEFING}/confirm`,
      { rationale: 'ok' },
      400,
      'invalid_body',
      /rationale: Say why \(at least 3 characters\)/,
    ],
    ['a body that is not JSON', '/merge', '{"originIds": [', 400, 'invalid_json', /must be JSON/],
    [
      'one origin named twice',
      '/merge',
      { originIds: [NIS_BRIEFING, NIS_BRIEFING], ...why },
      400,
      'too_few_origins',
      /at least two different origins/,
    ],
    [
      'an unknown origin',
      '/merge',
      { originIds: [NIS_BRIEFING, 'kr-nis.1999-01-01.document'], ...why },
      404,
      'unknown_origin',
      /"kr-nis\.1999-01-01\.document"/,
    ],
    [
      'a claim of another origin',
      `/${NIS_BRIEFING}/split`,
      { claimIds: ['C089', 'C046'], ...why },
      400,
      'not_in_origin',
      /"C046" is not among the claims/,
    ],
    [
      'every claim of the origin',
      `/${NIS_BRIEFING}/split`,
      { claimIds: ['C060', 'C089'], ...why },
      400,
      'split_all',
      /not all of them/,
    ],
    ['an unknown origin to split', '/nope/split', { claimIds: ['C089'], ...why }, 404, 'not_found', /"nope"/],
  ])('refuses %s, and records nothing', async (_case, path, body, status, code, message) => {
    const s = await start();
    const response = await postOrigin(s, path, body, TOKENS.analyst);
    expect(response.status).toBe(status);
    const answer = await errorOf(response);
    expect(answer).toMatchObject({ code, message: expect.stringMatching(message) });
    if (code !== 'invalid_json') expect(answer.issues?.[0]?.message).toBeTruthy();
    expect(await s.store.originDecisions.list()).toEqual([]);
  });
});
