import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { apiGet, closePages, launchBrowser, newPage, waitForCharts } from './support/browser';

describe('the mock API in the built app', { timeout: 240_000 }, () => {
  let browser: Browser;
  /** One rendered app page for these read-only requests: the msw worker controls it and answers the fetches. */
  let page: Page;
  before(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await waitForCharts(page);
  });
  after(async () => {
    await closePages();
    await browser.close();
  });

  test('GET /api/openapi.json is an OpenAPI 3.1.0 document describing /api/claims', async () => {
    const answer = await apiGet(page, '/api/openapi.json');
    assert.equal(answer.status, 200);
    assert.match(answer.contentType, /json/);
    const doc = answer.body as { openapi?: unknown; paths?: Record<string, unknown> };
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(
      doc.paths && Object.hasOwn(doc.paths, '/api/claims'),
      `paths include /api/claims: ${Object.keys(doc.paths ?? {}).join(', ')}`,
    );
  });

  test('GET /api/claims answers { claims, total }', async () => {
    const answer = await apiGet(page, '/api/claims');
    assert.equal(answer.status, 200);
    const body = answer.body as { claims?: unknown; total?: unknown };
    assert.ok(Array.isArray(body.claims) && body.claims.length > 0, 'a non-empty claims array');
    assert.equal(typeof body.total, 'number');
    assert.ok((body.total as number) >= body.claims.length, 'total counts at least the claims returned');
  });

  test('GET /api/claims?state=not_a_state answers 400 with an error naming the parameter', async () => {
    const answer = await apiGet(page, '/api/claims?state=not_a_state');
    assert.equal(answer.status, 400, `status 400 (body ${JSON.stringify(answer.body)})`);
    assert.match(answer.contentType, /json/);
    const text = JSON.stringify(answer.body);
    assert.ok(
      typeof answer.body === 'object' && answer.body !== null && 'error' in answer.body,
      `an error body: ${text}`,
    );
    // "state" as a word of its own: the rejected value "not_a_state" alone does not count.
    assert.match(text, /\bstate\b/, `the error names the parameter "state": ${text}`);
  });

  test('GET /api/claims/NOPE answers 404', async () => {
    const answer = await apiGet(page, '/api/claims/NOPE');
    assert.equal(answer.status, 404, `status 404 (body ${JSON.stringify(answer.body)})`);
    assert.match(JSON.stringify(answer.body), /NOPE/, 'the error names the id asked for');
  });
});
