// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { Claim } from '../src/contract/claim-schema';
import { ClaimSummaryResponseSchema } from '../src/contract/claim-summary';
import { TOKENS, sharedTestServer, testServerPool } from './testing/test-server';
import { defaultMockDataset, replaceMockDataset } from '../mocks/mock-db';
import type { SqlEngine } from './store/sql-driver';

const NIS_BRIEFING = 'kr-nis.2024-12-19.intelligence_briefing';
const NIS_OCTOBER = 'kr-nis.2024-10-23.intelligence_briefing';
const NSC_OCTOBER = 'us-nsc.2024-10-23.official_statement';

/** The same requests against the mock API (msw, answering fetch) and the real server. */
const REQUESTS = [
  '/api/claims',
  '/api/claims?state=corroborated',
  '/api/claims?state=single_source&state=unverified&kind=estimate',
  '/api/claims?metric=containers_shipped',
  `/api/claims?source=${encodeURIComponent('National Intelligence Service (NIS)')}`,
  '/api/claims?type=government&country=UA',
  '/api/claims?from=2024-10-01&to=2024-12-31',
  '/api/claims?asof=2024-12-31',
  '/api/claims?asof=2025-05-01&state=retracted',
  '/api/claims?q=zelensky',
  '/api/claims?grade=ungraded',
  '/api/claims?state=rumour',
  '/api/claims?from=2024-02-30',
  `/api/claims?origin=${NIS_BRIEFING}&origin=${NSC_OCTOBER}`,
  '/api/claims?independent=true',
  '/api/claims?independent=true&asof=2024-10-31',
  '/api/claims?independent=yes',
  '/api/claims?warning=corroborated_one_origin',
  '/api/claims?archive=none',
  '/api/claims?archive=none&state=corroborated&asof=2024-12-31',
  '/api/claims?archive=yes',
  '/api/claims/summary?archive=none',
  '/api/claims?id=C040&id=C039,C002',
  '/api/claims?id=C040&id=NOPE&state=corroborated',
  '/api/claims?id=%3Cscript%3E',
  '/api/claims/summary',
  '/api/claims/summary?state=corroborated&state=single_source&period=quarter&samples=2',
  '/api/claims/summary?asof=2024-12-31&period=week',
  `/api/claims/summary?source=${encodeURIComponent('National Intelligence Service (NIS)')}&samples=0`,
  '/api/claims/summary?q=zelensky&period=year&samples=50',
  '/api/claims/summary?period=fortnight&samples=51&limit=5',
  '/api/claims/compare',
  '/api/claims/compare?window=week&metric=containers_shipped',
  '/api/claims/compare?window=quarter&state=corroborated&asof=2024-12-31',
  '/api/claims/compare?window=fortnight',
  '/api/claims/C040',
  '/api/claims/C039',
  '/api/claims/NOPE',
  '/api/claims/grades',
  '/api/claims/grades?asof=2024-12-31',
  '/api/claims/grades?asof=2024-02-30',
  '/api/claims/grades?state=corroborated',
  '/api/metrics',
  '/api/events',
  '/api/sources',
  '/api/origins',
  `/api/origins/${NIS_BRIEFING}`,
  '/api/origins/NOPE',
  '/api/openapi.json',
  '/api/briefings',
  `/api/oembed?url=${encodeURIComponent('http://localhost/?state=corroborated&chart=containers')}&maxheight=400`,
  `/api/oembed?url=${encodeURIComponent('http://localhost/embed')}&format=json`,
  `/api/oembed?url=${encodeURIComponent('http://localhost/embed')}&format=xml`,
  `/api/oembed?url=${encodeURIComponent('https://elsewhere.example/embed')}`,
  '/api/oembed',
  '/api/no-such-endpoint',
  '/api/claims/C040/no-such-part',
];

const post = (path: string, body: unknown) => ({
  path: `/api/origins${path}`,
  init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
});

