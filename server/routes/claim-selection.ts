import { ClaimFiltersSchema, type ClaimFilters } from '../../src/contract/claim-filters';
import { claimFiltersToParams } from '../../src/contract/claim-filter-params';
import { rememberedColumns } from '../../src/contract/claim-columns';
import { columnsAnswer, positionsHoldingText, scanPositions } from '../../src/contract/column-filters';
import { claimMatchesFilters } from '../../src/contract/claim-matches-filters';
import { keepIds } from '../../src/contract/claim-list-params';
import { canonicalSourceParams } from '../../src/contract/sources/resolve-source';
import { withSourceIds } from '../../src/contract/sources/resolve-claim-sources';
import { claimPosition } from '../../src/contract/origins/origin-answers';
import { selectWithOrigins } from '../../src/contract/origins/select-with-origins';
import { selectInOrder } from '../../src/contract/select-claims';
import type { Claim } from '../../src/contract/claim-schema';
import { asArray, type Sequence } from '../../src/contract/chunked-list';
import type { ClaimStore } from '../store/claim-store';
import { indexedSearchWords } from '../store/claim-filter-index';
import type { ClaimView } from './claim-list-cache';
import { estimatedShareForTheTextIndex } from './text-share-estimate';

/* Which claims a read keeps (read-routes.ts), and a summary thread's too (server/summaries/summary-worker.ts). */

const NO_FILTERS = ClaimFiltersSchema.parse({});

/** Positions in a view's claims (null: every claim), answered when called: valid until anything else can run. */
export type PositionsNow = () => ArrayLike<number> | null;

/**
 * The claims `filters` keep, from a view of the store: what GET /api/claims lists and GET /api/claims/summary counts.
 * Old links name the organisation as written: select by entity id. A claim stored without one (edited through a form
 * that does not send it) is matched by what its organisation resolves to.
 */
export async function selection(store: ClaimStore, filters: ClaimFilters, searchIndexFrom: number) {
  const registry = filters.source.length > 0 ? await store.sources.list() : [];
  if (filters.source.length > 0) filters.source = canonicalSourceParams(filters.source, registry);
  const linked = (claims: readonly Claim[]) =>
    filters.source.length > 0 ? withSourceIds(claims, registry).claims : claims;
  const unfiltered = claimFiltersToParams(filters).toString() === '';
  /**
   * The positions in `view.claims` of the only claims that can be kept, ascending: those of the ids asked for
   * (`only`) that the text index found (when it was asked); null when any claim can.
   */
  const candidates = async (view: ClaimView, version: string | null, only: readonly string[] | null) => {
    const found =
      view.claims.length >= searchIndexFrom ? await searchedInTheDatabase(store, filters, version, view) : null;
    const ids = only ?? found;
    if (!ids) return null;
    const positions = new Set<number>();
    for (const id of ids) {
      const position = only && found && !found.has(id) ? undefined : claimPosition(view, id);
      if (position !== undefined) positions.add(position);
    }
    return [...positions].sort((a, b) => a - b);
  };
  /**
   * The positions kept when no claim need be read (null: every claim): unfiltered, the candidates; otherwise the
   * filters the view's columns answer (those a dashboard ticks most). Undefined when the claims must be read. Answered
   * as a function, to call and use without waiting: a scan answers in its own array, which the next scan writes over.
   */
  const withoutReading = (view: ClaimView, among: number[] | null): PositionsNow | undefined => {
    if (unfiltered) return () => among;
    if (among || !columnsAnswer(filters)) return undefined;
    const columns = rememberedColumns(view.claims);
    return () => scanPositions(columns, filters);
  };
  const claimsAt = (view: ClaimView, positions: ArrayLike<number> | null): Sequence<Claim> =>
    positions ? Array.from(positions, (i) => view.claims.at(i) as Claim) : view.claims;
  const { q, ...withoutText } = filters;
  /**
   * The positions the claims must be read at, among `among`, and the filters left to read them with: the text is
   * searched in the view's texts first (its words are not in any claim's other fields), so no claim's text is folded
   * again for this read and kept beside the view's.
   */
  const toRead = (view: ClaimView, among: number[] | null): [number[] | null, ClaimFilters] =>
    q ? [positionsHoldingText(view.claims, q, among), withoutText] : [among, filters];
  return {
    /**
     * The claims kept, in the answer's order; of the ids `only` when given. Every claim is the view's own list, not a
     * copy of it: asArray(…) where one array is needed.
     */
    async claims(
      view: ClaimView,
      version: string | null,
      only: readonly string[] | null = null,
    ): Promise<Sequence<Claim>> {
      // The stored claims are derived again only for an answer as known on `asof`: over all of them.
      if (filters.asof) {
        const [raw, claims] = [linked(view.raw.toArray()), linked(view.claims.toArray())];
        return keepIds(selectWithOrigins(raw, claims, view, filters), only);
      }
      const among = await candidates(view, version, only);
      const answered = withoutReading(view, among);
      if (answered !== undefined) return claimsAt(view, answered());
      // The view is kept in the answer's order: filtered, it stays in it.
      const [kept, rest] = toRead(view, among);
      return selectInOrder(linked(asArray(claimsAt(view, kept))), rest);
    },
    /**
     * The same selection as the positions of its claims in `view.claims` (null: every claim), for answers read from
     * the view's columns: a function to call and use without waiting. Undefined as known on `asof`, where the claims
     * are derived again.
     */
    async positions(view: ClaimView, version: string | null): Promise<PositionsNow | undefined> {
      if (filters.asof) return undefined;
      const among = await candidates(view, version, null);
      const answered = withoutReading(view, among);
      if (answered !== undefined) return answered;
      const [kept, rest] = toRead(view, among);
      const claims = linked(asArray(claimsAt(view, kept)));
      const positions: number[] = [];
      for (let k = 0; k < claims.length; k += 1)
        if (claimMatchesFilters(claims[k] as Claim, rest)) positions.push(kept ? (kept[k] as number) : k);
      return () => positions;
    },
  };
}

