import type { Claim } from '../../src/contract/claim-schema';
import type { Sequence } from '../../src/contract/chunked-list';
import { sampledTexts } from '../../src/contract/kept-by-text';
import { searchTextsOf } from '../../src/contract/search-texts';
import { searchTrigrams } from '../store/claim-filter-index';

/** Texts read by the estimate: spread evenly over the list. */
const ESTIMATE_SAMPLE = 2048;

/**
 * The share of `claims` (a list whose search texts are kept: a server's view) that a trigram index (PostgreSQL's,
 * migration 009) hands its table to check for `q`: those whose folded text holds every trigram of each word it can
 * find, wherever in the text. Estimated from about ESTIMATE_SAMPLE texts spread evenly over the list, or counted when
 * it has no more. It is more than the share holding the words when a word repeats its trigrams or holds common ones
 * ("1111" is one trigram, "111", held by 13 times as many of the bench's SYNTHETIC claims as "1111" itself), and the
 * database's work is in checking every one. To choose how to search (claim-selection.ts), never what is kept. 1 for a
 * `q` with no word the index can find, and for an empty list.
 */
export function estimatedShareForTheTextIndex(claims: Sequence<Claim>, q: string): number {
  const trigrams = searchTrigrams(q);
  if (trigrams.length === 0 || claims.length === 0) return 1;
  const sample = sampledTexts(searchTextsOf(claims).texts, ESTIMATE_SAMPLE);
  return sample.filter((text) => trigrams.every((trigram) => text.includes(trigram))).length / sample.length;
}
