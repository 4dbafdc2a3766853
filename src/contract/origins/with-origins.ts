import type { Claim } from '../claim-schema';
import type { Positional } from '../chunked-list';
import { issue, type Issue } from '../issue-schema';
import type { SourceEntity } from '../source-schema';
import { groupOrigins } from './group-origins';
import { NO_CORROBORATION, type Corroboration, type Origin, type OriginDecision } from './origin-schema';
import { supporterIndices } from './supporting-claims';
import { ONE_ORIGIN_WARNING } from './origin-rules';

export { ONE_ORIGIN_WARNING };

export interface ClaimsWithOrigins {
  claims: Claim[];
  origins: Origin[];
}

/** Each supporter's id by kind, reused by every claim: each answer copies them at their length (a server holds them all). */
const byKind = {
  independent: [] as string[],
  sameOrigin: [] as string[],
  sameOwner: [] as string[],
  unknownOrigin: [] as string[],
};

/** An answer's list: the one frozen empty list when empty (answers are never changed), else a copy at its length. */
const NONE = Object.freeze([]) as readonly string[] as string[];
const copied = (ids: string[]) => (ids.length === 0 ? NONE : ids.slice());

function corroborationOf(
  claims: Positional<Claim>,
  supporters: readonly number[],
  mine: string | null,
  originAt: (index: number) => string | null,
  byId: OriginLookup,
): Corroboration {
  // A claim with no supporter shares one (frozen) answer rather than hold four empty lists of its own.
  if (supporters.length === 0) return NO_CORROBORATION;
  const ownerOf = (originId: string) => byId.get(originId)?.ownerId;
  const { independent, sameOrigin, sameOwner, unknownOrigin } = byKind;
  independent.length = sameOrigin.length = sameOwner.length = unknownOrigin.length = 0;
  for (const j of supporters) {
    const id = claims.at(j)?.id ?? '';
    const theirs = originAt(j);
    if (mine === null || theirs === null) unknownOrigin.push(id);
    else if (theirs === mine) sameOrigin.push(id);
    else if (ownerOf(theirs) === ownerOf(mine)) sameOwner.push(id);
    else independent.push(id);
  }
  return {
    independent: copied(independent),
    sameOrigin: copied(sameOrigin),
    sameOwner: copied(sameOwner),
    unknownOrigin: copied(unknownOrigin),
  };
}

export function oneOriginWarning(claim: Claim, corroboration: Corroboration, origin: Origin | undefined): Issue | null {
  if (claim.verification.state !== 'corroborated') return null;
  const repeats = [...corroboration.sameOrigin, ...corroboration.sameOwner];
  if (corroboration.independent.length > 0 || repeats.length === 0) return null;
  const where = origin
    ? `"${origin.label}" (${origin.ownerName}${origin.date ? `, ${origin.date}` : ''})`
    : 'its origin';
  return issue(
    'verification.state',
    ONE_ORIGIN_WARNING,
    `Marked corroborated, but every supporting claim (${repeats.join(', ')}) repeats ${where} or another statement of the same organisation; no independent origin supports it.`,
  );
}

/**
 * The claims as both APIs serve them: each with its origin, the claims that support its figure
 * (independent only when from another origin and another organisation), and a warning where a
 * claim marked corroborated is supported by its own origin alone. Derived afresh every time: a
 * stored warning of that code is replaced, never kept stale.
 */
export function withOrigins(
  claims: readonly Claim[],
  registry: readonly SourceEntity[],
  decisions: readonly OriginDecision[] = [],
): ClaimsWithOrigins {
  const { origins, originOf } = groupOrigins(claims, registry, decisions);
  const byId = originsById(origins);
  const supporters = supporterIndices(claims);
  const originIds = claims.map((c) => originOf.get(c.id) ?? null);
  const originAt = (index: number) => originIds[index] ?? null;
  const derived = claims.map((_claim, index) => derivedAt(claims, index, supporters[index] ?? [], originAt, byId));
  return { claims: derived, origins };
}

