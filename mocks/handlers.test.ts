import { parseClaimFilters } from '../src/contract/claim-filters';
import { selectClaims } from '../src/contract/select-claims';
import {
  ApiErrorBodySchema,
  ClaimListResponseSchema,
  MetricListResponseSchema,
  SourceListResponseSchema,
  EventListResponseSchema,
} from '../src/contract/responses';
import { ClaimSchema } from '../src/contract/claim-schema';
import { mockDataset } from './mock-db';

const get = async (path: string) => {
  const response = await fetch(`http://localhost/api${path}`);
  return { status: response.status, body: (await response.json()) as unknown };
};

describe('mock API', () => {
  it('lists every claim, oldest first, with the total', async () => {
    const { status, body } = await get('/claims');
    expect(status).toBe(200);
    const list = ClaimListResponseSchema.parse(body);
    expect(list.total).toBe(mockDataset().claims.length);
    expect(list.claims).toHaveLength(list.total);
    const dated = list.claims.filter((c) => c.claimedOn !== null).map((c) => c.claimedOn ?? '');
    expect(dated).toEqual([...dated].sort((a, b) => a.slice(0, 7).localeCompare(b.slice(0, 7)) || 0));
  });

  it.each([
    'state=corroborated',
    'state=single_source&state=unverified',
    'kind=projection_warning',
    'metric=containers_shipped',
    'type=intelligence_service&from=2024-10-01&to=2024-12-31',
    'source=kr-nis',
    'asof=2024-10-31',
    'country=UA&q=zelensky',
  ])('filters %s exactly as the shared semantics say', async (query) => {
    const { body } = await get(`/claims?${query}`);
    const list = ClaimListResponseSchema.parse(body);
    const { filters } = parseClaimFilters(new URLSearchParams(query));
    const expected = selectClaims(mockDataset().claims, filters);
    expect(list.claims.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
    expect(list.claims.length).toBeGreaterThan(0);
  });

  it('gives every NIS claim for the NIS, whatever label the report used, and resolves an old name link the same way', async () => {
    const nisLabels = /\bNIS\b|^South Korean intelligence/;
    const expected = mockDataset()
      .claims.filter((c) => nisLabels.test(c.speaker.organisation))
      .map((c) => c.id)
      .sort();
    expect(
      new Set(
        mockDataset()
          .claims.filter((c) => expected.includes(c.id))
          .map((c) => c.speaker.organisation),
      ).size,
    ).toBeGreaterThanOrEqual(4);
    expect(expected).toContain('C041');
    for (const query of [
      'source=kr-nis',
      `source=${encodeURIComponent('National Intelligence Service (NIS)')}`,
      `source=${encodeURIComponent('South Korean intelligence')}`,
    ]) {
      const list = ClaimListResponseSchema.parse((await get(`/claims?${query}`)).body);
      expect(list.claims.map((c) => c.id).sort()).toEqual(expected);
    }
  });

  it('rejects an invalid filter with 400 naming the parameter', async () => {
    const { status, body } = await get('/claims?state=rumour');
    expect(status).toBe(400);
    const error = ApiErrorBodySchema.parse(body);
    expect(error.error.issues?.[0]?.field).toBe('state');
  });

  it('serves one claim by id, and 404 for an unknown id', async () => {
    const first = mockDataset().claims[0];
    if (!first) throw new Error('empty dataset');
    const found = await get(`/claims/${first.id}`);
    expect(ClaimSchema.parse(found.body).id).toBe(first.id);
    const missing = await get('/claims/NOPE');
    expect(missing.status).toBe(404);
    expect(ApiErrorBodySchema.parse(missing.body).error.message).toContain('NOPE');
  });

  it('serves metrics, events and sources in the contract shape', async () => {
    expect(MetricListResponseSchema.parse((await get('/metrics')).body).metrics.length).toBeGreaterThan(0);
    expect(EventListResponseSchema.parse((await get('/events')).body).events.length).toBeGreaterThan(0);
    const sources = SourceListResponseSchema.parse((await get('/sources')).body).sources;
    expect(sources.reduce((n, s) => n + s.claimCount, 0)).toBe(mockDataset().claims.length);
  });
});
