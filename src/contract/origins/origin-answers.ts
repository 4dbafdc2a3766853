import type { Claim } from '../claim-schema';
import type { OriginListResponse, OriginResponse } from '../responses';
import type { Origin } from './origin-schema';
import { ONE_ORIGIN_WARNING, oneOriginWarning, type ClaimsWithOrigins } from './with-origins';

interface Index {
  origins: Map<string, Origin>;
  claims: Map<string, Claim>;
}

/** Lookups of one derivation, built once: both APIs answer several requests from the same one. */
const indexes = new WeakMap<ClaimsWithOrigins, Index>();

function indexOf(view: ClaimsWithOrigins): Index {
  let index = indexes.get(view);
  if (!index) {
    index = {
      origins: new Map(view.origins.map((o) => [o.id, o])),
      claims: new Map(view.claims.map((c) => [c.id, c])),
    };
    indexes.set(view, index);
  }
  return index;
}

/** A claim as both APIs serve it (with its origin and corroboration), or null. */
export const derivedClaim = (view: ClaimsWithOrigins, id: string): Claim | null => indexOf(view).claims.get(id) ?? null;

/**
 * A claim as both APIs serve it after a change of its verification state alone, from the derivation made before the
 * change: neither grouping origins nor finding supporting claims reads a state, so its origin and corroboration stand,
 * and only the one-origin warning (which reads the state) is derived again. Null when the view has no such claim.
 * This is what lets a state change be answered without deriving every claim again.
 */
export function withStateChanged(view: ClaimsWithOrigins, stored: Claim): Claim | null {
  const before = derivedClaim(view, stored.id);
  if (!before) return null;
  const origin = before.originId ? indexOf(view).origins.get(before.originId) : undefined;
  const claim = { ...stored, originId: before.originId, corroboration: before.corroboration };
  const warning = oneOriginWarning(claim, before.corroboration, origin);
  const kept = stored.warnings.filter((w) => w.code !== ONE_ORIGIN_WARNING);
  return { ...claim, warnings: warning ? [...kept, warning] : kept };
}

/** GET /api/origins: every origin, oldest first, and how many claims have none. */
export function originList(view: ClaimsWithOrigins): OriginListResponse {
  return {
    origins: view.origins,
    unknownOriginClaims: view.claims.reduce((n, c) => (c.originId === null ? n + 1 : n), 0),
  };
}

/** GET /api/origins/{id}: the origin and its claims in the origin's order, or null for an id no origin has. */
export function originAnswer(view: ClaimsWithOrigins, id: string): OriginResponse | null {
  const { origins, claims } = indexOf(view);
  const origin = origins.get(id);
  if (!origin) return null;
  return { origin, claims: origin.claimIds.flatMap((claimId) => claims.get(claimId) ?? []) };
}

/** The origin a claim belongs to now, with its claims: the answer of every origin decision. */
export function originAnswerForClaim(view: ClaimsWithOrigins, claimId: string): OriginResponse | null {
  const originId = indexOf(view).claims.get(claimId)?.originId ?? null;
  return originId === null ? null : originAnswer(view, originId);
}
