import {
  ApiErrorBodySchema,
  ClaimListResponseSchema,
  MetricListResponseSchema,
  SourceListResponseSchema,
  EventListResponseSchema,
} from '../src/contract/responses';
import { ClaimSchema } from '../src/contract/claim-schema';
import { mockDataset } from './mock-db';
import rawDataset from '../data/default-dataset.json';

type RawClaim = (typeof rawDataset.claims)[number];
/** Text a search looks in (speaker, outlet, quote, notes, …), lower-cased: plain enough to check by eye. */
const searchable = (c: RawClaim) =>
  [c.id, c.speaker.name, c.speaker.role, c.speaker.organisation, c.source.outlet, c.quote?.text, c.notes]
    .concat([c.verification.note, c.figure.text, ...c.provenance])
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
/** Made by the end of October 2024: a day up to the 31st, or a month up to October (the last day of `asof`'s month). */
const madeByEndOfOctober2024 = (c: RawClaim) =>
  c.claimedOn !== null && (c.claimedOn.length === 7 ? c.claimedOn <= '2024-10' : c.claimedOn <= '2024-10-31');

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

  // Each filter read plainly off the raw data file, not through the shared filtering code the handler calls; the ids
  // named were checked by hand in data/default-dataset.json.
  it.each<[string, (c: RawClaim) => boolean, string[]]>([
    ['state=corroborated', (c) => c.verification.state === 'corroborated', ['C024']],
    [
      'state=single_source&state=unverified',
      (c) => c.verification.state === 'single_source' || c.verification.state === 'unverified',
      ['C040'],
    ],
    ['kind=projection_warning', (c) => c.kind === 'projection_warning', ['C041', 'C043', 'C051', 'C092']],
    ['metric=containers_shipped', (c) => c.metricId === 'containers_shipped', ['C004']],
    [
      'type=intelligence_service&from=2024-10-01&to=2024-12-31',
      (c) =>
        c.speaker.type === 'intelligence_service' &&
        c.claimedOn !== null &&
        c.claimedOn >= '2024-10' &&
        c.claimedOn <= '2024-12-31',
      ['C040', 'C024'],
    ],
    ['source=kr-nis', (c) => c.speaker.sourceId === 'kr-nis', ['C040']],
    ['asof=2024-10-31', madeByEndOfOctober2024, ['C039', 'C040']],
    [
      'country=UA&q=zelensky',
      (c) => c.speaker.country === 'UA' && searchable(c).includes('zelensky'),
      ['C022', 'C023'],
    ],
  ])('answers %s with exactly the claims the data file holds for it', async (query, keep, handChecked) => {
    const { body } = await get(`/claims?${query}`);
    const ids = ClaimListResponseSchema.parse(body)
      .claims.map((c) => c.id)
      .sort();
    const expected = rawDataset.claims
      .filter(keep)
      .map((c) => c.id)
      .sort();
    expect(ids).toEqual(expected);
    expect(ids).toEqual(expect.arrayContaining(handChecked));
    const excluded = rawDataset.claims.filter((c) => !keep(c));
    expect(excluded.length, 'the filter leaves some claims out').toBeGreaterThan(0);
  });

  it('answers asof with the state each claim had on that day', async () => {
    const list = ClaimListResponseSchema.parse((await get('/claims?asof=2024-10-31')).body);
    // C039 was disputed on 2024-10-10 and retracted only on 2025-04-26.
    expect(list.claims.find((c) => c.id === 'C039')?.verification).toMatchObject({
      state: 'disputed_denied',
      laterDevelopments: null,
    });
    expect(list.claims.map((c) => c.id)).not.toContain('C092'); // made in June 2025
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
