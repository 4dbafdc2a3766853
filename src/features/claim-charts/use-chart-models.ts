import { useMemo } from 'react';
import { keepPreviousData, useIsFetching, useQueries, useQuery } from '@tanstack/react-query';
import { useClaimList } from '@/api/queries/use-claim-list';
import { claimQueries } from '@/api/queries/claim-queries';
import { metricQueries } from '@/api/queries/reference-queries';
import type { Claim } from '@/contract/claim-schema';
import type { ClaimFilters } from '@/contract/claim-filters';
import { AGGREGATE_ABOVE } from './aggregate-points';
import type { ChartModel } from './chart-model-types';
import { summaryChartModels } from './summary-chart-models';
import { toChartModels } from './to-chart-models';

/** Module-level, so useQueries combines again only when a result changes, not on every render. */
const dataOf = <T>(results: { data: T }[]): T[] => results.map((r) => r.data);

/**
 * The charts for `filters`. A list of at most LOAD_WHOLE_LIST_AT_MOST claims is loaded whole and each chart drawn
 * from its claims; a longer one is drawn from the API's summary (groups per chart), and any of its charts with
 * AGGREGATE_ABOVE claims or fewer loads its own claims, so it draws them one by one as it would have.
 * `answer` changes exactly when what the charts draw changes (for the charts-drawn mark).
 */
export function useChartModels(filters: ClaimFilters, foldOrigins: boolean) {
  const list = useClaimList(filters);
  const metrics = useQuery(metricQueries.list());
  const whole = list.data?.complete ? list.data : undefined;
  const summarised = list.data !== undefined && !list.data.complete;
  const summary = useQuery({
    ...claimQueries.summary(filters),
    enabled: summarised,
    // While a new filter's summary loads, the charts keep the last one drawn rather than going blank.
    placeholderData: keepPreviousData,
  });
  const summaryData = summarised ? summary.data : undefined;
  const small = useMemo(
    () => (summaryData?.charts ?? []).filter((chart) => chart.claimCount <= AGGREGATE_ABOVE),
    [summaryData],
  );
  const smallClaims = useQueries({
    queries: small.flatMap((chart) => chart.metrics.map((m) => claimQueries.list({ ...filters, metric: m.id }))),
    combine: dataOf,
  });
  const metricList = metrics.data?.metrics;
  const models = useMemo((): ChartModel[] => {
    const known = metricList ?? [];
    if (whole) return toChartModels(whole.claims, known, { foldOrigins });
    if (!summaryData) return [];
    // Each small chart's claims, once every one of its metrics' lists has come.
    const loaded = new Map<string, Claim[]>();
    let at = 0;
    for (const chart of small) {
      const lists = smallClaims.slice(at, at + chart.metrics.length);
      at += chart.metrics.length;
      if (lists.every((l) => l !== undefined))
        loaded.set(
          chart.chartGroupId,
          lists.flatMap((l) => l?.claims ?? []),
        );
    }
    return summaryChartModels(summaryData, known).map((model) => {
      const claims = loaded.get(model.id);
      const drawn = claims ? toChartModels(claims, known, { foldOrigins }).find((m) => m.id === model.id) : undefined;
      return drawn ?? model;
    });
  }, [whole, summaryData, small, smallClaims, metricList, foldOrigins]);
  // Any list of claims still coming (the list, the summary, a small chart's claims): the charts may change.
  const updating = useIsFetching({ queryKey: claimQueries.lists() }) > 0;
  const matched = whole ? whole.claims.length : (summaryData?.matched ?? list.data?.matched ?? 0);
  return {
    list,
    metrics,
    summary: summarised ? summary : null,
    models,
    matched,
    total: list.data?.total ?? 0,
    answer: whole ?? summaryData,
    updating,
  };
}
