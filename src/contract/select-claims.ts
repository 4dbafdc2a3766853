import type { Claim } from './claim-schema';
import type { Positional } from './chunked-list';
import type { ClaimFilters } from './claim-filters';
import { claimMatchesFilters } from './claim-matches-filters';
import { comparePartialDates, dateSpan } from './partial-date';
import { gradeFromHistory } from './grade-change-schema';

const endOfDay = (day: string) => Date.parse(`${day}T23:59:59.999Z`);

/**
 * The claim as it stood on `day`: null when it was not certainly made by then (undated, or dated
 * to a month that ends later); otherwise with the verification history up to that day, the state
 * that history gives, and no word of later developments; with the grade changes set by then and the grade they give
 * (before the first: the grade that came with the claim, or none).
 */
export function claimAsKnownOn(claim: Claim, day: string): Claim | null {
  const limit = endOfDay(day);
  if (claim.claimedOn === null || dateSpan(claim.claimedOn).end > limit) return null;
  const history = claim.verification.history.filter(
    (change, index) => index === 0 || (change.date !== null && dateSpan(change.date).end <= limit),
  );
  const state = history.at(-1)?.to ?? claim.verification.state;
  const graded = gradeFromHistory(claim.gradeHistory, claim.grade, limit);
  return {
    ...claim,
    verification: { ...claim.verification, state, history, laterDevelopments: null },
    grade: graded.grade,
    gradeHistory: graded.history,
  };
}

/** Oldest claim first (undated last), ties by id: the order both APIs answer in. */
export function compareClaims(a: Pick<Claim, 'id' | 'claimedOn'>, b: Pick<Claim, 'id' | 'claimedOn'>): number {
  if (a.claimedOn && b.claimedOn) return comparePartialDates(a.claimedOn, b.claimedOn) || a.id.localeCompare(b.id);
  if (a.claimedOn) return -1;
  if (b.claimedOn) return 1;
  return a.id.localeCompare(b.id);
}

/** The list both APIs answer with: as known on `asof` when given, filtered, sorted. */
export function selectClaims(claims: readonly Claim[], filters: ClaimFilters): Claim[] {
  const { asof } = filters;
  const known = asof ? claims.map((c) => claimAsKnownOn(c, asof)).filter((c): c is Claim => c !== null) : claims;
  return known.filter((c) => claimMatchesFilters(c, filters)).sort(compareClaims);
}

/**
 * selectClaims, now (no `asof`), over claims already in the answer's order (compareClaims), as a server keeps them: the
 * same list, without comparing every claim again to sort it.
 */
export function selectInOrder(claims: readonly Claim[], filters: Omit<ClaimFilters, 'asof'>): Claim[] {
  return claims.filter((c) => claimMatchesFilters(c, filters));
}

/** The first position in `raw` (in answer order) at which `claim` sorts: where it is inserted. */
export function insertionPoint(
  raw: Positional<Pick<Claim, 'id' | 'claimedOn'>>,
  claim: Pick<Claim, 'id' | 'claimedOn'>,
) {
  let low = 0;
  let high = raw.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareClaims(raw.at(middle) as Claim, claim) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
