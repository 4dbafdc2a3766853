import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import { EMPHASIS_TAGS } from './methodology-rich';
import { MethodologySection } from './methodology-section';

/** The asof filter (src/contract/select-claims.ts claimAsKnownOn, origins/select-with-origins.ts). */
export function MethodologyAsKnownOn() {
  const t = useT();
  return (
    <MethodologySection id="as-known-on">
      <p>
        <RichText text={t('methodology.asKnownOn.intro')} tags={EMPHASIS_TAGS} />
      </p>
      <ul>
        <li>{t('methodology.asKnownOn.made')}</li>
        <li>{t('methodology.asKnownOn.state')}</li>
        <li>{t('methodology.asKnownOn.later')}</li>
        <li>{t('methodology.asKnownOn.origins')}</li>
        <li>{t('methodology.asKnownOn.filters')}</li>
      </ul>
      <p>{t('methodology.asKnownOn.pastView')}</p>
      <p>{t('methodology.asKnownOn.notACopy')}</p>
    </MethodologySection>
  );
}
