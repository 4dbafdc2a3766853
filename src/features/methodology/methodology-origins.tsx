import { useT } from '@/i18n/translate';

/** Origins and independent support (ADR 011, src/contract/origins/). */
export function MethodologyOrigins() {
  const t = useT();
  return (
    <>
      <h3>{t('methodology.origins.heading')}</h3>
      <p>{t('methodology.origins.intro')}</p>
      <ul>
        <li>{t('methodology.origins.sameOwner')}</li>
        <li>{t('methodology.origins.sameKind')}</li>
        <li>{t('methodology.origins.matchingLink')}</li>
        <li>{t('methodology.origins.sameDay')}</li>
      </ul>
      <p>{t('methodology.origins.unknown')}</p>
      <p>{t('methodology.origins.supportIntro')}</p>
      <dl className="methodology__terms">
        <div>
          <dt>{t('methodology.origins.independentTerm')}</dt>
          <dd>{t('methodology.origins.independent')}</dd>
        </div>
        <div>
          <dt>{t('methodology.origins.sameOriginTerm')}</dt>
          <dd>{t('methodology.origins.sameOrigin')}</dd>
        </div>
        <div>
          <dt>{t('methodology.origins.sameOrganisationTerm')}</dt>
          <dd>{t('methodology.origins.sameOrganisation')}</dd>
        </div>
        <div>
          <dt>{t('methodology.origins.unknownTerm')}</dt>
          <dd>{t('methodology.origins.unknownOrigin')}</dd>
        </div>
      </dl>
      <p>{t('methodology.origins.filters')}</p>
    </>
  );
}
