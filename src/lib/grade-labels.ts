import type { Grade } from '@/contract/claim-schema';
import type { InformationCredibility, SourceReliability } from '@/contract/vocabulary';

/**
 * The conventional meanings of the Admiralty (NATO) scales, as the methodology page gives them (its own copy is left
 * alone here: main has since moved it into the message catalogues, where these belong once this branch is merged).
 */
export const RELIABILITY_LABELS: Record<SourceReliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};
export const CREDIBILITY_LABELS: Record<InformationCredibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** "B2", "C?" or "?3"; "Not graded" when neither half is set. */
export function gradeCode(grade: Grade | null): string {
  if (!grade || (grade.reliability === null && grade.credibility === null)) return 'Not graded';
  return `${grade.reliability ?? '?'}${grade.credibility ?? '?'}`;
}

/** The grade in words: "B2 — source usually reliable; information probably true". */
export function gradeInWords(grade: Grade | null): string {
  if (!grade || (grade.reliability === null && grade.credibility === null)) return 'Not graded';
  const source = grade.reliability
    ? `source ${RELIABILITY_LABELS[grade.reliability].toLowerCase()}`
    : 'source reliability not set';
  const information = grade.credibility
    ? `information ${CREDIBILITY_LABELS[grade.credibility].toLowerCase()}`
    : 'information credibility not set';
  return `${gradeCode(grade)} — ${source}; ${information}`;
}
