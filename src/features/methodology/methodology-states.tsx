import { ClaimMarkerIcon } from '@/components/charts/claim-marker-icon';
import { VERIFICATION_STATES } from '@/contract/vocabulary';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { VERIFICATION_STATE_DESCRIPTIONS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { CONTRADICTIONS_LINK_TAGS } from './methodology-rich';
import { MethodologySection } from './methodology-section';
import { VocabularyTerm } from './vocabulary-term';

/** The verification states (VERIFICATION_STATES, strongest first) and how a state is recorded and changed. */
export function MethodologyStates() {
  const t = useT();
  return (
    <MethodologySection id="states">
      <p>{t('methodology.states.intro')}</p>
      <dl className="methodology__terms">
        {VERIFICATION_STATES.map((state) => (
          <VocabularyTerm
            key={state}
            marker={<ClaimMarkerIcon state={state} kind="estimate" />}
            label={VERIFICATION_STATE_LABELS[state]}
            value={state}
          >
            {VERIFICATION_STATE_DESCRIPTIONS[state]}.
          </VocabularyTerm>
        ))}
      </dl>
      <h3>{t('methodology.states.recordedHeading')}</h3>
      <p>{t('methodology.states.recorded')}</p>
      <ul>
        <li>{t('methodology.states.ruleServer')}</li>
        <li>{t('methodology.states.ruleRemoving')}</li>
        <li>{t('methodology.states.ruleResearch')}</li>
        <li>{t('methodology.states.ruleWords')}</li>
        <li>
          <RichText text={t('methodology.states.ruleCorroborated')} tags={CONTRADICTIONS_LINK_TAGS} />
        </li>
      </ul>
    </MethodologySection>
  );
}
