import {
  ApiErrorBodySchema,
  ClaimListResponseSchema,
  OriginListResponseSchema,
  OriginResponseSchema,
} from '../src/contract/responses';
import { ClaimSchema } from '../src/contract/claim-schema';
import { mockDataset, mockOriginDecisions } from './mock-db';
import { setMockScenario } from './scenarios';

const NIS_BRIEFING = 'kr-nis.2024-12-19.intelligence_briefing';
const NIS_OCTOBER = 'kr-nis.2024-10-23.intelligence_briefing';
const NSC_OCTOBER = 'us-nsc.2024-10-23.official_statement';

const get = async (path: string) => {
  const response = await fetch(`http://localhost/api${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
};
const post = async (path: string, body: unknown) => {
  const response = await fetch(`http://localhost/api/origins${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
};
const idsFor = async (query: string) =>
  ClaimListResponseSchema.parse((await get(`/claims?${query}`)).body)
    .claims.map((c) => c.id)
    .sort();

describe('mock API: origins', () => {
  it('lists the origins of the dataset claims, every claim in one', async () => {
    const { origins, unknownOriginClaims } = OriginListResponseSchema.parse((await get('/origins')).body);
    expect(origins.flatMap((o) => o.claimIds).length + unknownOriginClaims).toBe(mockDataset().claims.length);
    expect(origins.find((o) => o.id === NIS_BRIEFING)?.claimIds).toEqual(['C060', 'C089']);
  });

  it('serves one origin with its claims, and 404 in the error shape for an unknown id', async () => {
    const found = OriginResponseSchema.parse((await get(`/origins/${NIS_BRIEFING}`)).body);
    expect(found.claims.map((c) => c.originId)).toEqual([NIS_BRIEFING, NIS_BRIEFING]);
    const missing = await get('/origins/nope');
    expect(missing.status).toBe(404);
    expect(ApiErrorBodySchema.parse(missing.body).error).toMatchObject({ code: 'not_found' });
  });

  it('serves claims with their origin and corroboration, and filters on them', async () => {
    expect(ClaimSchema.parse((await get('/claims/C046')).body).corroboration.independent).toEqual(['C047']);
    expect(await idsFor(`origin=${NIS_BRIEFING}`)).toEqual(['C060', 'C089']);
    expect(await idsFor('independent=true')).toEqual(expect.arrayContaining(['C046', 'C047']));
  });

  it('merges in memory, and the claims are derived again at once', async () => {
    const rationale = 'The NSC readout restates the NIS briefing';
    const merged = await post('/merge', { originIds: [NIS_OCTOBER, NSC_OCTOBER], rationale });
    expect(merged.status).toBe(200);
    const { origin } = OriginResponseSchema.parse(merged.body);
    expect(origin.claimIds).toEqual(['C046', 'C047']);
    expect(origin.decisions).toEqual([
      { action: 'merge', claimIds: ['C046', 'C047'], rationale, by: null, at: expect.any(String) },
    ]);
    expect(await idsFor('warning=corroborated_one_origin')).toEqual(['C046', 'C047']);
    expect(await idsFor('independent=true')).not.toContain('C046');
  });

  it('splits and confirms in memory, each answered with the resulting origin', async () => {
    const split = await post(`/${NIS_BRIEFING}/split`, { claimIds: ['C089'], rationale: 'A later briefing' });
    const apart = OriginResponseSchema.parse(split.body);
    expect(apart.claims.map((c) => c.id)).toEqual(['C089']);
    const remaining = OriginListResponseSchema.parse((await get('/origins')).body).origins.find((o) =>
      o.claimIds.includes('C060'),
    );
    expect(remaining?.claimIds).toEqual(['C060']);
    const confirmed = await post(`/${apart.origin.id}/confirm`, { rationale: 'Checked against the transcript' });
    expect(OriginResponseSchema.parse(confirmed.body).origin).toMatchObject({ id: apart.origin.id, confirmed: true });
    expect(mockOriginDecisions().map((d) => d.action)).toEqual(['split', 'confirm']);
  });

  it.each<[string, string, unknown, number, string]>([
    ['a rationale too short', `/${NIS_BRIEFING}/confirm`, { rationale: 'ok' }, 400, 'invalid_body'],
    ['a body that is not JSON', '/merge', '{', 400, 'invalid_json'],
    ['one origin', '/merge', { originIds: [NIS_BRIEFING, NIS_BRIEFING], rationale: 'Same' }, 400, 'too_few_origins'],
    ['an unknown origin', '/merge', { originIds: [NIS_BRIEFING, 'nope'], rationale: 'Same' }, 404, 'unknown_origin'],
    ['a stranger', `/${NIS_BRIEFING}/split`, { claimIds: ['C046'], rationale: 'Other' }, 400, 'not_in_origin'],
    ['every claim', `/${NIS_BRIEFING}/split`, { claimIds: ['C060', 'C089'], rationale: 'All' }, 400, 'split_all'],
  ])('refuses %s as the server does, and records nothing', async (_case, path, body, status, code) => {
    const answer = await post(path, body);
    expect(answer.status).toBe(status);
    expect(ApiErrorBodySchema.parse(answer.body).error.code).toBe(code);
    expect(mockOriginDecisions()).toEqual([]);
  });

  it('forgets its decisions when the dataset is replaced (a scenario, or the end of a test)', async () => {
    await post(`/${NIS_BRIEFING}/confirm`, { rationale: 'Checked' });
    expect(mockOriginDecisions()).toHaveLength(1);
    setMockScenario(null);
    expect(mockOriginDecisions()).toEqual([]);
  });
});
