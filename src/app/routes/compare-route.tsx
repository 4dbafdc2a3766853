import { useSearchParams } from 'react-router';
import { CompareView } from '@/features/claim-compare/compare-view';
import { COMPARE_WINDOWS } from '@/contract/claim-comparison';
import { useClaimFilters } from '@/features/claim-filters/use-claim-filters';
import { useClaimPanelActions } from '@/stores/claim-panel-store';

/** The compare view: the metric is the URL's metric filter, the grouping window the URL's `window`. */
export function CompareRoute() {
  const { filters, setFilters } = useClaimFilters();
  const [searchParams, setSearchParams] = useSearchParams();
  const { claimOpened } = useClaimPanelActions();
  const window = COMPARE_WINDOWS.find((w) => w === searchParams.get('window')) ?? 'month';
  return (
    <CompareView
      filters={filters}
      window={window}
      onOpen={claimOpened}
      onMetricChange={(metric) => setFilters((current) => ({ ...current, metric }))}
      onWindowChange={(next) =>
        setSearchParams((current) => {
          const params = new URLSearchParams(current);
          params.set('window', next);
          return params;
        })
      }
    />
  );
}
