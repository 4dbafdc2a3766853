import { ClaimListResponseSchema } from '../src/contract/responses';
import { ClaimSchema } from '../src/contract/claim-schema';
import { DatasetSchema } from '../src/contract/dataset-schema';
import { activeMockScenario, setMockScenario } from './scenarios';
import { mockDataset } from './mock-db';
import { issuesFromZod } from '../src/contract/issues-from-zod';
import { HOSTILE_SET_ASIDE, HOSTILE_STRINGS } from './hostile-claims';
import rawDataset from '../data/default-dataset.json';

const get = (path: string) => fetch(`http://localhost/api${path}`);

describe('mock API scenarios', () => {
  it('normal by default: the scenario handlers let every request through', async () => {
    expect(activeMockScenario().name).toBe('normal');
    const response = await get('/claims');
    expect(response.status).toBe(200);
    expect(ClaimListResponseSchema.parse(await response.json()).claims.length).toBe(mockDataset().claims.length);
  });

  it('error-then-recover: three 500s on the claims list, then the list; other endpoints unharmed', async () => {
    setMockScenario({ name: 'error-then-recover', claims: 0 });
    expect((await get('/metrics')).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await get('/claims')).status);
    expect(statuses).toEqual([500, 500, 500, 200]);
  });

  it('unavailable: 503 with Retry-After twice, then the list', async () => {
    setMockScenario({ name: 'unavailable', claims: 0 });
    const first = await get('/claims');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect((await get('/claims')).status).toBe(503);
    expect((await get('/claims')).status).toBe(200);
  });

  it('malformed-json: a JSON content type over a body that does not parse', async () => {
    setMockScenario({ name: 'malformed-json', claims: 0 });
    const response = await get('/claims');
    expect(response.headers.get('content-type')).toMatch(/json/);
    await expect(response.json()).rejects.toThrow();
  });

  it('invalid-records: exactly three records break the contract, the rest are intact', async () => {
    setMockScenario({ name: 'invalid-records', claims: 0 });
    const { claims } = (await (await get('/claims')).json()) as { claims: unknown[] };
    const failures = claims.filter((c) => !ClaimSchema.safeParse(c).success);
    expect(failures).toHaveLength(3);
    expect(claims).toHaveLength(mockDataset().claims.length);
  });

  it('offline: every endpoint fails at the network level', async () => {
    setMockScenario({ name: 'offline', claims: 0 });
    await expect(get('/metrics')).rejects.toThrow();
    await expect(get('/claims')).rejects.toThrow();
  });

  it('large and empty swap the data; back to normal restores the default dataset', async () => {
    setMockScenario({ name: 'large', claims: 1234 });
    expect(ClaimListResponseSchema.parse(await (await get('/claims')).json()).total).toBe(1234);
    setMockScenario({ name: 'empty', claims: 0 });
    expect(ClaimListResponseSchema.parse(await (await get('/claims')).json()).total).toBe(0);
    setMockScenario(null);
    expect(mockDataset().claims.map((c) => c.id)).toEqual(rawDataset.claims.map((c) => c.id));
  });

  it('hostile: the hostile records are valid claims carrying every hostile string', () => {
    setMockScenario({ name: 'hostile', claims: 0 });
    const { claims, ...rest } = mockDataset();
    const valid = claims.filter((c) => !(c.id in HOSTILE_SET_ASIDE));
    const dataset = DatasetSchema.parse({ ...rest, claims: valid });
    const quotes = dataset.claims.map((c) => c.quote?.text);
    for (const text of Object.values(HOSTILE_STRINGS)) expect(quotes).toContain(text);
  });

  it('hostile: hidden characters sit only in multi-line fields of the valid records; single-line fields get hostile-but-valid text', () => {
    setMockScenario({ name: 'hostile', claims: 0 });
    const hostile = mockDataset().claims.filter((c) => c.id.startsWith('HOSTILE-') && !(c.id in HOSTILE_SET_ASIDE));
    expect(hostile.map((c) => c.figure.text)).toContain(HOSTILE_STRINGS.bidiOverride);
    expect(hostile.map((c) => c.speaker.name)).toContain(HOSTILE_STRINGS.scriptTag);
    expect(hostile.map((c) => c.speaker.organisation).some((o) => o.includes(HOSTILE_STRINGS.mixedScripts))).toBe(true);
    for (const claim of hostile) expect(ClaimSchema.safeParse(claim).success).toBe(true);
  });

  it('hostile: the records with a bidi override in a single-line field break the contract there, and the list sets them aside', async () => {
    setMockScenario({ name: 'hostile', claims: 0 });
    const { claims } = (await (await get('/claims?q=Synthetic%20hostile%20source')).json()) as { claims: unknown[] };
    const failures = claims
      .map((c) => ({ id: (c as { id: string }).id, result: ClaimSchema.safeParse(c) }))
      .filter(({ result }) => !result.success)
      .map(({ id, result }) => ({
        id,
        issues: result.error ? issuesFromZod(result.error).map((i) => `${i.field}:${i.code}`) : [],
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(failures).toEqual(
      Object.entries(HOSTILE_SET_ASIDE).map(([id, fields]) => ({
        id,
        issues: fields.map((f) => `${f}:hidden_character`),
      })),
    );
    expect(claims.length).toBe(Object.keys(HOSTILE_STRINGS).length + failures.length);
  });
});
