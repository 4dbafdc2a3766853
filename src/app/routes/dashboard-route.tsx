import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { parseChartViewSettings } from '@/lib/chart-view-settings';
import { ChartViewControls } from '@/features/claim-charts/chart-view-controls';
import { metricQueries, sourceQueries } from '@/api/queries/reference-queries';
import { useOriginLabel } from '@/api/queries/origin-queries';
import { ClaimChartsSection } from '@/features/claim-charts/claim-charts-section';
import { useClaimFilters } from '@/features/claim-filters/use-claim-filters';
import { filtersSummary } from '@/lib/describe-filters';
import { useClaimPanelActions } from '@/stores/claim-panel-store';

/** The charts view: one chart per metric group for the filters in the URL. */
export function DashboardRoute() {
  const { filters, setFilters } = useClaimFilters();
  const { claimOpened } = useClaimPanelActions();
  const metrics = useQuery(metricQueries.list());
  const sources = useQuery(sourceQueries.list());
  const originLabel = useOriginLabel(filters.origin);
  // Said on exported images and slides, so that a filtered subset never passes for the whole picture.
  const subset = filtersSummary(filters, {
    metricLabel: (id) => metrics.data?.metrics.find((m) => m.id === id)?.label ?? id,
    sourceName: (id) => sources.data?.sources.find((s) => s.id === id)?.name,
    originLabel,
  });
  const [searchParams] = useSearchParams();
  const onBrush = useCallback(
    // Narrows, never widens: a group's period may reach past the dates already chosen.
    (from: string, to: string) => setFilters((current) => ({ ...current, ...narrowedDates(current, from, to) })),
    [setFilters],
  );
  // The same object while the settings are the same: a new one would redraw every chart on each filter change.
  const { labels, sourceLines, foldOrigins } = parseChartViewSettings(searchParams);
  const view = useMemo(() => ({ labels, sourceLines, foldOrigins }), [labels, sourceLines, foldOrigins]);
  return (
    <ClaimChartsSection
      view={view}
      controls={<ChartViewControls view={view} />}
      filters={filters}
      onOpen={claimOpened}
      onBrush={onBrush}
      subset={subset}
    />
  );
}

/** The dates `from`–`to` within those already chosen (ISO days compare as text); as given when they do not meet. */
export function narrowedDates(current: { from?: string; to?: string }, from: string, to: string) {
  const start = current.from && current.from > from ? current.from : from;
  const end = current.to && current.to < to ? current.to : to;
  return start <= end ? { from: start, to: end } : { from, to };
}
