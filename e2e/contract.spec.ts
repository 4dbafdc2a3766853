import { expect, test } from './fixtures/test';
import { waitForClaims } from './support/charts';

test.describe('the mock API in the built app', () => {
  // A rendered app page: the msw worker controls it and answers the fetches, as it does for the app.
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await waitForClaims(page);
  });

  test('GET /api/openapi.json is an OpenAPI 3.1.0 document describing /api/claims', async ({ api }) => {
    const answer = await api.get('/api/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/json/);
    const doc = answer.body as { openapi?: unknown; paths?: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths ?? {}), 'paths include /api/claims').toContain('/api/claims');
  });

  test('GET /api/claims answers { claims, total }', async ({ api }) => {
    const answer = await api.get('/api/claims');
    expect(answer.status).toBe(200);
    const body = answer.body as { claims?: unknown; total?: unknown };
    expect(Array.isArray(body.claims), 'a claims array').toBe(true);
    const claims = body.claims as unknown[];
    expect(claims.length, 'a non-empty claims array').toBeGreaterThan(0);
    expect(typeof body.total).toBe('number');
    expect(body.total as number, 'total counts at least the claims returned').toBeGreaterThanOrEqual(claims.length);
  });

  test('GET /api/claims?state=not_a_state answers 400 with an error naming the parameter', async ({ api }) => {
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

  test('GET /api/claims/NOPE answers 404', async ({ api }) => {
    const answer = await api.get('/api/claims/NOPE');
    expect(answer.status, `status 404 (body ${JSON.stringify(answer.body)})`).toBe(404);
    expect(JSON.stringify(answer.body), 'the error names the id asked for').toMatch(/NOPE/);
  });
});
