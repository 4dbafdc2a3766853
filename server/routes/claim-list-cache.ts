import type { Claim } from '../../src/contract/claim-schema';
import type { OriginDecision } from '../../src/contract/origins/origin-schema';
import { withOrigins, type ClaimsWithOrigins } from '../../src/contract/origins/with-origins';
import type { SourceEntity } from '../../src/contract/source-schema';
import type { ClaimStore } from '../store/claim-store';

/** The claims as stored and as served: derived once per store version. */
export interface ClaimView extends ClaimsWithOrigins {
  /** As stored, with no derived fields (an `asof` answer derives again from these). */
  raw: Claim[];
  registry: SourceEntity[];
  decisions: OriginDecision[];
}

export type ClaimListCache = ReturnType<typeof createClaimListCache>;

/**
 * Reads of the claims, remembered until the store changes (`store.version()`): the claims as
 * parsed from the database, the same claims with their origins (withOrigins over every claim, the
 * source registry and the analysts' decisions), and up to `maxAnswers` serialised answers keyed by
 * their canonical request. Any write here (claims, imports, source merges, origin decisions) or a
 * commit by another process (the import CLI) empties it. One cache serves every route of an app.
 */
export function createClaimListCache(store: ClaimStore, maxAnswers = 32) {
  let version: string | null = null;
  let view: ClaimView | null = null;
  const answers = new Map<string, string>();
  const sync = () => {
    const current = store.version();
    if (current === version) return;
    version = current;
    view = null;
    answers.clear();
  };
  const cache = {
    view(): ClaimView {
      sync();
      if (!view) {
        const raw = store.listClaims();
        const registry = store.listSources();
        const decisions = store.listOriginDecisions();
        view = { ...withOrigins(raw, registry, decisions), raw, registry, decisions };
      }
      return view;
    },
    /** The claims as both APIs serve them. */
    claims: (): Claim[] => cache.view().claims,
    /** The serialised answer for `key`, built once per store version. */
    answer(key: string, build: (view: ClaimView) => unknown): string {
      sync();
      const cached = answers.get(key);
      if (cached !== undefined) return cached;
      const body = JSON.stringify(build(cache.view()));
      if (answers.size >= maxAnswers) answers.delete(answers.keys().next().value as string);
      answers.set(key, body);
      return body;
    },
  };
  return cache;
}
