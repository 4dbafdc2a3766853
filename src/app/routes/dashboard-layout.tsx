import { lazy, Suspense } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useSession } from '@/api/queries/use-session';
import { FilterNotice } from '@/components/ui/filter-notice';
import { PanelBoundary } from '@/components/ui/panel-boundary';
import { AsOfBanner } from '@/components/ui/as-of-banner';
import { FilterPanel } from '@/features/claim-filters/filter-panel';
import { ActiveFilterChips } from '@/features/claim-filters/active-filter-chips';
import { useClaimFilters } from '@/features/claim-filters/use-claim-filters';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { useOpenClaimId } from '@/stores/claim-panel-store';
import { StatusMessage } from '@/components/ui/status-message';
import { AfterHydration } from '@/components/ui/after-hydration';
import { paths } from '@/config/paths';
import { useOpenClaimFromLink } from '@/features/claim-panel/use-open-claim-from-link';
import { useT } from '@/i18n/translate';
import { withLang } from '@/lib/keep-lang';
import { onDemand } from '@/lib/on-demand';

// The claim panel loads when a claim is first opened, keeping it out of the first paint's JavaScript.
// Saving slides and signing in are not needed for the first paint: their code loads just after it.
const SaveSlideButton = lazy(async () => ({
  default: (await import('@/features/briefing/save-slide-button')).SaveSlideButton,
}));
const SignInControl = lazy(async () => ({
  default: (await import('@/features/sign-in/sign-in-control')).SignInControl,
}));
/** The key to every chart's encoding sits below the views: its code loads after the first view. */
const EncodingLegend = lazy(async () => ({
  default: (await import('@/components/charts/encoding-legend')).EncodingLegend,
}));
// Held in state, not React.lazy: a panel opened as the page hydrates waited for a chart below the fold (lib/on-demand).
const ClaimPanel = onDemand(async () => (await import('@/features/claim-panel/claim-panel')).ClaimPanel);

/** Inert copies of the save-slide and sign-in buttons, where they will be, while their code loads. */
function ToolbarButtonsHeld({ signIn }: { signIn: boolean }) {
  const t = useT();
  return (
    <span className="toolbar-held" aria-hidden="true">
      <span className="button button--quiet">{t('briefing.saveViewAsSlide')}</span>
      {signIn ? <span className="button button--quiet">{t('routes.analystSignIn')}</span> : null}
    </span>
  );
}

/** The frame around every view: filters (from the URL), view switch, the open claim panel. */
export function DashboardLayout() {
  const t = useT();
  const { filters, problems, setFilters } = useClaimFilters();
  useOpenClaimFromLink();
  const openClaimId = useOpenClaimId();
  const { pathname, search } = useLocation();
  const { canWrite, writes } = useSession();
  const navigate = useNavigate();
  return (
    <div className="dashboard">
      <aside className="dashboard__filters" aria-label={t('routes.filters')}>
        <PanelBoundary name="filters">
          {/* A boundary of its own: the server's HTML of the filters hydrates in a task of its own. */}
          <Suspense fallback={null}>
            <FilterPanel filters={filters} onChange={setFilters} />
          </Suspense>
        </PanelBoundary>
      </aside>
      <main id="main" className="dashboard__main" tabIndex={-1}>
        <div className="dashboard__toolbar">
          {/* The views that show the filtered claims take the whole address; the others keep its language only. */}
          <nav aria-label={t('routes.views')} className="view-tabs">
            <NavLink to={{ pathname: paths.charts, search }} end>
              {t('routes.tabCharts')}
            </NavLink>
            <NavLink to={{ pathname: paths.table, search }}>{t('routes.tabTable')}</NavLink>
            <NavLink to={{ pathname: paths.compare, search }}>{t('routes.tabCompare')}</NavLink>
            <NavLink to={withLang(paths.briefing, search)}>{t('routes.tabBriefing')}</NavLink>
            <NavLink to={withLang(paths.sources, search)}>{t('routes.tabSources')}</NavLink>
            {canWrite ? <NavLink to={withLang(paths.newClaim, search)}>{t('routes.tabAddClaim')}</NavLink> : null}
            {canWrite ? <NavLink to={withLang(paths.import, search)}>{t('routes.tabImport')}</NavLink> : null}
          </nav>
          <div className="dashboard__actions">
            {/* The tab's sign-in is known after hydration; until then the same buttons hold their place (no shift). */}
            <AfterHydration fallback={<ToolbarButtonsHeld signIn={writes} />}>
              <Suspense fallback={<ToolbarButtonsHeld signIn={writes} />}>
                <SaveSlideButton view={`${pathname}${search}`} />
                <SignInControl />
              </Suspense>
            </AfterHydration>
            <CopyLinkButton />
          </div>
        </div>
        <ActiveFilterChips />
        <FilterNotice problems={problems} />
        {filters.asof ? (
          <AsOfBanner day={filters.asof} onLeave={() => setFilters((current) => ({ ...current, asof: undefined }))} />
        ) : null}
        <PanelBoundary name="view">
          <Outlet />
        </PanelBoundary>
        <PanelBoundary name="legend">
          <Suspense fallback={null}>
            <EncodingLegend />
          </Suspense>
        </PanelBoundary>
      </main>
      <PanelBoundary name="claim panel">
        {openClaimId ? (
          <ClaimPanel
            fallback={<StatusMessage kind="loading" title={t('routes.openingClaim')} />}
            asof={filters.asof}
            onEdit={canWrite ? (id) => navigate(withLang(paths.editClaim(id), search)) : undefined}
          />
        ) : null}
      </PanelBoundary>
    </div>
  );
}
