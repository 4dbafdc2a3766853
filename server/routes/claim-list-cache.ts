import { isMainThread } from 'node:worker_threads';
import type { Claim } from '../../src/contract/claim-schema';
import { rememberClaimsEdited, rememberedColumns } from '../../src/contract/claim-columns';
import { reserveScanScratch } from '../../src/contract/column-filters';
import { prepareSummaries, warmUpSummaries } from '../../src/contract/summarize-claims';
import { rememberTextsEdited, rememberTextsReordered, searchTextsOf } from '../../src/contract/search-texts';
import { compareClaims } from '../../src/contract/select-claims';
import { originsById, withOrigins, type ClaimsWithOrigins } from '../../src/contract/origins/with-origins';
import { withClaimsEdited } from '../../src/contract/origins/with-claims-edited';
import { readKeyedDays, rereadDays } from '../../src/contract/origins/keyed-days';
import { claimPosition, withStateChanged } from '../../src/contract/origins/origin-answers';
import { MAX_CLAIMS_ADDED_IN_PLACE, withClaimInserted } from './claim-view-inserted';
import { ChunkedList } from '../../src/contract/chunked-list';
import { reserveSpareColumns, retireColumns } from '../../src/contract/columns-retired';
import type { ClaimStore } from '../store/claim-store';
import type { ClaimView } from './claim-view';
import { cachedAnswer, SerialisedAnswer, type CachedAnswer } from './cached-answer';
import { collectGarbage, COLLECT_AFTER_VIEWS_OF } from './collect-garbage';
import { warmUpSearches } from './warm-up-searches';
import { warmUpWriteAnswers } from './warm-up-write-answers';

export type { ClaimView } from './claim-view';

export type ClaimListCache = ReturnType<typeof createClaimListCache>;

/**
 * Reads of the claims, remembered until the store changes (`store.version()`): the claims as
 * parsed from the database, the same claims with their origins (withOrigins over every claim, the
 * source registry and the analysts' decisions), and serialised answers keyed by their canonical request, with their
 * gzip once a client has asked for it, up to `maxBytes` in all (the least recently used go first). Any write, by this
 * server or another on the same database, empties it. One cache serves every route of an app. A view read from the
 * store (at a start, or after a change it cannot be brought up to date with) is followed by `afterReading` before any
 * read is answered from it: a full collection from COLLECT_AFTER_VIEWS_OF claims (collect-garbage.ts).
 */
