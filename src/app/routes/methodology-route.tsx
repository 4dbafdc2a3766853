import { Link } from 'react-router';
import { MethodologyPage } from '@/features/methodology/methodology-page';
import { paths } from '@/config/paths';
import { useT } from '@/i18n/translate';

/** /methodology: how claims are recorded, in the app's frame, without the dashboard's filters. */
export function MethodologyRoute() {
  const t = useT();
  return (
    <main id="main" className="page page--methodology" tabIndex={-1}>
      <p className="page__back">
        <Link to={paths.charts}>{t('methodology.backToCharts')}</Link>
      </p>
      <MethodologyPage />
    </main>
  );
}
