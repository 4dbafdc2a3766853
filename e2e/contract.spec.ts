import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, waitForClaims } from './support/browser';

describe('the mock API in the built app', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(() => browser.close());

  test('serves the OpenAPI document and rejects bad requests with specific errors', async () => {
    const page = await openPage(browser);
    await waitForClaims(page);
    // No named helpers inside evaluate: the TS loader would wrap them in a function the page lacks.
    const [openapi, bad, missing] = await page.evaluate((paths) =>
      Promise.all(paths.map(async (path) => {
        const r = await fetch(path);
        return { status: r.status, body: (await r.json()) as Record<string, unknown> };
      })),
      ['/api/openapi.json', '/api/claims?state=not_a_state', '/api/claims/NOPE'],
    );
    assert.ok(openapi && bad && missing);
    const answers = { openapi, bad, missing };
    assert.equal(answers.openapi.body.openapi, '3.1.0');
    assert.ok(Object.keys(answers.openapi.body.paths ?? {}).includes('/api/claims'));
    assert.equal(answers.bad.status, 400);
    assert.match(JSON.stringify(answers.bad.body), /"path":"state"/);
    assert.equal(answers.missing.status, 404);
    assert.match(JSON.stringify(answers.missing.body), /NOPE/);
  });
});
