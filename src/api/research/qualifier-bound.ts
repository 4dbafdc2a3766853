import type { QualifierBound } from '../vocabulary';

/** Wordings that qualify a figure without giving it a direction ("a total of 12,000"): the whole wording must match. */
const NO_DIRECTION = ['a total of', 'already', 'already arrived', 'soon'];

/**
 * Leading phrases and the direction they give a figure. A wording matches when it starts with the
 * phrase as whole words: "more than 1,000 (exact scale being verified)" starts with "more than".
 */
const LEADING_PHRASES: readonly (readonly [string, QualifierBound])[] = [
  ['at least', 'at_least'],
  ['more than', 'at_least'],
  ['over', 'at_least'],
  ['exceeded', 'at_least'],
  // "conservative range; 'at least 4 million'": the speaker gives the range as a floor.
  ['conservative range', 'at_least'],
  ['up to', 'at_most'],
  ['as many as', 'at_most'],
  ['as much as', 'at_most'],
  ['at most', 'at_most'],
  ['about', 'approximate'],
  ['around', 'approximate'],
  ['approximately', 'approximate'],
  ['nearly', 'approximate'],
  ['almost', 'approximate'],
  ['roughly', 'approximate'],
  ['some', 'approximate'],
  // A round number said in words ("a thousand (in the last week alone)") is not a count to the unit.
  ['a hundred', 'approximate'],
  ['a thousand', 'approximate'],
  ['a million', 'approximate'],
];

const normalise = (wording: string) => wording.trim().toLowerCase().replace(/\s+/g, ' ');
const startsWithPhrase = (wording: string, phrase: string) => wording === phrase || (wording.startsWith(phrase) && !/[a-z]/.test(wording.charAt(phrase.length)));

/**
 * The direction a qualifier's wording gives, or null when the wording is not in the tables above.
 * Callers that can report (the research-note conversion) reject an unrecognised wording instead
 * of guessing; add the wording to a table to accept it.
 */
export function recogniseQualifier(qualifier: string | null): QualifierBound | null {
  if (qualifier === null || qualifier.trim() === '') return 'exact';
  const wording = normalise(qualifier);
  if (NO_DIRECTION.includes(wording)) return 'exact';
  return LEADING_PHRASES.find(([phrase]) => startsWithPhrase(wording, phrase))?.[1] ?? null;
}

/**
 * What a qualifier makes of the number: a floor ("more than 10,000"), a ceiling ("up to"), an
 * approximation ("about") or the number as stated (no qualifier, or a wording with no direction).
 * For callers that cannot report (the CSV import), an unrecognised wording reads as approximate,
 * never as more certain than it is; the research-note conversion rejects it instead
 * (see recogniseQualifier).
 */
export function qualifierBound(qualifier: string | null): QualifierBound {
  return recogniseQualifier(qualifier) ?? 'approximate';
}
