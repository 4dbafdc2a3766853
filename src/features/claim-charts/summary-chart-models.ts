import type { ClaimSummaryResponse } from '@/contract/claim-summary';
import { localMetric } from '@/lib/reference-labels';
import { referenceText } from '@/i18n/reference-text';
import type { Metric } from '@/contract/metric-schema';
import { periodOf } from '@/contract/claim-periods';
import { metricColour } from '@/components/charts/encoding';
import { NEUTRAL } from './aggregate-points';
import { undescribedMetric } from './to-chart-models';
import type { AggregatePoint, ChartModel, ChartSeries } from './chart-model-types';

type ChartSummary = ClaimSummaryResponse['charts'][number];

/**
 * The charts of a list too long to load whole, from the API's summary: each chart drawn as groups (ADR 007), exactly
 * the groups `aggregatePoints` makes of the same claims in the page, with their series, sources and origins. The
 * claims without a figure and the undated ones are counted, not drawn (`countedApart`).
 */
export function summaryChartModels(summary: ClaimSummaryResponse, metrics: Metric[]): ChartModel[] {
  return summary.charts.map((chart) => summaryChartModel(chart, metrics));
}

function summaryChartModel(chart: ChartSummary, metrics: Metric[]): ChartModel {
  // The colours toChartModels gives: by a metric's place among its chart group's metrics.
  const groupMetrics = metrics.filter((m) => m.chartGroup.id === chart.chartGroupId).map(localMetric);
  const counts = new Map(chart.metrics.map((m) => [m.id, m.count]));
  for (const { id } of chart.metrics)
    if (!groupMetrics.some((m) => m.id === id)) groupMetrics.push(undescribedMetric(id));
  const series: ChartSeries[] = groupMetrics
    .map((metric, index) => ({ metric, colour: metricColour(index), count: counts.get(metric.id) ?? 0 }))
    .filter((s) => s.count > 0);
  const colour = series.length === 1 ? (series[0]?.colour ?? NEUTRAL) : NEUTRAL;
  const points = chart.groups.map((group): AggregatePoint => {
    const { start, end } = periodOf(Date.parse(`${group.from}T00:00:00Z`), chart.period);
    return {
      id: `group:${start}|${group.state}|${group.kind}`,
      state: group.state,
      kind: group.kind,
      colour,
      start,
      end,
      mid: (start + end) / 2,
      count: group.count,
      median: group.median,
      low: group.min,
      high: group.max,
      from: group.from,
      to: group.to,
    };
  });
  return {
    id: chart.chartGroupId,
    title: referenceText(chart.label),
    topic: groupMetrics[0]?.topic ?? 'troops',
    unitLabel: [...new Set(series.map((s) => s.metric.unit))].join(' / '),
    series,
    plotted: [],
    unquantified: [],
    undated: [],
    yMax: points.reduce((high, p) => Math.max(high, p.high), 0),
    claimCount: chart.claimCount,
    latestClaimDate: chart.latestClaimedOn,
    origins: chart.origins,
    sources: chart.sources,
    aggregate:
      points.length > 0 ? { bucket: chart.period, points, claimCount: points.reduce((n, p) => n + p.count, 0) } : null,
    countedApart: { withoutFigure: chart.withoutFigure.count, undated: chart.undated.count },
  };
}