/** Origins found by id: a Map, or a Map seen with some origins replaced (rememberOriginsReplaced). */
export type OriginLookup = Pick<ReadonlyMap<string, Origin>, 'get'>;

/** A lookup: a Map made for one list, seen with the origins replaced since (none in the list it was made for). */
interface Lookup extends OriginLookup {
  base: ReadonlyMap<string, Origin>;
  added: ReadonlyMap<string, Origin>;
  removed: ReadonlySet<string>;
}

const lookupOf = (
  base: ReadonlyMap<string, Origin>,
  added: ReadonlyMap<string, Origin> = new Map(),
  removed: ReadonlySet<string> = new Set(),
): Lookup => ({
  base,
  added,
  removed,
  get: (id) => added.get(id) ?? (removed.has(id) ? undefined : base.get(id)),
});

const byIdOf = new WeakMap<readonly Origin[], Lookup>();

/** A derivation's origins by id: made once per list of origins, and shared by every answer and update made from it. */
export function originsById(origins: readonly Origin[]): OriginLookup {
  let byId = byIdOf.get(origins);
  if (!byId) {
    byId = lookupOf(new Map(origins.map((o) => [o.id, o])));
    byIdOf.set(origins, byId);
  }
  return byId;
}

/** Origins replaced since a lookup's Map was made, at most: the next list's Map is made afresh, when first asked. */
const MAX_REPLACED = 50_000;

/**
 * The lookup of `after`, the origins of `before` without the ids `removed` and with `added`: the Map of `before` seen
 * with those replaced (remembered for `after`), rather than a Map of every origin (at 1,000,000 claims, half a second).
 * `after` may be `before` itself, for a caller that needs the lookup and not the list (an answer).
 */
export function rememberOriginsReplaced(
  before: readonly Origin[],
  after: readonly Origin[],
  removed: ReadonlySet<string>,
  added: readonly Origin[],
): OriginLookup {
  const held = originsById(before) as Lookup;
  if (held.added.size + held.removed.size + added.length + removed.size > MAX_REPLACED)
    return after === before ? lookupOf(new Map(after.map((o) => [o.id, o]))) : originsById(after);
  const mine = new Map(held.added);
  const gone = new Set(held.removed);
  for (const id of removed) {
    mine.delete(id);
    gone.add(id);
  }
  for (const origin of added) mine.set(origin.id, origin);
  const lookup = lookupOf(held.base, mine, gone);
  if (after !== before) byIdOf.set(after, lookup);
  return lookup;
}

/** The claim as served with this origin and corroboration: its one-origin warning derived again, any stored one dropped. */
export function servedWith(
  claim: Claim,
  originId: string | null,
  corroboration: Corroboration,
  origin: Origin | undefined,
): Claim {
  const warning = oneOriginWarning(claim, corroboration, origin);
  // The claim's own list when nothing in it changes: a server holds a million of these.
  const stale = claim.warnings.some((w) => w.code === ONE_ORIGIN_WARNING);
  const kept = stale ? claim.warnings.filter((w) => w.code !== ONE_ORIGIN_WARNING) : claim.warnings;
  return { ...claim, originId, corroboration, warnings: warning ? [...kept, warning] : kept };
}

/**
 * The claim at `index` as served: its origin, the corroboration its supporters (indices into `claims`) give, and its
 * one-origin warning derived again. `originAt` gives the origin of the claim at an index, `byId` the origins.
 */
export function derivedAt(
  claims: Positional<Claim>,
  index: number,
  supporters: readonly number[],
  originAt: (index: number) => string | null,
  byId: OriginLookup,
): Claim {
  const originId = originAt(index);
  const corroboration = corroborationOf(claims, supporters, originId, originAt, byId);
  return servedWith(claims.at(index) as Claim, originId, corroboration, originId ? byId.get(originId) : undefined);
}
