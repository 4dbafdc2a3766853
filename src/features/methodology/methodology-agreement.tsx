import { AGREEMENT } from '@/contract/origins/origin-rules';
import { MAX_SUPPORTERS } from '@/contract/origins/supporting-claims';
import { useT } from '@/i18n/translate';
import { MethodologySection } from './methodology-section';
import { MethodologyOrigins } from './methodology-origins';
import { MethodologyWarnings } from './methodology-warnings';

/** Recorded contradictions, the rule for agreeing figures (AGREEMENT), independence and the warnings. */
export function MethodologyAgreement() {
  const t = useT();
  return (
    <MethodologySection id="contradictions">
      <h3>{t('methodology.contradictions.heading')}</h3>
      <p>{t('methodology.contradictions.intro')}</p>
      <ol>
        <li>{t('methodology.contradictions.ruleDenial')}</li>
        <li>{t('methodology.contradictions.ruleNote')}</li>
      </ol>
      <p>{t('methodology.contradictions.exception')}</p>
      <h3>{t('methodology.agreement.heading')}</h3>
      <p>{t('methodology.agreement.intro')}</p>
      <ul>
        <li>{t('methodology.agreement.sameMetric')}</li>
        <li>{t('methodology.agreement.sameKind')}</li>
        <li>{t('methodology.agreement.days', { count: AGREEMENT.days })}</li>
        <li>{t('methodology.agreement.tolerance', { percent: Math.round(AGREEMENT.tolerance * 100) })}</li>
        <li>{t('methodology.agreement.notContradicting')}</li>
      </ul>
      <p>{t('methodology.agreement.limits', { count: MAX_SUPPORTERS })}</p>
      <MethodologyOrigins />
      <MethodologyWarnings />
    </MethodologySection>
  );
}
