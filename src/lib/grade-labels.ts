import type { Grade } from '@/contract/claim-schema';
import type { InformationCredibility, SourceReliability } from '@/contract/vocabulary';
import type { MessageKey } from '@/i18n/catalogues/en';
import { currentLocale } from '@/i18n/locale-store';
import { t } from '@/i18n/translate';

/** The conventional meanings of the Admiralty (NATO) scales, in the page's language (as the methodology page gives them). */
export const reliabilityMeaning = (r: SourceReliability): string => t(`vocab.reliability.${r}` satisfies MessageKey);
export const credibilityMeaning = (c: InformationCredibility): string =>
  t(`vocab.credibility.${c}` satisfies MessageKey);

const ungraded = (grade: Grade | null): grade is null =>
  !grade || (grade.reliability === null && grade.credibility === null);

/** "B2", "C?" or "?3"; "Not graded" when neither half is set. */
export function gradeCode(grade: Grade | null): string {
  if (ungraded(grade)) return t('panel.grade.notGraded');
  return `${grade.reliability ?? '?'}${grade.credibility ?? '?'}`;
}

/** The grade in words: "B2 — source usually reliable; information probably true". */
export function gradeInWords(grade: Grade | null): string {
  if (ungraded(grade)) return t('panel.grade.notGraded');
  const lower = (text: string) => text.toLocaleLowerCase(currentLocale());
  const source = grade.reliability
    ? t('panel.grade.source', { meaning: lower(reliabilityMeaning(grade.reliability)) })
    : t('panel.grade.sourceNotSet');
  const information = grade.credibility
    ? t('panel.grade.information', { meaning: lower(credibilityMeaning(grade.credibility)) })
    : t('panel.grade.informationNotSet');
  return t('panel.grade.inWords', { code: gradeCode(grade), source, information });
}
