import type { Grade } from '@/contract/claim-schema';
import { t } from '@/i18n/translate';

/** Admiralty grade as "B2", or says plainly that none was given (in the page's language). */
export function formatGrade(grade: Grade | null): string {
  if (!grade || (grade.reliability === null && grade.credibility === null)) return t('charts.grade.none');
  const notGiven = t('charts.grade.notGiven');
  return t('charts.grade.value', {
    grade: `${grade.reliability ?? '?'}${grade.credibility ?? '?'}`,
    reliability: grade.reliability ?? notGiven,
    credibility: grade.credibility === null ? notGiven : String(grade.credibility),
  });
}
