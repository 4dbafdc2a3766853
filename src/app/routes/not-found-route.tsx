import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useT } from '@/i18n/translate';
import { withLang } from '@/lib/keep-lang';

export function NotFoundRoute() {
  const t = useT();
  const { search } = useLocation();
  return (
    <main id="main" className="dashboard__main">
      <h2>{t('routes.notFound')}</h2>
      <p>
        <Link to={withLang(paths.charts, search)}>{t('routes.goToDashboard')}</Link>
      </p>
    </main>
  );
}
