import type { Claim } from '../../src/contract/claim-schema';
import type { Sequence } from '../../src/contract/chunked-list';
import { searchWords } from '../../src/contract/claim-matches-filters';
import { searchTextsOf } from '../../src/contract/search-texts';
import { textAt } from '../../src/contract/text-chunks';

/** Texts read by estimatedShareHoldingText: spread evenly over the list. */
const ESTIMATE_SAMPLE = 2048;

/**
 * The share of `claims` (a list whose search texts are kept: a server's view) whose folded text holds every word of
 * `q`, estimated from ESTIMATE_SAMPLE texts spread evenly over the list, or counted when it has no more: to choose how
 * to search (claim-selection.ts), never what is kept. 1 for a `q` with no words (every claim holds them).
 */
export function estimatedShareHoldingText(claims: Sequence<Claim>, q: string): number {
  const words = searchWords(q);
  if (words.length === 0 || claims.length === 0) return 1;
  const { texts } = searchTextsOf(claims);
  const step = Math.max(1, texts.length / ESTIMATE_SAMPLE);
  let read = 0;
  let holding = 0;
  for (let at = 0; at < texts.length; at += step) {
    const text = textAt(texts, Math.floor(at));
    read += 1;
    if (words.every((word) => text.includes(word))) holding += 1;
  }
  return holding / read;
}
