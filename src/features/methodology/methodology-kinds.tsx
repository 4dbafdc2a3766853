import { ClaimMarkerIcon } from '@/components/charts/claim-marker-icon';
import { CLAIM_KINDS } from '@/contract/vocabulary';
import { useT } from '@/i18n/translate';
import { CLAIM_KIND_DESCRIPTIONS, CLAIM_KIND_LABELS } from '@/lib/labels';
import { MethodologySection } from './methodology-section';
import { VocabularyTerm } from './vocabulary-term';

/** The kinds of figure (CLAIM_KINDS), with the rules that depend on them. */
export function MethodologyKinds() {
  const t = useT();
  return (
    <MethodologySection id="kinds">
      <p>{t('methodology.kinds.intro')}</p>
      <dl className="methodology__terms">
        {CLAIM_KINDS.map((kind) => (
          <VocabularyTerm
            key={kind}
            marker={<ClaimMarkerIcon state="unverified" kind={kind} />}
            label={CLAIM_KIND_LABELS[kind]}
            value={kind}
          >
            {CLAIM_KIND_DESCRIPTIONS[kind]}.
          </VocabularyTerm>
        ))}
      </dl>
      <h3>{t('methodology.kinds.rulesHeading')}</h3>
      <ul>
        <li>{t('methodology.kinds.ruleFuture')}</li>
        <li>{t('methodology.kinds.ruleAgreement')}</li>
        <li>{t('methodology.kinds.ruleNoNumber')}</li>
        <li>{t('methodology.kinds.ruleCumulative')}</li>
      </ul>
    </MethodologySection>
  );
}