/** Refused decisions: the mock refuses them in the very words of the server (which is asked with a token). */
const REFUSALS = [
  post('/merge', { originIds: [NIS_BRIEFING], rationale: 'Only one' }),
  post('/merge', { originIds: [NIS_BRIEFING, NIS_BRIEFING], rationale: 'The same twice' }),
  post('/merge', { originIds: [NIS_BRIEFING, 'kr-nis.1999-01-01.document'], rationale: 'Unknown' }),
  post(`/${NIS_BRIEFING}/split`, { claimIds: ['C046'], rationale: 'Not a member' }),
  post(`/${NIS_BRIEFING}/split`, { claimIds: ['C060', 'C089'], rationale: 'Every member' }),
  post(`/${NIS_BRIEFING}/confirm`, { rationale: 'no' }),
  post('/NOPE/confirm', { rationale: 'Unknown origin' }),
];

const postGrade = (id: string, body: unknown) => ({
  path: `/api/claims/${id}/grade`,
  init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
});

/** Refused grade changes: in the very words of the server. Synthetic grades, never the data's own. */
const GRADE_REFUSALS = [
  postGrade('C040', { reliability: 'G', credibility: 2, rationale: 'Synthetic' }),
  postGrade('C040', { reliability: 'B', credibility: '2', rationale: 'Synthetic' }),
  postGrade('C040', { reliability: 'B', credibility: 2, rationale: 'no' }),
  postGrade('C040', { reliability: 'B', credibility: 2, rationale: 'Synthetic', at: '2999-01-01' }),
  postGrade('C040', { rationale: '<script>alert(1)</script>' }),
  postGrade('NOPE', { reliability: 'B', credibility: 2, rationale: 'Synthetic' }),
];

/** The contract holds on both engines: SQLite (embedded) and PostgreSQL (the run's throwaway cluster). */
const ENGINES: SqlEngine[] = ['sqlite', 'postgres'];