/** The share of the claims above which a word is not worth asking the text index for: reading them all is as fast. */
const COMMON_WORD_SHARE = 1 / 8;

/**
 * Where the text index keeps no counts of its terms (PostgreSQL's trigram index), the share of the claims above which
 * it is not asked: the share whose texts hold the words' trigrams (which the database reads and checks again),
 * estimated from a sample of the view's texts; the texts are all read instead. Without it a common word (in a third
 * of the claims, say) had the database send hundreds of thousands of ids for one read.
 *
 * The two ways cost unlike amounts when chosen wrongly. Reading the texts costs about the same for any word (a summary
 * of 1,000,000 SYNTHETIC claims: 25–35 ms); the index's cost grows with the claims it checks, and a summary asks it
 * twice at once (the server's thread and its summary thread): 3–5 ms for 300 claims, 20–150 ms for 4,000. A sample of
 * 2,048 texts is coarse: for words held by 4,000 claims (8 texts expected) it found 2 to 16. At 1 in 512 (4 texts) it
 * sent 8 of 90 such words to the index, the slowest summaries of the bench; at 1 in 1,024 (2 texts), 1 of 90, and every
 * word of 300 claims still goes to the index (docs/benchmarks.md, thirty-ninth pass).
 */
const DATABASE_SEARCH_MOST_SHARE = 1 / 1024;

/**
 * The ids of the claims whose text holds every word of `q`, found by the database's text index (migration 009) rather
 * than by reading every claim's text: the selection then filters only these, with the same semantics. Null, and the
 * claims are read whole, when there is no `q` the index serves, when the index would check many claims for it (its
 * counts say so, or a sample of the view's texts where it has none), or when the store changed from `version` (the
 * view's) while it was asked.
 */
async function searchedInTheDatabase(
  store: ClaimStore,
  filters: ClaimFilters,
  version: string | null,
  view: ClaimView,
): Promise<Set<string> | null> {
  if (!filters.q || version === null || indexedSearchWords(filters.q).length === 0) return null;
  const bound = await store.claims.textSearchBound(filters.q);
  if (bound !== null && bound > view.claims.length * COMMON_WORD_SHARE) return null;
  if (bound === null && estimatedShareForTheTextIndex(view.claims, filters.q) > DATABASE_SEARCH_MOST_SHARE) return null;
  const found = await store.claims.matchingIds({ ...NO_FILTERS, q: filters.q });
  // Found at another version than the view's (a write since it was read): not of the view's claims.
  if (!found || found.version !== version) return null;
  return new Set(found.ids);
}