export function createClaimListCache(
  store: ClaimStore,
  maxBytes = 64 * 1024 * 1024,
  { afterReading = collectReadingsGarbage }: { afterReading?: (claims: number) => void } = {},
) {
  let version: string | null = null;
  // The view being built or built for `version`: requests that arrive meanwhile share it rather than build their own.
  let view: Promise<ClaimView> | null = null;
  const answers = new Map<string, CachedAnswer>();
  const sizes = new Map<CachedAnswer, number>();
  let bytes = 0;
  const resize = (answer: CachedAnswer, size: number) => {
    // An answer evicted (or of an older version) before its gzip was done no longer counts.
    if (!sizes.has(answer)) return;
    bytes += size - (sizes.get(answer) ?? 0);
    sizes.set(answer, size);
    evict();
  };
  const evict = () => {
    for (const [key, answer] of answers) {
      if (bytes <= maxBytes) break;
      answers.delete(key);
      bytes -= sizes.get(answer) ?? 0;
      sizes.delete(answer);
    }
  };
  /** Read first, so whatever is read after it is at least this new: a view is never older than its version. */
  const sync = async () => {
    const current = await store.version();
    if (current === version) return;
    const [before, held] = [version, view];
    version = current;
    // Brought up to date from the one held when the writes since only changed verification states (or nothing it
    // shows); else read again when asked.
    view = null;
    if (before !== null && held !== null) remember(updated(held, before));
    answers.clear();
    sizes.clear();
    bytes = 0;
  };
  /** The view being made for the current version; a failed read is not remembered: the next request tries again. */
  const remember = (making: Promise<ClaimView>): Promise<ClaimView> => {
    view = making;
    making.catch(() => {
      if (view === making) view = null;
    });
    return making;
  };
  const updated = async (held: Promise<ClaimView>, since: string): Promise<ClaimView> => {
    const [base, told] = await Promise.all([held.catch(() => null), store.changesSince(since)]);
    const next = await derived(base, told);
    // Its columns' arrays recycled for the views after it, once the readers that may hold it are done.
    if (base && next !== base) retireColumns(base.claims, next.claims);
    return next;
  };
  const derived = async (
    base: ClaimView | null,
    told: Awaited<ReturnType<ClaimStore['changesSince']>>,
  ): Promise<ClaimView> => {
    if (!base || !told || told.changes.some((c) => c.kind === 'other')) return build();
    const ids = new Set(told.changes.flatMap((c) => (c.kind === 'state' || c.kind === 'claim' ? [c.claimId] : [])));
    if (ids.size === 0) return base;
    const stored = await Promise.all([...ids].map((id) => store.claims.get(id)));
    // A claim's content (or a new claim) may change any claim's origin and supporters: derived again over every
    // claim held, with no claim read but these.
    const next = told.changes.some((c) => c.kind === 'claim')
      ? withClaimsChanged(base, stored)
      : withStatesChanged(base, stored);
    if (!next) return build();
    // The days of the claims changed read again now, by chain head: the next new claim on one of them is answered
    // without reading them (keyed-days.ts). Writes are answered by the main thread alone.
    if (isMainThread)
      rereadDays(
        next.raw,
        stored.flatMap((claim) => claim ?? []),
        next.registry,
      );
    return next;
  };
  const build = async (): Promise<ClaimView> => {
    const [stored, registry, decisions, metrics] = await Promise.all([
      store.claims.list(),
      store.sources.list(),
      store.originDecisions.list(),
      store.reference.listMetrics(),
    ]);
    // In the order the API answers in, once per version: no selection sorts them again (selectInOrder).
    const raw = stored.sort(compareClaims);
    const view = inNewOrder({ ...chunked(withOrigins(raw, registry, decisions), raw), registry, decisions });
    // The search texts too: at 1,000,000 claims the first search after a start waited 14 s for them and the columns.
    searchTextsOf(view.claims);
    warmUpSearches(view.claims, metrics);
    // Writes are answered by the main thread alone, not by a summary thread's.
    if (isMainThread) {
      // Every day's claims by chain head, read now: a new claim's answer groups it with its day's (keyed-days.ts).
      readKeyedDays(view.raw, view.registry);
      warmUpWriteAnswers(view);
    }
    if (view.claims.length >= COLLECT_AFTER_VIEWS_OF) reserveSpareColumns(view.claims);
    afterReading(view.claims.length);
    return view;
  };
  const currentView = () => view ?? remember(build());
  const cache = {
    /** Reads the store's version once and brings the cache to it: a route tags its answer with it (an ETag). */
    async version(): Promise<string> {
      await sync();
      return version as string;
    },
    async view(): Promise<ClaimView> {
      await sync();
      return currentView();
    },
    /**
     * The serialised answer for `key`, built once per store version (and kept while it fits in `maxBytes`). A route
     * that has just asked for `version()` says so (`synced`), and the store's version is not read again.
     */
    async answer(
      key: string,
      build: (view: ClaimView) => unknown | Promise<unknown>,
      { synced = false } = {},
    ): Promise<CachedAnswer> {
      if (!synced) await sync();
      const cached = answers.get(key);
      if (cached !== undefined) {
        // The most recently used last: eviction takes the map's first.
        answers.delete(key);
        answers.set(key, cached);
        return cached;
      }
      const seen = version;
      const built = await build(await currentView());
      const gzipped = (gzipBytes: number) => resize(answer, answer.jsonBytes + gzipBytes);
      const answer =
        built instanceof SerialisedAnswer
          ? cachedAnswer(built.json, gzipped, built.utf8)
          : cachedAnswer(JSON.stringify(built), gzipped);
      // A write while this was built: the answer may be of the newer data, so it is not kept under the older version.
      if (seen !== version || answer.jsonBytes > maxBytes) return answer;
      answers.set(key, answer);
      sizes.set(answer, 0);
      resize(answer, answer.jsonBytes);
      return answer;
    },
    /** What the answers take now (bytes of JSON and of gzip), and how many there are. */
    stats: () => ({ answers: answers.size, bytes }),
  };
  return cache;
}

/**
 * `view` with these claims as stored now (changed or new), in answer order, and every claim's origin, supporters and
 * warning as withOrigins over the claims held derives them. Edits that change no origin's inputs are derived from the
 * view, claim by claim where support can have changed (withClaimsEdited); other changes derive every claim again. Null
 * when one of them is no longer stored.
 */
