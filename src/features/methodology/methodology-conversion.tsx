import type { MessageKey } from '@/i18n/catalogues/en';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { CODE_TAGS, CONTRADICTIONS_LINK_TAGS } from './methodology-rich';
import { MethodologySection } from './methodology-section';

/** Each step of the conversion: its term and what it does (a message that may link to the contradictions). */
const STEPS: readonly { term: MessageKey; meaning: MessageKey }[] = [
  { term: 'methodology.conversion.eachTerm', meaning: 'methodology.conversion.each' },
  { term: 'methodology.conversion.fieldsTerm', meaning: 'methodology.conversion.fields' },
  { term: 'methodology.conversion.datesTerm', meaning: 'methodology.conversion.dates' },
  { term: 'methodology.conversion.qualifiersTerm', meaning: 'methodology.conversion.qualifiers' },
  { term: 'methodology.conversion.verificationTerm', meaning: 'methodology.conversion.verification' },
  { term: 'methodology.conversion.linksTerm', meaning: 'methodology.conversion.links' },
  { term: 'methodology.conversion.gradesTerm', meaning: 'methodology.conversion.grades' },
  { term: 'methodology.conversion.importTerm', meaning: 'methodology.conversion.import' },
  { term: 'methodology.conversion.presentationTerm', meaning: 'methodology.conversion.presentation' },
];

/** What the research-note conversion does (ADR 004, src/contract/research/). */
export function MethodologyConversion() {
  const t = useT();
  return (
    <MethodologySection id="conversion">
      <p>
        <RichText text={t('methodology.conversion.intro')} tags={CODE_TAGS} />
      </p>
      <dl className="methodology__terms">
        {STEPS.map(({ term, meaning }) => (
          <div key={term}>
            <dt>{t(term)}</dt>
            <dd>
              <RichText text={t(meaning)} tags={CONTRADICTIONS_LINK_TAGS} />
            </dd>
          </div>
        ))}
      </dl>
    </MethodologySection>
  );
}
