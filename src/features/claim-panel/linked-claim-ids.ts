import type { Claim } from '@/contract/claim-schema';

/** Every claim the panel names beside a claim: contradicting, related, and those that corroborate it or share its origin or owner. */
export function linkedClaimIds(claim: Claim): string[] {
  const { independent, sameOrigin, sameOwner, unknownOrigin } = claim.corroboration;
  const ids = new Set([
    ...claim.contradictingClaimIds,
    ...claim.relatedClaimIds,
    ...independent,
    ...sameOrigin,
    ...sameOwner,
    ...unknownOrigin,
  ]);
  ids.delete(claim.id);
  return [...ids].sort();
}
