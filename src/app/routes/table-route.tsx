import { ClaimTableSection } from '@/features/claim-table/claim-table-section';
import { ExportButtons } from '@/features/claim-export/export-buttons';
import { useClaimFilters } from '@/features/claim-filters/use-claim-filters';
import { useClaimPanelActions } from '@/stores/claim-panel-store';

/** The table view with its exports: both are exactly the filtered claims. */
export function TableRoute() {
  const { filters } = useClaimFilters();
  const { claimOpened } = useClaimPanelActions();
  return (
    <ClaimTableSection
      filters={filters}
      onOpen={claimOpened}
      toolbar={({ claims, total, metricLabels, serverMatched }) => (
        <ExportButtons context={{ claims, total, filters, metricLabels }} serverMatched={serverMatched} />
      )}
    />
  );
}
