import { SourceReliabilitySchema, type InformationCredibility, type SourceReliability } from '@/contract/vocabulary';
import type { MessageKey } from '@/i18n/catalogues/en';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { CODE_TAGS } from './methodology-rich';
import { MethodologySection } from './methodology-section';
import { VocabularyTerm } from './vocabulary-term';

/**
 * The conventional meanings of the Admiralty (NATO) scales. Claimwatch stores only the letter and the digit;
 * the Records make the compiler insist on one meaning for every value the contract allows.
 */
const RELIABILITY: Record<SourceReliability, MessageKey> = {
  A: 'methodology.grades.reliability.A',
  B: 'methodology.grades.reliability.B',
  C: 'methodology.grades.reliability.C',
  D: 'methodology.grades.reliability.D',
  E: 'methodology.grades.reliability.E',
  F: 'methodology.grades.reliability.F',
};
const CREDIBILITY: Record<InformationCredibility, MessageKey> = {
  1: 'methodology.grades.credibility.1',
  2: 'methodology.grades.credibility.2',
  3: 'methodology.grades.credibility.3',
  4: 'methodology.grades.credibility.4',
  5: 'methodology.grades.credibility.5',
  6: 'methodology.grades.credibility.6',
};

/** Admiralty grades (SourceReliabilitySchema, InformationCredibilitySchema) and how Claimwatch uses them. */
export function MethodologyGrades() {
  const t = useT();
  return (
    <MethodologySection id="grades">
      <p>{t('methodology.grades.intro')}</p>
      <p>{t('methodology.grades.meanings')}</p>
      <h3>{t('methodology.grades.reliabilityHeading')}</h3>
      <dl className="methodology__terms methodology__terms--compact">
        {SourceReliabilitySchema.options.map((letter) => (
          <VocabularyTerm key={letter} label={letter}>
            {t(RELIABILITY[letter])}.
          </VocabularyTerm>
        ))}
      </dl>
      <h3>{t('methodology.grades.credibilityHeading')}</h3>
      <dl className="methodology__terms methodology__terms--compact">
        {Object.entries(CREDIBILITY).map(([digit, meaning]) => (
          <VocabularyTerm key={digit} label={digit}>
            {t(meaning)}.
          </VocabularyTerm>
        ))}
      </dl>
      <h3>{t('methodology.grades.whereHeading')}</h3>
      <ul>
        <li>{t('methodology.grades.whereNotes')}</li>
        <li>
          <RichText text={t('methodology.grades.whereImport')} tags={CODE_TAGS} />
        </li>
        <li>{t('methodology.grades.whereFilter')}</li>
      </ul>
    </MethodologySection>
  );
}
