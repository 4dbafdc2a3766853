import { useT } from '@/i18n/translate';
import { MethodologySection } from './methodology-section';
import { MethodologyLicences } from './methodology-licences';

/** Where claims were read and what the repository says of the sources' terms (data/research/README.md). */
export function MethodologySources() {
  const t = useT();
  return (
    <MethodologySection id="sources">
      <p>{t('methodology.sources.whereRead')}</p>
      <p>{t('methodology.sources.quotes')}</p>
      <p>{t('methodology.sources.registry')}</p>
      <p>{t('methodology.sources.seeds')}</p>
      <p>{t('methodology.sources.scenarios')}</p>
      <MethodologyLicences />
    </MethodologySection>
  );
}
