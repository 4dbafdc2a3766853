import { NavLink, Outlet, useLocation } from 'react-router';
import { EncodingLegend } from '@/components/charts/encoding-legend';
import { FilterNotice } from '@/components/ui/filter-notice';
import { PanelBoundary } from '@/components/ui/panel-boundary';
import { AsOfBanner } from '@/components/ui/as-of-banner';
import { FilterPanel } from '@/features/claim-filters/filter-panel';
import { useClaimFilters } from '@/features/claim-filters/use-claim-filters';
import { ClaimPanel } from '@/features/claim-panel/claim-panel';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { SignInControl } from '@/features/sign-in/sign-in-control';
import { paths } from '../paths';

/** The frame around every view: filters (from the URL), view switch, the open claim panel. */
export function DashboardLayout() {
  const { filters, problems, setFilters } = useClaimFilters();
  const { search } = useLocation();
  return (
    <div className="dashboard">
      <aside className="dashboard__filters" aria-label="Filters">
        <FilterPanel filters={filters} onChange={setFilters} />
      </aside>
      <main id="main" className="dashboard__main" tabIndex={-1}>
        <div className="dashboard__toolbar">
          <nav aria-label="Views" className="view-tabs">
            <NavLink to={{ pathname: paths.charts, search }} end>
              Charts
            </NavLink>
            <NavLink to={{ pathname: paths.table, search }}>Table</NavLink>
            <NavLink to={{ pathname: paths.compare, search }}>Compare</NavLink>
          </nav>
          <div className="dashboard__actions">
            <SignInControl />
            <CopyLinkButton />
          </div>
        </div>
        <FilterNotice problems={problems} />
        {filters.asof ? <AsOfBanner day={filters.asof} onLeave={() => setFilters({ ...filters, asof: undefined })} /> : null}
        <PanelBoundary name="view">
          <Outlet />
        </PanelBoundary>
        <EncodingLegend />
      </main>
      <PanelBoundary name="claim panel">
        <ClaimPanel asof={filters.asof} />
      </PanelBoundary>
    </div>
  );
}
