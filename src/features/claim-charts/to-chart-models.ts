import type { Claim } from '@/contract/claim-schema';
import { localMetric } from '@/lib/reference-labels';
import type { Metric } from '@/contract/metric-schema';
import { comparePartialDates, dateSpan, precisionOf } from '@/contract/partial-date';
import { metricColour } from '@/components/charts/encoding';
import { countOrigins } from '@/lib/origin-counts';
import { countSpeakers, figureExtent } from '@/contract/claim-summary';
import { AGGREGATE_ABOVE, aggregatePoints } from './aggregate-points';
import type { ChartModel, PlacedClaim } from './chart-model-types';
import { compareByTime } from './compare-by-time';
import { foldRepeats, linkOrigins } from './fold-origins';
import { t } from '@/i18n/translate';

export interface ChartModelOptions {
  /** Fold each origin's repeats of one figure into one mark and link its other figures (not in charts drawn as groups). */
  foldOrigins?: boolean;
}

/** Groups claims into one chart per metric chart group; a claim whose metric is unknown still gets a chart. */
export function toChartModels(claims: Claim[], metrics: Metric[], options: ChartModelOptions = {}): ChartModel[] {
  // Claimwatch's words about each metric (label, unit, chart group) in the page's language.
  const metricById = new Map(metrics.map((m) => [m.id, localMetric(m)]));
  for (const claim of claims)
    if (!metricById.has(claim.metricId)) metricById.set(claim.metricId, fallbackMetric(claim));
  const groups = new Map<string, Metric[]>();
  for (const metric of metricById.values()) {
    const members = groups.get(metric.chartGroup.id) ?? [];
    members.push(metric);
    groups.set(metric.chartGroup.id, members);
  }
  const models: ChartModel[] = [];
  for (const [groupId, groupMetrics] of groups) {
    const ids = new Set(groupMetrics.map((m) => m.id));
    const groupClaims = claims.filter((c) => ids.has(c.metricId));
    if (groupClaims.length === 0) continue;
    models.push(toChartModel(groupId, groupMetrics, groupClaims, options.foldOrigins ?? false));
  }
  return models;
}

function toChartModel(id: string, metrics: Metric[], claims: Claim[], foldOrigins: boolean): ChartModel {
  const series = metrics
    .map((metric, index) => ({
      metric,
      colour: metricColour(index),
      count: claims.filter((c) => c.metricId === metric.id).length,
    }))
    .filter((s) => s.count > 0);
  const seriesOf = new Map(series.map((s) => [s.metric.id, s]));
  const model: ChartModel = {
    id,
    title: metrics[0]?.chartGroup.label ?? id,
    topic: metrics[0]?.topic ?? 'troops',
    unitLabel: [...new Set(series.map((s) => s.metric.unit))].join(' / '),
    series,
    plotted: [],
    unquantified: [],
    undated: [],
    yMax: 0,
    claimCount: claims.length,
    latestClaimDate: null,
    origins: countOrigins(claims),
    sources: countSpeakers(claims),
    aggregate: null,
  };
  for (const claim of claims) {
    const s = seriesOf.get(claim.metricId);
    const colour = s?.colour ?? metricColour(0);
    const metricLabel = s?.metric.label ?? claim.metricId;
    if (claim.claimedOn === null) {
      model.undated.push({ claim, colour, metricLabel });
      continue;
    }
    if (!model.latestClaimDate || comparePartialDates(claim.claimedOn, model.latestClaimDate) > 0)
      model.latestClaimDate = claim.claimedOn;
    const { start, end } = dateSpan(claim.claimedOn);
    const placed: PlacedClaim = {
      claim,
      colour,
      metricLabel,
      start,
      end,
      mid: (start + end) / 2,
      precision: precisionOf(claim.claimedOn),
    };
    if (figureExtent(claim.figure) === null) {
      model.unquantified.push(placed);
      continue;
    }
    const { value, low, high } = claim.figure;
    model.plotted.push({ ...placed, value, low, high });
    model.yMax = Math.max(model.yMax, value ?? 0, high ?? 0);
  }
  model.plotted.sort(compareByTime);
  model.unquantified.sort(compareByTime);
  model.undated.sort((a, b) => a.claim.id.localeCompare(b.claim.id));
  // A chart drawn as groups counts every claim in them: nothing is folded there.
  if (model.plotted.length > AGGREGATE_ABOVE) model.aggregate = aggregatePoints(model.plotted);
  else if (foldOrigins) model.plotted = linkOrigins(foldRepeats(model.plotted));
  return model;
}

function fallbackMetric(claim: Claim): Metric {
  return undescribedMetric(claim.metricId, claim.figure.unit ?? 'count', claim.topic);
}

/** A metric the API did not describe: named after its id, a chart of its own. */
export function undescribedMetric(id: string, unit = 'count', topic: Metric['topic'] = 'troops'): Metric {
  const label = id.replace(/_/g, ' ');
  return {
    id,
    label,
    unit,
    topic,
    description: t('charts.undescribedMetric', { id }),
    plausibleMax: null,
    chartGroup: { id, label },
  };
}

/** Evenly spaced value-axis ticks from zero, at 1, 2, 2.5 or 5 times a power of ten, reaching past the maximum. */
export function valueTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0, 1];
  const rough = (max * 1.05) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const top = Math.ceil((max * 1.05) / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
