import type { MiddlewareHandler } from 'hono';
import { contentSecurityPolicy } from '../src/contract/content-security-policy';

/**
 * Headers for the dashboard's files: the same Content-Security-Policy as the build's meta tag,
 * plus what only a header can say (no framing), no MIME sniffing and no referrer leaks.
 */
export function staticSecurityHeaders(): MiddlewareHandler {
  const policy = contentSecurityPolicy({ header: true });
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', policy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  };
}
