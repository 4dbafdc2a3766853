import type { ClaimStore } from '../store/claim-store';
import { hashToken, newToken } from './tokens';

export const FIRST_TOKEN_NAME = 'local analyst';

/**
 * The first start's token, as Jupyter and Grafana do it: when no token exists at all (a fresh data folder and no
 * CLAIMWATCH_TOKENS), makes one analyst token and returns its secret for the sign-in link; only its hash is kept, so
 * no later start can show it again. Returns null whenever a token already exists.
 */
export function createFirstToken(store: ClaimStore): Promise<string | null> {
  // Under a lock: of servers starting together on a new database, one makes the token.
  return store.transaction(async (tx) => {
    if ((await tx.tokens.count()) > 0) return null;
    const token = newToken();
    await tx.tokens.add(FIRST_TOKEN_NAME, 'analyst', hashToken(token));
    return token;
  }, 'claimwatch tokens');
}
