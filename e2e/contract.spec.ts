import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { apiOf, type Api } from './fixtures/app';
import { waitForClaims } from './support/charts';

test.describe('the mock API in the built app', () => {
  // Read-only requests: one rendered app page for them all, in one worker. The msw worker controls
  // it and answers its fetches, as it does for the app.
  test.describe.configure({ mode: 'default' });
  let page: Page;
  let api: Api;
  test.beforeAll(async ({ browser }, testInfo) => {
    page = await browser.newPage({ baseURL: testInfo.project.use.baseURL });
    await page.goto('/');
    await waitForClaims(page);
    api = apiOf(page);
  });
  test.afterAll(() => page.close());

  test('GET /api/openapi.json is an OpenAPI 3.1.0 document describing /api/claims', async () => {
    const answer = await api.get('/api/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/json/);
    const doc = answer.body as { openapi?: unknown; paths?: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths ?? {}), 'paths include /api/claims').toContain('/api/claims');
  });

  test('GET /api/claims answers { claims, total }', async () => {
    const answer = await api.get('/api/claims');
    expect(answer.status).toBe(200);
    const body = answer.body as { claims?: unknown; total?: unknown };
    expect(Array.isArray(body.claims), 'a claims array').toBe(true);
    const claims = body.claims as unknown[];
    expect(claims.length, 'a non-empty claims array').toBeGreaterThan(0);
    expect(typeof body.total).toBe('number');
    expect(body.total as number, 'total counts at least the claims returned').toBeGreaterThanOrEqual(claims.length);
  });

  test('GET /api/claims?state=not_a_state answers 400 with an error naming the parameter', async () => {
    const answer = await api.get('/api/claims?state=not_a_state');
    expect(answer.status, `status 400 (body ${JSON.stringify(answer.body)})`).toBe(400);
    expect(answer.contentType).toMatch(/json/);
    const text = JSON.stringify(answer.body);
    expect(
      typeof answer.body === 'object' && answer.body !== null && 'error' in answer.body,
      `an error body: ${text}`,
    ).toBe(true);
    // "state" as a word of its own: the rejected value "not_a_state" alone does not count.
    expect(text, 'the error names the parameter "state"').toMatch(/\bstate\b/);
  });

  test('GET /api/claims/summary counts, per chart, every claim GET /api/claims lists for the same filters', async () => {
    const list = (await api.get('/api/claims?state=corroborated')).body as { claims: { id: string }[] };
    const answer = await api.get('/api/claims/summary?state=corroborated&period=quarter');
    expect(answer.status).toBe(200);
    const summary = answer.body as {
      matched: number;
      charts: {
        period: string;
        claimCount: number;
        groups: { count: number }[];
        withoutFigure: { count: number };
        undated: { count: number };
      }[];
    };
    expect(summary.matched).toBe(list.claims.length);
    expect(summary.charts.length).toBeGreaterThan(0);
    for (const chart of summary.charts) {
      expect(chart.period).toBe('quarter');
      const counted = chart.groups.reduce((n, g) => n + g.count, 0) + chart.withoutFigure.count + chart.undated.count;
      expect(counted).toBe(chart.claimCount);
    }
    expect(summary.charts.reduce((n, c) => n + c.claimCount, 0)).toBe(list.claims.length);
    const refused = await api.get('/api/claims/summary?period=fortnight');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/\bperiod\b/);
  });

  test('GET /api/claims/NOPE answers 404', async () => {
    const answer = await api.get('/api/claims/NOPE');
    expect(answer.status, `status 404 (body ${JSON.stringify(answer.body)})`).toBe(404);
    expect(JSON.stringify(answer.body), 'the error names the id asked for').toMatch(/NOPE/);
  });
});
