import type { Claim } from '../../src/contract/claim-schema';
import type { Sequence } from '../../src/contract/chunked-list';
import { searchWords } from '../../src/contract/claim-matches-filters';
import { sampledTexts } from '../../src/contract/kept-by-text';
import { searchTextsOf } from '../../src/contract/search-texts';

/** Texts read by estimatedShareHoldingText: spread evenly over the list. */
const ESTIMATE_SAMPLE = 2048;

/**
 * The share of `claims` (a list whose search texts are kept: a server's view) whose folded text holds every word of
 * `q`, estimated from about ESTIMATE_SAMPLE texts spread evenly over the list, or counted when it has no more: to choose
 * how to search (claim-selection.ts), never what is kept. 1 for a `q` with no words (every claim holds them).
 */
export function estimatedShareHoldingText(claims: Sequence<Claim>, q: string): number {
  const words = searchWords(q);
  if (words.length === 0 || claims.length === 0) return 1;
  const sample = sampledTexts(searchTextsOf(claims).texts, ESTIMATE_SAMPLE);
  return sample.filter((text) => words.every((word) => text.includes(word))).length / sample.length;
}
