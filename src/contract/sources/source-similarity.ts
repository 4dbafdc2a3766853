import type { SourceEntity } from '../source-schema';
import { editDistance } from '../edit-distance';
import type { SourceIndex } from './source-index';
import { capitalTokens, nameWords, normaliseName, parenthesisedAcronyms } from './source-names';

function overlap(a: Set<string>, b: Set<string>): { shared: number; jaccard: number } {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  const union = a.size + b.size - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}

/**
 * The registry entity a new name most resembles, if any: a shared acronym ("NIS Korea" and
 * "National Intelligence Service (NIS)"), most words in common, or a spelling a few letters off.
 */
export function resemblingSource(head: string, index: SourceIndex): SourceEntity | null {
  for (const acronym of [...parenthesisedAcronyms(head), ...capitalTokens(head)]) {
    const hit = index.acronyms.get(acronym)?.[0];
    if (hit) return hit.entity;
  }
  const words = nameWords(head);
  const key = normaliseName(head);
  const limit = Math.max(1, Math.floor(key.length * 0.2));
  let best: { entity: SourceEntity; score: number } | null = null;
  for (const name of index.names) {
    const { shared, jaccard } = overlap(words, name.words);
    const close = key.length >= 4 && editDistance(key, name.key, limit) <= limit;
    const score = close ? 2 : shared >= 2 && jaccard >= 0.5 ? jaccard : 0;
    if (score > (best?.score ?? 0)) best = { entity: name.entity, score };
  }
  return best?.entity ?? null;
}
