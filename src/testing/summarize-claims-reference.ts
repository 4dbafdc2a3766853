import type { Claim } from '@/contract/claim-schema';
import type { Metric } from '@/contract/metric-schema';
import {
  choosePeriod,
  compareGroups,
  countSpeakers,
  DEFAULT_SAMPLES,
  figureExtent,
  groupKey,
  latestClaimDate,
  MAX_SAMPLES,
  median,
  type ChartSummary,
  type Groupable,
  type SummaryGroup,
  type SummaryPeriod,
} from '@/contract/claim-summary';
import { periodOf, type Period } from '@/contract/claim-periods';
import { countOrigins } from '@/contract/origins/origin-counts';
import { dateSpan } from '@/contract/partial-date';

/*
 * The summary as first written: plain, claim by claim, sorting whole groups. It is the reference the fast
 * `summarizeClaims` is checked against (summarize-claims.property.test.ts); nothing ships it.
 */

/** The middle of the time a claim's date stands for (UTC ms), or null for an undated claim. */
function claimTime(claim: Claim): number | null {
  if (claim.claimedOn === null) return null;
  const { start, end } = dateSpan(claim.claimedOn);
  return (start + end) / 2;
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

interface Placed extends Groupable {
  claim: Claim;
  figure: { value: number; min: number; max: number };
}

const byTime = (a: { time: number; claim: Claim }, b: { time: number; claim: Claim }) =>
  a.time - b.time || a.claim.id.localeCompare(b.claim.id);

/** The chart groups of the claims' metrics, in the metrics' order; a metric the list does not describe gets its own. */
function chartGroups(claims: Claim[], metrics: Metric[]) {
  const groupOf = new Map(metrics.map((m) => [m.id, m.chartGroup]));
  for (const claim of claims)
    if (!groupOf.has(claim.metricId))
      groupOf.set(claim.metricId, { id: claim.metricId, label: claim.metricId.replace(/_/g, ' ') });
  const charts = new Map<string, { label: string; metricIds: string[] }>();
  for (const [metricId, group] of groupOf) {
    const chart = charts.get(group.id) ?? { label: group.label, metricIds: [] };
    chart.metricIds.push(metricId);
    charts.set(group.id, chart);
  }
  return charts;
}

/**
 * Summarises claims (already filtered) per chart group. `period` "auto" chooses each chart's own; `samples` ids
 * (at most MAX_SAMPLES) are kept per group. Nothing is dropped: per chart, the groups' counts, `withoutFigure` and
 * `undated` add up to `claimCount`.
 */
export function summarizeClaimsReference(
  claims: Claim[],
  metrics: Metric[],
  options: { period?: SummaryPeriod; samples?: number } = {},
): ChartSummary[] {
  const samples = Math.min(Math.max(Math.trunc(options.samples ?? DEFAULT_SAMPLES), 0), MAX_SAMPLES);
  const byMetric = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = byMetric.get(claim.metricId);
    if (list) list.push(claim);
    else byMetric.set(claim.metricId, [claim]);
  }
  const summaries: ChartSummary[] = [];
  for (const [chartGroupId, chart] of chartGroups(claims, metrics)) {
    const members = chart.metricIds.flatMap((id) => byMetric.get(id) ?? []);
    if (members.length === 0) continue;
    const placed: Placed[] = [];
    const withoutFigure: { time: number; claim: Claim }[] = [];
    const undated: Claim[] = [];
    for (const claim of members) {
      const time = claimTime(claim);
      if (time === null) {
        undated.push(claim);
        continue;
      }
      const figure = figureExtent(claim.figure);
      if (figure) placed.push({ claim, figure, time, state: claim.verification.state, kind: claim.kind });
      else withoutFigure.push({ time, claim });
    }
    const period = options.period && options.period !== 'auto' ? options.period : choosePeriod(placed);
    summaries.push({
      chartGroupId,
      label: chart.label,
      metrics: chart.metricIds.map((id) => ({ id, count: byMetric.get(id)?.length ?? 0 })).filter((m) => m.count > 0),
      claimCount: members.length,
      period,
      groups: summarizeGroups(placed, period, samples),
      withoutFigure: {
        count: withoutFigure.length,
        sampleIds: withoutFigure
          .sort(byTime)
          .slice(0, samples)
          .map((p) => p.claim.id),
      },
      undated: {
        count: undated.length,
        sampleIds: undated
          .map((c) => c.id)
          .sort((a, b) => a.localeCompare(b))
          .slice(0, samples),
      },
      latestClaimedOn: latestClaimDate(members),
      origins: countOrigins(members),
      sources: countSpeakers(members),
    });
  }
  return summaries;
}

function summarizeGroups(placed: Placed[], period: Period, samples: number): SummaryGroup[] {
  const groups = new Map<string, Placed[]>();
  for (const point of placed) {
    const key = groupKey(point, period);
    const list = groups.get(key);
    if (list) list.push(point);
    else groups.set(key, [point]);
  }
  const rows: { start: number; group: SummaryGroup }[] = [];
  for (const members of groups.values()) {
    const first = members[0] as Placed;
    const { start, end } = periodOf(first.time, period);
    const values = members.map((m) => m.figure.value).sort((a, b) => a - b);
    rows.push({
      start,
      group: {
        from: day(start),
        to: day(end),
        state: first.state,
        kind: first.kind,
        count: members.length,
        median: median(values),
        // Not Math.min(...list): a group may hold more claims than a call takes arguments.
        min: members.reduce((low, m) => Math.min(low, m.figure.min), Infinity),
        max: members.reduce((high, m) => Math.max(high, m.figure.max), -Infinity),
        sampleIds: members
          .sort(byTime)
          .slice(0, samples)
          .map((m) => m.claim.id),
      },
    });
  }
  return rows
    .sort((a, b) => compareGroups({ ...a.group, start: a.start }, { ...b.group, start: b.start }))
    .map((row) => row.group);
}
