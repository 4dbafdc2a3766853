import { isRouteErrorResponse, Link, useLocation, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { t as translate, useT } from '@/i18n/translate';
import { withLang } from '@/lib/keep-lang';

function describe(error: unknown): string {
  if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`;
  if (error instanceof Error) {
    // A view's code is loaded on first use; offline or after a new release that load can fail.
    if (/dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message)) {
      return translate('routes.codeNotDownloaded');
    }
    return error.message;
  }
  return translate('routes.unknownError');
}

/** Shown in place of a view (or the whole page) that failed to load or render: never a blank page. */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  const { search } = useLocation();
  return (
    <div className="status status--error route-error" role="alert">
      <p className="status__title">{t('routes.viewFailed')}</p>
      <p className="status__detail">{describe(error)}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routes.reload')}
        </button>{' '}
        <Link to={withLang(paths.charts, search)}>{t('routes.goToCharts')}</Link>
      </p>
    </div>
  );
}
