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
const ClaimPanel = lazy(async () => ({ default: (await import('@/features/claim-panel/claim-panel')).ClaimPanel }));

/** Inert copies of the save-slide and sign-in buttons, where they will be, while their code loads. */
function ToolbarButtonsHeld({ signIn }: { signIn: boolean }) {
  return (
    <span className="toolbar-held" aria-hidden="true">
      <span className="button button--quiet">Save view as slide</span>
      {signIn ? <span className="button button--quiet">Analyst sign-in</span> : null}
    </span>
  );
}

/** The frame around every view: filters (from the URL), view switch, the open claim panel. */
export function DashboardLayout() {
  const { filters, problems, setFilters } = useClaimFilters();
  useOpenClaimFromLink();
  const openClaimId = useOpenClaimId();
  const { pathname, search } = useLocation();
  const { canWrite, writes } = useSession();
  const navigate = useNavigate();
  return (
    <div className="dashboard">
      <aside className="dashboard__filters" aria-label="Filters">
        <PanelBoundary name="filters">
          {/* A boundary of its own: the server's HTML of the filters hydrates in a task of its own. */}
          <Suspense fallback={null}>
            <FilterPanel filters={filters} onChange={setFilters} />
          </Suspense>
        </PanelBoundary>
      </aside>
      <main id="main" className="dashboard__main" tabIndex={-1}>
        <div className="dashboard__toolbar">
          <nav aria-label="Views" className="view-tabs">
            <NavLink to={{ pathname: paths.charts, search }} end>
              Charts
            </NavLink>
            <NavLink to={{ pathname: paths.table, search }}>Table</NavLink>
            <NavLink to={{ pathname: paths.compare, search }}>Compare</NavLink>
            <NavLink to={paths.briefing}>Briefing</NavLink>
            <NavLink to={paths.sources}>Sources</NavLink>
            {canWrite ? <NavLink to={paths.newClaim}>Add claim</NavLink> : null}
            {canWrite ? <NavLink to={paths.import}>Import</NavLink> : null}
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
          <Suspense fallback={<StatusMessage kind="loading" title="Opening the claim…" />}>
            <ClaimPanel asof={filters.asof} onEdit={canWrite ? (id) => navigate(paths.editClaim(id)) : undefined} />
          </Suspense>
        ) : null}
      </PanelBoundary>
    </div>
  );
}
