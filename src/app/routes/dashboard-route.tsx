import { ClaimChartsSection } from '@/features/claim-charts/claim-charts-section';
import { useClaimFilters } from '@/features/claim-filters/use-claim-filters';
import { useClaimPanelActions } from '@/stores/claim-panel-store';

/** The charts view: one chart per metric group for the filters in the URL. */
export function DashboardRoute() {
  const { filters, setFilters } = useClaimFilters();
  const { claimOpened } = useClaimPanelActions();
  return <ClaimChartsSection filters={filters} onOpen={claimOpened} onBrush={(from, to) => setFilters((current) => ({ ...current, from, to }))} />;
}
