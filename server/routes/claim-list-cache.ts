import type { Claim } from '../../src/contract/claim-schema';
import type { ClaimStore } from '../store/claim-store';

/**
 * Reads of the claim list, remembered until the store changes (`store.version()`): the claims as
 * parsed from the database, and up to `maxAnswers` serialised answers keyed by their canonical
 * filters. A write here or a commit by another process (the import CLI) empties it.
 */
export function createClaimListCache(store: ClaimStore, maxAnswers = 32) {
  let version: string | null = null;
  let claims: Claim[] | null = null;
  const answers = new Map<string, string>();
  const sync = () => {
    const current = store.version();
    if (current === version) return;
    version = current;
    claims = null;
    answers.clear();
  };
  return {
    claims(): Claim[] {
      sync();
      claims ??= store.listClaims();
      return claims;
    },
    /** The serialised answer for `key`, built once per store version. */
    answer(key: string, build: (claims: Claim[]) => unknown): string {
      sync();
      const cached = answers.get(key);
      if (cached !== undefined) return cached;
      const body = JSON.stringify(build(this.claims()));
      if (answers.size >= maxAnswers) answers.delete(answers.keys().next().value as string);
      answers.set(key, body);
      return body;
    },
  };
}
