import type { Grade } from '@/contract/claim-schema';

/** Admiralty grade as "B2", or says plainly that none was given. */
export function formatGrade(grade: Grade | null): string {
  if (!grade || (grade.reliability === null && grade.credibility === null)) return 'Not graded';
  return `${grade.reliability ?? '?'}${grade.credibility ?? '?'} (reliability ${grade.reliability ?? 'not given'}, credibility ${grade.credibility ?? 'not given'})`;
}
