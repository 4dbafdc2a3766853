import type { MiddlewareHandler } from 'hono';
import type { ClaimStore, Role } from '../store/claim-store';
import { hashToken } from './tokens';
import { apiError } from '../routes/api-error';

export type AuthVariables = { user: { name: string; role: Role } | null };

/** Reads a bearer token if one is sent; a token that is sent but unknown is refused at once. */
export function identify(store: ClaimStore): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (!header) {
      c.set('user', null);
      return next();
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match?.[1] ? await store.tokens.find(hashToken(match[1])) : null;
    if (!user)
      return apiError(c, 401, 'unauthorized', 'The bearer token is not valid. Sign in again with a current token.');
    c.set('user', user);
    return next();
  };
}

/** Lets the request through only for the given roles: 401 without a token, 403 with the wrong role. */
export function requireRole(...roles: Role[]): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) return apiError(c, 401, 'unauthorized', 'This needs a bearer token (Authorization: Bearer <token>).');
    if (!roles.includes(user.role))
      return apiError(c, 403, 'forbidden', `The role "${user.role}" may not do this; it needs ${roles.join(' or ')}.`);
    return next();
  };
}
