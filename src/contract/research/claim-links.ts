import type { Claim } from '../claim-schema';

const CONFLICT_WORDS = /\b(contradiction|contradicts?|conflicts?|lower than|higher than|differs?)\b/i;
const ID_PATTERN = /\bC\d{3,}\b/g;

/**
 * Contradictions the notes record, found by two rules and nothing else:
 * a denial or non-denial related to a confirmation, and a note that names another claim's id
 * in a sentence saying they conflict ("contradiction", "conflicts with", "lower than", …).
 */
export function contradictionPairs(claims: Claim[]): [string, string][] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const pairs: [string, string][] = [];
  for (const claim of claims) {
    for (const relatedId of claim.relatedClaimIds) {
      const related = byId.get(relatedId);
      if (related && isDenialAgainstConfirmation(claim, related)) pairs.push([claim.id, related.id]);
    }
    for (const sentence of (claim.notes ?? '').split(/(?<=[.;])\s+/)) {
      if (!CONFLICT_WORDS.test(sentence)) continue;
      for (const id of sentence.match(ID_PATTERN) ?? [])
        if (id !== claim.id && byId.has(id)) pairs.push([claim.id, id]);
    }
  }
  return pairs;
}

function isDenialAgainstConfirmation(a: Claim, b: Claim): boolean {
  const denies = (c: Claim) => c.kind === 'denial' || c.kind === 'non_denial';
  return (denies(a) && b.kind === 'confirmation') || (denies(b) && a.kind === 'confirmation');
}

/**
 * Makes links two-way: a related link A -> B gains B -> A when both exist, and each
 * contradiction is recorded on both claims. Ids the dataset does not hold are kept as written.
 */
export function withLinks(claims: Claim[]): Claim[] {
  const ids = new Set(claims.map((c) => c.id));
  const related = new Map(claims.map((c) => [c.id, new Set(c.relatedClaimIds)]));
  const contradicting = new Map(claims.map((c) => [c.id, new Set(c.contradictingClaimIds)]));
  for (const claim of claims)
    for (const other of claim.relatedClaimIds) if (ids.has(other)) related.get(other)?.add(claim.id);
  for (const [a, b] of contradictionPairs(claims)) {
    contradicting.get(a)?.add(b);
    contradicting.get(b)?.add(a);
  }
  const sorted = (set: Set<string> | undefined) => [...(set ?? [])].sort();
  return claims.map((c) => ({
    ...c,
    relatedClaimIds: sorted(related.get(c.id)),
    contradictingClaimIds: sorted(contradicting.get(c.id)),
  }));
}
