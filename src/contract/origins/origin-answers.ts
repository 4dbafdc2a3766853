import type { Claim } from '../claim-schema';
import type { OriginListResponse, OriginResponse } from '../responses';
import type { Origin, OriginDecision } from './origin-schema';
import type { SourceEntity } from '../source-schema';
import { withClaimAdded } from './with-claim-added';
import type { Sequence } from '../chunked-list';
import { originsById, servedWith, type ClaimsWithOrigins } from './with-origins';
import { editedClaimsAlone, type Derivation } from './with-claims-edited';

/**
 * A derivation, and optionally the order its claims are in: views that share an `order` hold the same claim ids at the
 * same places (a server's view after a state change is such a copy of the one before), so they share one lookup.
 */
export type DerivedView = Omit<ClaimsWithOrigins, 'claims'> & { claims: Sequence<Claim>; order?: object };

/** Where each claim of a list is: a Map of every id, or one seen with claims inserted since (rememberPositionsInserted). */
interface Positions {
  get(id: string): number | undefined;
  /** The Map, and, in order, the positions now of the claims inserted since it was made (with their ids). */
  base: ReadonlyMap<string, number>;
  inserted: readonly number[];
  insertedIds: ReadonlyMap<string, number>;
}

/** Lookups built once and shared: both APIs answer several requests, and a server several views, from the same one. */
const positionMaps = new WeakMap<object, Positions>();

function positionsOf(
  base: ReadonlyMap<string, number>,
  inserted: readonly number[] = [],
  insertedIds: ReadonlyMap<string, number> = new Map(),
): Positions {
  return {
    base,
    inserted,
    insertedIds,
    get(id) {
      const own = insertedIds.get(id);
      if (own !== undefined) return own;
      const b = base.get(id);
      if (b === undefined) return undefined;
      // The claims inserted before it: the first k of `inserted` with inserted[k] - k <= b (a rising sequence).
      let low = 0;
      let high = inserted.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((inserted[middle] as number) - middle <= b) low = middle + 1;
        else high = middle;
      }
      return b + low;
    },
  };
}

/** Where the claim of this id is in `view.claims`, or undefined. */
export function claimPosition(view: DerivedView, id: string): number | undefined {
  const key = view.order ?? view.claims;
  let positions = positionMaps.get(key);
  if (!positions) {
    const map = new Map<string, number>();
    for (let index = 0; index < view.claims.length; index += 1) map.set((view.claims.at(index) as Claim).id, index);
    positions = positionsOf(map);
    positionMaps.set(key, positions);
  }
  return positions.get(id);
}

/** Claims inserted into one list before its lookup is made again: a lookup then takes a search of this many. */
const MAX_INSERTED_BEFORE_REMADE = 4096;

/**
 * Remembers for `after`, the view of `before` with the claim `id` inserted at `position`, the lookup of `before` with
 * it inserted, when that was made: at 1,000,000 claims a Map of every id takes half a second.
 */
export function rememberPositionsInserted(before: DerivedView, after: DerivedView, position: number, id: string): void {
  const held = positionMaps.get(before.order ?? before.claims);
  if (!held || held.inserted.length >= MAX_INSERTED_BEFORE_REMADE) return;
  const inserted = held.inserted.map((at) => (at >= position ? at + 1 : at));
  let k = 0;
  while (k < inserted.length && (inserted[k] as number) < position) k += 1;
  inserted.splice(k, 0, position);
  const insertedIds = new Map<string, number>();
  for (const [other, at] of held.insertedIds) insertedIds.set(other, at >= position ? at + 1 : at);
  insertedIds.set(id, position);
  positionMaps.set(after.order ?? after.claims, positionsOf(held.base, inserted, insertedIds));
}

const originOf = (view: DerivedView, id: string): Origin | undefined => originsById(view.origins).get(id);

/** A claim as both APIs serve it (with its origin and corroboration), or null. */
export function derivedClaim(view: DerivedView, id: string): Claim | null {
  const at = claimPosition(view, id);
  return at === undefined ? null : (view.claims.at(at) ?? null);
}

/**
 * A claim as both APIs serve it after a change of its verification state alone, from the derivation made before the
 * change: neither grouping origins nor finding supporting claims reads a state, so its origin and corroboration stand,
 * and only the one-origin warning (which reads the state) is derived again. Null when the view has no such claim.
 * This is what lets a state change be answered without deriving every claim again.
 */
export function withStateChanged(view: DerivedView, stored: Claim): Claim | null {
  const before = derivedClaim(view, stored.id);
  if (!before) return null;
  const origin = before.originId ? originOf(view, before.originId) : undefined;
  return servedWith(stored, before.originId, before.corroboration, origin);
}

/**
 * A claim as both APIs serve it after an edit, from the derivation made before the edit: its origin stands when the
 * edit leaves what an origin is read from as it was, and its supporters are found among the claims near it alone
 * (editedClaimsAlone). Null when the edit changes its origin's inputs, or the view has no such claim: then only a
 * derivation of every claim can answer. This is what lets an edit be answered without deriving its neighbours again.
 */
export function withEdited(view: Derivation & Pick<DerivedView, 'order'>, stored: Claim): Claim | null {
  const alone = editedClaimsAlone(view, [stored], (id) => claimPosition(view, id));
  return alone?.values().next().value ?? null;
}

/**
 * A new claim as both APIs serve it once added, from the derivation made before it: its origin grouped with the claims
 * of its chain's key alone, and its supporters found among the claims near it (withClaimAdded). Null when the view
 * holds the claim, or its origins cannot be grouped in place: then only a derivation of every claim can answer.
 */
export function withAdded(
  view: Derivation &
    Pick<DerivedView, 'order'> & { registry: readonly SourceEntity[]; decisions: readonly OriginDecision[] },
  stored: Claim,
): Claim | null {
  const added = withClaimAdded(view, stored, view, (id) => claimPosition(view, id), 'the new claim');
  return added?.claims.get(added.position) ?? null;
}

/** GET /api/origins: every origin, oldest first, and how many claims have none. */
export function originList(view: DerivedView): OriginListResponse {
  // Counted by position: a server's list after a write is in chunks, and is not made one array to be counted.
  let unknownOriginClaims = 0;
  for (let i = 0; i < view.claims.length; i += 1) if (view.claims.at(i)?.originId === null) unknownOriginClaims += 1;
  return { origins: view.origins, unknownOriginClaims };
}

/** GET /api/origins/{id}: the origin and its claims in the origin's order, or null for an id no origin has. */
export function originAnswer(view: DerivedView, id: string): OriginResponse | null {
  const origin = originOf(view, id);
  if (!origin) return null;
  return { origin, claims: origin.claimIds.flatMap((claimId) => derivedClaim(view, claimId) ?? []) };
}

/** The origin a claim belongs to now, with its claims: the answer of every origin decision. */
export function originAnswerForClaim(view: DerivedView, claimId: string): OriginResponse | null {
  const originId = derivedClaim(view, claimId)?.originId ?? null;
  return originId === null ? null : originAnswer(view, originId);
}
