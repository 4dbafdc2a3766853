import type { Claim } from '../claim-schema';
import type { ClaimFilters } from '../claim-filters';
import { claimAsKnownOn, selectClaims } from '../select-claims';
import type { SourceEntity } from '../source-schema';
import type { OriginDecision } from './origin-schema';
import { withOrigins } from './with-origins';

export interface OriginInputs {
  registry: readonly SourceEntity[];
  decisions: readonly OriginDecision[];
}

/**
 * The claim list both APIs answer: filters applied after the derivation (origin=, independent=
 * and the corroborated_one_origin warning depend on it). `current` is `raw` derived with today's
 * knowledge. As known on `asof`, the derivation is made again over the claims known then, in the
 * states they had: a supporting claim made later is a later development.
 */
export function selectWithOrigins(
  raw: readonly Claim[],
  current: readonly Claim[],
  inputs: OriginInputs,
  filters: ClaimFilters,
): Claim[] {
  const { asof, ...rest } = filters;
  if (!asof) return selectClaims(current, filters);
  const known = raw.flatMap((c) => claimAsKnownOn(c, asof) ?? []);
  return selectClaims(withOrigins(known, inputs.registry, inputs.decisions).claims, rest);
}
