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
  // The view being built or built for `version`: requests that arrive meanwhile share it rather than build their own.
  let view: Promise<ClaimView> | null = null;
  const answers = new Map<string, string>();
  /** Read first, so whatever is read after it is at least this new: a view is never older than its version. */
  const sync = async () => {
    const current = await store.version();
    if (current === version) return;
    version = current;
    view = null;
    answers.clear();
  };
  const build = async (): Promise<ClaimView> => {
    const [raw, registry, decisions] = await Promise.all([
      store.claims.list(),
      store.sources.list(),
      store.originDecisions.list(),
    ]);
    return { ...withOrigins(raw, registry, decisions), raw, registry, decisions };
  };
  const cache = {
    async view(): Promise<ClaimView> {
      await sync();
      if (!view) {
        const building = build();
        view = building;
        // A failed read is not remembered: the next request tries again.
        building.catch(() => {
          if (view === building) view = null;
        });
      }
      return view;
    },
    /** The serialised answer for `key`, built once per store version. */
    async answer(key: string, build: (view: ClaimView) => unknown | Promise<unknown>): Promise<string> {
      await sync();
      const cached = answers.get(key);
      if (cached !== undefined) return cached;
      const seen = version;
      const body = JSON.stringify(await build(await cache.view()));
      // A write while this was built: the answer may be of the newer data, so it is not kept under the older version.
      if (seen !== version) return body;
      if (answers.size >= maxAnswers) answers.delete(answers.keys().next().value as string);
      answers.set(key, body);
      return body;
    },
  };
  return cache;
}
