import { useT } from '@/i18n/translate';

/** What the repository states about licences, and no more. */
export function MethodologyLicences() {
  const t = useT();
  return (
    <>
      <h3>{t('methodology.licences.heading')}</h3>
      <ul>
        <li>{t('methodology.licences.none')}</li>
        <li>{t('methodology.licences.api')}</li>
        <li>{t('methodology.licences.quotes')}</li>
      </ul>
    </>
  );
}
