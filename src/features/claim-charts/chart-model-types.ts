import type { Claim } from '@/contract/claim-schema';
import type { Metric } from '@/contract/metric-schema';
import type { DatePrecision, PartialDate } from '@/contract/partial-date';
import type { ClaimKind, VerificationState } from '@/contract/vocabulary';
import type { Period } from '@/lib/periods';

/*
 * The charts' data model: what `toChartModels` and `aggregatePoints` make of the claims, before any geometry
 * (that is chart-layout-types.ts). Types only, so every stage imports them without importing another stage.
 */

export interface PlacedClaim {
  claim: Claim;
  colour: string;
  metricLabel: string;
  /** Start and end of the period the date stands for (UTC ms); equal-ish for a day. */
  start: number;
  end: number;
  mid: number;
  precision: DatePrecision;
}

export interface PlottedClaim extends PlacedClaim {
  value: number | null;
  low: number | null;
  high: number | null;
}

export interface ChartSeries {
  metric: Metric;
  colour: string;
  count: number;
}

export interface ChartModel {
  id: string;
  title: string;
  topic: Metric['topic'];
  unitLabel: string;
  series: ChartSeries[];
  /** Claims with a number, placed on the time axis. */
  plotted: PlottedClaim[];
  /** Dated claims without a number (denials, confirmations, "several hundred"): labelled markers. */
  unquantified: PlacedClaim[];
  /** Claims with no date: listed beside the chart, never placed on the time axis. */
  undated: { claim: Claim; colour: string; metricLabel: string }[];
  yMax: number;
  claimCount: number;
  /** The latest date any claim in the chart was made. */
  latestClaimDate: PartialDate | null;
  /** Speaker organisations behind the chart's claims, most claims first. */
  sources: { organisation: string; count: number }[];
  /** Set when there are too many plotted claims to draw one by one: they are drawn as groups, and the chart says so. */
  aggregate: Aggregation | null;
}

/** Claims of one verification state in one period, drawn as one mark: median, full range and count. */
export interface AggregatePoint {
  id: string;
  state: VerificationState;
  /** The kind when every claim in the group has it, else null (drawn with a plain outline). */
  kind: ClaimKind | null;
  colour: string;
  start: number;
  end: number;
  mid: number;
  count: number;
  median: number;
  low: number;
  high: number;
  /** The period as dates for the filters (YYYY-MM-DD), so opening a group narrows the view to it. */
  from: string;
  to: string;
}

export interface Aggregation {
  bucket: Period;
  points: AggregatePoint[];
  claimCount: number;
}
