import type { Page } from '@playwright/test';
import type { Claim } from '../../src/contract/claim-schema';
import { reachForThePage } from './reach';

export interface ApiAnswer {
  status: number;
  contentType: string;
  body: unknown;
}

/**
 * GET from inside the page, so the mock service worker (or, on the real-API build, the server)
 * answers exactly as it does for the app. It waits for the app's mark that the API is ready: the demo's worker
 * starts with the app, and before that the preview server would answer with index.html.
 */
export async function apiGet(page: Page, path: string): Promise<ApiAnswer> {
  // The app loads (and starts the demo's mock worker) when the reader reaches for the page.
  await reachForThePage(page);
  // The app marks <html data-api-ready> once the demo's mock worker answers (at once against a real server).
  await page.locator('html[data-api-ready="true"]').waitFor({ state: 'attached', timeout: 20_000 });
  return page.evaluate(async (p) => {
    const response = await fetch(p, { headers: { accept: 'application/json' } });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text, the caller's assertion shows it
    }
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body };
  }, path);
}

/** GET /api/claims?<query> from inside the page; throws unless it answers 200 with a claims list. */
export async function apiClaims(page: Page, query = ''): Promise<{ claims: Claim[]; total: number }> {
  const answer = await apiGet(page, `/api/claims${query ? `?${query}` : ''}`);
  const body = answer.body as { claims?: unknown; total?: unknown } | null;
  if (answer.status !== 200 || !body || !Array.isArray(body.claims)) {
    throw new Error(`GET /api/claims?${query} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  }
  return body as { claims: Claim[]; total: number };
}
