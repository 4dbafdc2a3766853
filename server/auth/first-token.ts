import type { ClaimStore } from '../store/claim-store';
import { hashToken, newToken } from './tokens';

/** What making the first token needs of a store (the SQLite store has it). */
export type TokenLedger = Pick<ClaimStore, 'addToken' | 'transaction'> & { countTokens(): number };

export const FIRST_TOKEN_NAME = 'local analyst';

/**
 * The first start's token, as Jupyter and Grafana do it: when no token exists at all (a fresh data folder and no
 * CLAIMWATCH_TOKENS), makes one analyst token and returns its secret for the sign-in link; only its hash is kept, so
 * no later start can show it again. Returns null whenever a token already exists.
 */
export function createFirstToken(store: TokenLedger): string | null {
  return store.transaction(() => {
    if (store.countTokens() > 0) return null;
    const token = newToken();
    store.addToken(FIRST_TOKEN_NAME, 'analyst', hashToken(token));
    return token;
  });
}
