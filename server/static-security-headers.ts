import type { MiddlewareHandler } from 'hono';
import { contentSecurityPolicy } from '../src/contract/content-security-policy';
import { EMBED_PATH } from '../src/contract/embed';

/**
 * Headers for the dashboard's files: the same Content-Security-Policy as the build's meta tag,
 * plus what only a header can say (no framing, but for the embed view by `embedOrigins`), no MIME sniffing and no
 * referrer leaks.
 */
export function staticSecurityHeaders(embedOrigins: readonly string[]): MiddlewareHandler {
  const policy = contentSecurityPolicy({ header: true });
  const embedPolicy = contentSecurityPolicy({ header: true, frameAncestors: embedOrigins });
  return async (c, next) => {
    await next();
    const embed = c.req.path === EMBED_PATH || c.req.path === `${EMBED_PATH}/`;
    c.header('Content-Security-Policy', embed ? embedPolicy : policy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  };
}