export function withClaimsChanged(view: ClaimView, stored: readonly (Claim | null)[]): ClaimView | null {
  const changed = new Map<string, Claim>();
  for (const claim of stored) {
    if (!claim) return null;
    changed.set(claim.id, claim);
  }
  const added = [...changed.values()].filter((claim) => claimPosition(view, claim.id) === undefined);
  if (added.length > 0 && added.length <= MAX_CLAIMS_ADDED_IN_PLACE) {
    // Edits first (with the claims held), then each new claim inserted in its place.
    const edits = [...changed.values()].filter((claim) => !added.includes(claim));
    let next: ClaimView | null = edits.length > 0 ? withClaimsChanged(view, edits) : view;
    for (const claim of added) next = next && withClaimInserted(next, claim);
    if (next) return next;
  }
  const edited = withClaimsEdited(view, [...changed.values()], (id) => claimPosition(view, id));
  if (edited) {
    // Every claim keeps its place: the view's order (and its lookup of positions) stands.
    const positions = [...changed.keys()].map((id) => claimPosition(view, id) as number);
    const claims = view.claims.withReplaced(edited.claims);
    rememberClaimsEdited(view.claims, claims, positions);
    rememberTextsEdited(view.claims, claims, positions);
    return { ...view, claims, raw: view.raw.withReplaced(edited.raw) };
  }
  const changedIds = new Set(changed.keys());
  const raw = view.raw.toArray().map((claim) => {
    const now = changed.get(claim.id);
    changed.delete(claim.id);
    return now ?? claim;
  });
  // Nearly in order already: the sort's runs make this one pass over the claims.
  raw.push(...changed.values());
  raw.sort(compareClaims);
  const next = inNewOrder({
    ...chunked(withOrigins(raw, view.registry, view.decisions), raw),
    registry: view.registry,
    decisions: view.decisions,
  });
  // The search texts of the claims that did not change are kept, found by id.
  rememberTextsReordered(view.claims, next.claims, (id) => claimPosition(view, id), changedIds);
  return next;
}

/**
 * A view whose claims are in an order of their own, with its lookup of claims by id and the summary's columns made now,
 * with the view, rather than by the first write or read that needs them (at 1,000,000 claims, seconds of one reader's
 * wait).
 */
function inNewOrder(view: Omit<ClaimView, 'order'>): ClaimView {
  const ordered = { ...view, order: {} };
  claimPosition(ordered, '');
  originsById(ordered.origins);
  const columns = rememberedColumns(ordered.claims);
  // The working arrays of a scan and a summary of this many claims too, and the columns grouped by metric: made by the
  // first read, at 1,000,000 claims the arrays' 30 MB started a full collection of the heap (3 s) in it.
  reserveScanScratch(columns);
  prepareSummaries(columns);
  warmUpSummaries(columns);
  return ordered;
}

/**
 * `view` with these claims' verification states as stored now: their one-origin warning derived again, and nothing
 * else, for origins and supporting claims read no state (`withStateChanged`). Null when a claim is not in the view.
 */
export function withStatesChanged(view: ClaimView, stored: readonly (Claim | null)[]): ClaimView | null {
  const derived = new Map<number, Claim>();
  const raw = new Map<number, Claim>();
  for (const claim of stored) {
    const index = claim ? claimPosition(view, claim.id) : undefined;
    const served = claim && index !== undefined ? withStateChanged(view, claim) : null;
    if (!claim || index === undefined || !served || view.raw.at(index)?.id !== claim.id) return null;
    derived.set(index, served);
    raw.set(index, claim);
  }
  // Only the chunks of the changed claims are copied: at 1,000,000 claims two copies of every claim's place took
  // 50 ms of each state change here, and their garbage started a full collection every 75 or so changes.
  const claims = view.claims.withReplaced(derived);
  // The summary's columns and the search texts, when made, are kept rather than made again from every claim.
  rememberClaimsEdited(view.claims, claims, derived.keys());
  rememberTextsEdited(view.claims, claims, derived.keys());
  return { ...view, claims, raw: view.raw.withReplaced(raw) };
}

/** A derivation and the claims it was made from, each in chunks. */
const chunked = ({ claims, origins }: ClaimsWithOrigins, raw: readonly Claim[]) => ({
  claims: ChunkedList.of(claims),
  origins,
  raw: ChunkedList.of(raw),
});

/**
 * The garbage of reading a view of `claims` claims, collected now, while its readers wait for it anyway, rather than
 * during the reads after it (collect-garbage.ts says what that cost).
 */
function collectReadingsGarbage(claims: number): void {
  if (claims < COLLECT_AFTER_VIEWS_OF) return;
  const seconds = (collectGarbage() / 1000).toFixed(1);
  const who = isMainThread ? 'Claims read' : 'Summary thread: claims read';
  console.log(`${who}: ${claims}; the reading's garbage collected in ${seconds} s.`);
}