describe.each(ENGINES)('on %s', (engine) => {
  describe('contract: the mock API and the real server answer alike', () => {
    const shared = sharedTestServer({ engine });

    it.each(REQUESTS)('%s', async (path) => {
      const mock = await fetch(`http://localhost${path}`);
      const real = await shared().request(path);
      expect(real.status).toBe(mock.status);
      expect(await real.json()).toEqual(await mock.json());
    });

    it.each(REFUSALS.map((r) => [`${r.path} ${r.init.body}`, r] as const))('POST %s', async (_name, { path, init }) => {
      const mock = await fetch(`http://localhost${path}`, init);
      const real = await shared().request(path, { ...init, token: TOKENS.analyst });
      expect(real.status).toBe(mock.status);
      expect(real.status).toBeGreaterThanOrEqual(400);
      expect(await real.json()).toEqual(await mock.json());
    });
  });

  describe('contract: grade changes', () => {
    const start = testServerPool();
    /** Who set a grade differs (the mock has no sign-in); everything else must not. */
    const withoutWho = (body: unknown) =>
      JSON.parse(JSON.stringify(body), (key: string, value: unknown) =>
        key === 'by' ? '(set by the API)' : value,
      ) as unknown;

    it.each(GRADE_REFUSALS.map((r) => [`${r.path} ${r.init.body}`, r] as const))(
      'POST %s is refused alike',
      async (_name, { path, init }) => {
        const server = await start({ engine });
        const mock = await fetch(`http://localhost${path}`, init);
        const real = await server.request(path, { ...init, token: TOKENS.analyst });
        expect(real.status).toBe(mock.status);
        expect(real.status).toBeGreaterThanOrEqual(400);
        expect(await real.json()).toEqual(await mock.json());
      },
    );

    it('after the same grade changes, the claims, the lists and the counts answer alike', async () => {
      const server = await start({ engine });
      const changes = [
        postGrade('C040', { reliability: 'B', credibility: 2, rationale: 'Synthetic first grade', at: '2025-01-15' }),
        postGrade('C040', { reliability: 'C', credibility: null, rationale: 'Synthetic regrade', at: '2025-02-01' }),
        postGrade('C039', { reliability: null, credibility: 5, rationale: 'Synthetic credibility', at: '2025-01-20' }),
      ];
      for (const { path, init } of changes) {
        const mock = await fetch(`http://localhost${path}`, init);
        const real = await server.request(path, { ...init, token: TOKENS.analyst });
        expect([real.status, mock.status]).toEqual([200, 200]);
        expect(withoutWho(await real.json())).toEqual(withoutWho(await mock.json()));
      }
      for (const path of [
        '/api/claims/grades',
        '/api/claims/grades?asof=2025-01-16',
        '/api/claims?grade=B&grade=C',
        '/api/claims?grade=ungraded&asof=2025-01-16',
        '/api/claims/C040',
        '/api/claims?id=C040&asof=2025-01-20',
      ]) {
        const mock = await (await fetch(`http://localhost${path}`)).json();
        expect(withoutWho(await (await server.request(path)).json()), path).toEqual(withoutWho(mock));
      }
      const counts = (await (await server.request('/api/claims/grades')).json()) as { graded: number };
      expect(counts.graded).toBe(2);
    });
  });

  describe('contract: pages of GET /api/claims', () => {
    const shared = sharedTestServer({ engine });
    type Page = { claims: Claim[]; total: number; matched: number; nextCursor: string | null };

    it.each(['', 'state=corroborated', 'asof=2024-12-31'])(
      '"%s": the mock and the server give the same pages, which add up to the list',
      async (query) => {
        const whole = (await (await shared().request(`/api/claims?${query}&limit=1000`)).json()) as Page;
        expect(whole.nextCursor).toBeNull();
        const ids: string[] = [];
        let cursor: string | null = null;
        do {
          const path = `/api/claims?${query}&limit=7${cursor ? `&cursor=${cursor}` : ''}`;
          const real = (await (await shared().request(path)).json()) as Page;
          const mock = (await (await fetch(`http://localhost${path}`)).json()) as Page;
          expect(real).toEqual(mock);
          expect(real.claims.length).toBeLessThanOrEqual(7);
          expect(real.matched).toBe(whole.claims.length);
          ids.push(...real.claims.map((c) => c.id));
          cursor = real.nextCursor;
        } while (cursor);
        expect(ids).toEqual(whole.claims.map((c) => c.id));
      },
    );

    it.each(['limit=0', 'limit=1001', 'limit=ten', 'cursor=not-a-cursor', 'limit=5&limit=6'])(
      'refuses %s, naming it',
      async (query) => {
        const real = await shared().request(`/api/claims?${query}`);
        const mock = await fetch(`http://localhost/api/claims?${query}`);
        expect([real.status, mock.status]).toEqual([400, 400]);
        const body = await real.json();
        expect(body).toEqual(await mock.json());
        expect(JSON.stringify(body)).toContain(`"field":"${query.split('=')[0]}"`);
      },
    );
  });

  describe('contract: GET /api/claims/summary counts exactly what GET /api/claims lists', () => {
    const shared = sharedTestServer({ engine });

    it.each([
      '',
      'state=corroborated',
      'kind=projection_warning&kind=estimate',
      'asof=2024-11-15',
      'q=NIS',
      'from=2030-01-01',
    ])('filters "%s"', async (query) => {
      const list = (await (await shared().request(`/api/claims?${query}`)).json()) as {
        claims: Claim[];
        total: number;
      };
      const answer = await shared().request(`/api/claims/summary?${query}&samples=50`);
      expect(answer.status).toBe(200);
      const summary = ClaimSummaryResponseSchema.parse(await answer.json());
      expect([summary.matched, summary.total]).toEqual([list.claims.length, list.total]);
      expect(summary.charts.reduce((n, chart) => n + chart.claimCount, 0)).toBe(list.claims.length);
      const listed = new Set(list.claims.map((c) => c.id));
      for (const chart of summary.charts) {
        const groups = chart.groups.reduce((n, g) => n + g.count, 0);
        expect(groups + chart.withoutFigure.count + chart.undated.count, chart.chartGroupId).toBe(chart.claimCount);
        const samples = [...chart.groups.flatMap((g) => g.sampleIds), ...chart.undated.sampleIds];
        for (const id of samples) expect(listed.has(id), `${id} is a claim the filters keep`).toBe(true);
        // Each group's claims have its state and kind in the list too.
        for (const group of chart.groups) {
          const members = list.claims.filter((c) => group.sampleIds.includes(c.id));
          expect(members.every((c) => c.verification.state === group.state && c.kind === group.kind)).toBe(true);
        }
      }
    });
  });

  describe('contract: after the same archived copies are recorded, archive=none narrows both alike', () => {
    const start = testServerPool();
    afterEach(() => replaceMockDataset(null));
    /* SYNTHETIC captures of two real claims' addresses (archive.example): made for this test, not real archives. */
    const ARCHIVED: Record<string, Claim['source']['archives']> = {
      C040: [{ url: 'https://archive.example/web/20250312/c040', capturedOn: '2025-03-12', sha256: 'ab12'.repeat(16) }],
      C039: [{ url: 'https://archive.example/web/20250313/c039', capturedOn: '2025-03-13', sha256: null }],
    };

    it('an analyst records them on the server; the mock holds the same; the lists agree', async () => {
      const server = await start({ engine });
      for (const [id, archives] of Object.entries(ARCHIVED)) {
        const claim = (await (await server.request(`/api/claims/${id}`)).json()) as Claim;
        const { verification, ...rest } = claim;
        const body = {
          ...rest,
          id: undefined,
          source: { ...claim.source, archives },
          verification: {
            note: verification.note,
            contestedBy: verification.contestedBy,
            laterDevelopments: verification.laterDevelopments,
          },
        };
        const answer = await server.request(`/api/claims/${id}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          token: TOKENS.analyst,
        });
        expect(answer.status).toBe(200);
      }
      const base = defaultMockDataset();
      replaceMockDataset({
        ...base,
        claims: base.claims.map((c) => {
          const archives = ARCHIVED[c.id];
          return archives ? { ...c, source: { ...c.source, archives } } : c;
        }),
      });
      for (const path of ['/api/claims?archive=none', '/api/claims?archive=none&asof=2024-12-31', '/api/claims/C040']) {
        const real = await (await server.request(path)).json();
        expect(real).toEqual(await (await fetch(`http://localhost${path}`)).json());
      }
      const kept = ((await (await server.request('/api/claims?archive=none')).json()) as { claims: Claim[] }).claims;
      expect(kept.length).toBe(base.claims.length - 2);
      expect(kept.map((c) => c.id)).not.toContain('C040');
    });
  });

  describe('contract: after the same origin decisions, both answer alike', () => {
    const start = testServerPool();
    /** Who decided and when differ (the mock has no sign-in); everything else must not. */
    const withoutWhoAndWhen = (body: unknown) =>
      JSON.parse(JSON.stringify(body), (key: string, value: unknown) =>
        key === 'by' || key === 'at' ? '(set by the API)' : value,
      ) as unknown;

    it('merge, split and confirm', async () => {
      const server = await start({ engine });
      const decisions = [
        post('/merge', { originIds: [NIS_OCTOBER, NSC_OCTOBER], rationale: 'One event, two readouts' }),
        post(`/${NIS_BRIEFING}/split`, { claimIds: ['C089'], rationale: 'A later briefing' }),
        post(`/${NIS_BRIEFING}/confirm`, { rationale: 'Checked against the transcript' }),
      ];
      for (const { path, init } of decisions) {
        const mock = await fetch(`http://localhost${path}`, init);
        const real = await server.request(path, { ...init, token: TOKENS.analyst });
        expect([real.status, mock.status]).toEqual([200, 200]);
        expect(withoutWhoAndWhen(await real.json())).toEqual(withoutWhoAndWhen(await mock.json()));
      }
      for (const path of [
        '/api/origins',
        '/api/claims?warning=corroborated_one_origin',
        '/api/claims?independent=true',
        '/api/claims/C046',
      ]) {
        const mock = await (await fetch(`http://localhost${path}`)).json();
        expect(withoutWhoAndWhen(await (await server.request(path)).json())).toEqual(withoutWhoAndWhen(mock));
      }
    });
  });
});
