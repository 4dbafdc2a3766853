import type { Claim } from './claim-schema';
import { claimSearchText } from './claim-matches-filters';
import { signatureOf, signaturesOf, type Signatures } from './text-signature';

/*
 * The folded search text (claimSearchText) of each claim of a list that is never changed in place (a server's view of
 * the store), made on the list's first text search and kept by position. A search then reads one string a claim: no
 * lookup per claim object, and no weak entry per claim for the garbage collector to trace (issue 15). Each text's
 * signature (text-signature.ts) is made and kept with it.
 */

interface Texts {
  texts: readonly string[];
  signatures: Signatures;
}

const remembered = new WeakMap<readonly Claim[], Texts>();

function textsOf(claims: readonly Claim[]): Texts {
  let found = remembered.get(claims);
  if (!found) {
    const texts = claims.map(claimSearchText);
    found = { texts, signatures: signaturesOf(texts) };
    remembered.set(claims, found);
  }
  return found;
}

/** The search text of each claim of `claims`, by position: made once per list. */
export const searchTextsOf = (claims: readonly Claim[]): readonly string[] => textsOf(claims).texts;

/** The signature of each claim's search text (searchTextsOf), by position: made with the texts. */
export const searchSignaturesOf = (claims: readonly Claim[]): Signatures => textsOf(claims).signatures;

/** Sets the text at `at` of `texts` and its signature. */
function setText(texts: string[], signatures: Signatures, at: number, text: string): void {
  texts[at] = text;
  const { low, high } = signatureOf(text);
  signatures.low[at] = low;
  signatures.high[at] = high;
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
  const made = remembered.get(before);
  if (!made || before.length !== claims.length) return;
  const texts = made.texts.slice();
  const signatures = { low: made.signatures.low.slice(), high: made.signatures.high.slice() };
  for (const position of positions) setText(texts, signatures, position, claimSearchText(claims[position] as Claim));
  remembered.set(claims, { texts, signatures });
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
  const made = remembered.get(before);
  if (!made) return;
  const texts: string[] = new Array<string>(claims.length);
  const signatures = { low: new Int32Array(claims.length), high: new Int32Array(claims.length) };
  claims.forEach((claim, k) => {
    const at = changed.has(claim.id) ? undefined : positionIn(claim.id);
    if (at === undefined) setText(texts, signatures, k, claimSearchText(claim));
    else {
      texts[k] = made.texts[at] as string;
      signatures.low[k] = made.signatures.low[at] as number;
      signatures.high[k] = made.signatures.high[at] as number;
    }
  });
  remembered.set(claims, { texts, signatures });
}
