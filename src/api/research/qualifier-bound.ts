import type { QualifierBound } from '../vocabulary';

/** Leading wordings and the direction they give a figure; the first match wins. */
const RULES: [RegExp, QualifierBound][] = [
  [/^(at least|more than|over|exceeded|in excess of)\b/i, 'at_least'],
  [/^(up to|as many as|as much as|at most|no more than)\b/i, 'at_most'],
  [/^(about|around|approximately|nearly|almost|some|roughly|an estimated|conservative range|a thousand)\b/i, 'approximate'],
  [/^(a total of|already|soon|exactly)\b/i, 'exact'],
];

/**
 * What a qualifier's wording makes of the number: a floor ("more than 10,000"), a ceiling
 * ("up to"), an approximation ("about") or the number as stated. Unknown wording reads as
 * approximate: never as more certain than it is.
 */
export function qualifierBound(qualifier: string | null): QualifierBound {
  if (qualifier === null || qualifier.trim() === '') return 'exact';
  const wording = qualifier.trim();
  return RULES.find(([pattern]) => pattern.test(wording))?.[1] ?? 'approximate';
}
