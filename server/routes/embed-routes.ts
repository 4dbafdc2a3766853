import { Hono, type Context } from 'hono';
import type { ClaimStore } from '../store/claim-store';
import type { AuthVariables } from '../auth/require-role';
import { oembedAnswer } from '../../src/contract/embed';
import { apiError } from './api-error';
import { jsonAnswer } from './json-answer';

/**
 * The origin readers use: behind a proxy that terminates TLS (CLAIMWATCH_TRUST_PROXY), the scheme it received
 * (`X-Forwarded-Proto`), else the request's own.
 */
export function publicOrigin(c: Context, trustProxy: boolean): string {
  const url = new URL(c.req.url);
  const forwarded = trustProxy ? c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() : undefined;
  return forwarded === 'https' || forwarded === 'http' ? `${forwarded}://${url.host}` : url.origin;
}

/** GET /api/oembed?url=…: the oEmbed answer ("rich", the <iframe> code) for a charts view or an embed of it. */
export function embedRoutes(store: ClaimStore, trustProxy: boolean) {
  return new Hono<{ Variables: AuthVariables }>().get('/oembed', async (c) => {
    const query = new URL(c.req.url).searchParams;
    const answer = oembedAnswer(query, publicOrigin(c, trustProxy), await store.reference.listMetrics());
    if ('status' in answer) return apiError(c, answer.status, answer.code, answer.message);
    return jsonAnswer(c, answer);
  });
}
