import type { SourceEntity } from '../source-schema';
import type { SourceIndex } from './source-index';
import { capitalTokens, nameWords, normaliseName, parenthesisedAcronyms } from './source-names';

function overlap(a: Set<string>, b: Set<string>): { shared: number; jaccard: number } {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared += 1;
  const union = a.size + b.size - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}

/** Levenshtein distance, giving up (Infinity) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return Infinity;
    previous = current;
  }
  return previous[b.length] ?? Infinity;
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
