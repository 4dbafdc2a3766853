import type { Claim } from './claim-schema';
import { claimSearchText } from './claim-matches-filters';

/*
 * The folded search text (claimSearchText) of each claim of a list that is never changed in place (a server's view of
 * the store), made on the list's first text search and kept by position. A search then reads one string a claim: no
 * lookup per claim object, and no weak entry per claim for the garbage collector to trace (issue 15).
 */

const remembered = new WeakMap<readonly Claim[], readonly string[]>();

/** The search text of each claim of `claims`, by position: made once per list. */
export function searchTextsOf(claims: readonly Claim[]): readonly string[] {
  let texts = remembered.get(claims);
  if (!texts) {
    texts = claims.map(claimSearchText);
    remembered.set(claims, texts);
  }
  return texts;
}

/**
 * Remembers for `claims`, a copy of the list `before` in which only the claims at `positions` changed (not their
 * order), the texts of `before` with those claims' made again, when the texts of `before` were made: else none.
 */
export function rememberTextsEdited(
  before: readonly Claim[],
  claims: readonly Claim[],
  positions: Iterable<number>,
): void {
  const texts = remembered.get(before);
  if (!texts || before.length !== claims.length) return;
  const next = texts.slice();
  for (const position of positions) next[position] = claimSearchText(claims[position] as Claim);
  remembered.set(claims, next);
}

/**
 * Remembers for `claims`, the claims of `before` in an order of their own, the texts of `before` (found by id through
 * `positionIn`), with the claims whose ids are `changed` (or that `before` lacks) made again, when the texts of `before`
 * were made: else none.
 */
export function rememberTextsReordered(
  before: readonly Claim[],
  claims: readonly Claim[],
  positionIn: (id: string) => number | undefined,
  changed: ReadonlySet<string>,
): void {
  const texts = remembered.get(before);
  if (!texts) return;
  const next = claims.map((claim) => {
    const at = changed.has(claim.id) ? undefined : positionIn(claim.id);
    return at === undefined ? claimSearchText(claim) : (texts[at] as string);
  });
  remembered.set(claims, next);
}
