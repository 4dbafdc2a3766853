import type { Claim } from '@/contract/claim-schema';
import type { Metric } from '@/contract/metric-schema';
import type { DatePrecision, PartialDate } from '@/contract/partial-date';
import type { ClaimKind, VerificationState } from '@/contract/vocabulary';
import type { OriginCounts } from '@/lib/origin-counts';
import type { Period } from '@/contract/claim-periods';

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
  /** Set when the mark folds repeats of one origin's figure (`fold=origin`): `claim` is the earliest of them. */
  folded?: FoldedRepeats;
  /** Other marks on this chart from the same origin with another figure (`fold=origin`), in time order. */
  sameOriginAs?: string[];
}

/** Claims of one origin that give the same figure, drawn as one mark. */
export interface FoldedRepeats {
  /** Every claim folded into the mark, earliest first (the mark's own claim first). */
  claims: Claim[];
  /** The distinct outlets that carried them, in claim order. */
  outlets: string[];
  /** "×3 outlets", or "×2 reports" when one outlet carried them all. */
  marker: string;
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
  /** How many origins the chart's claims come from (see `countOrigins`). */
  origins: OriginCounts;
  /** Speaker organisations behind the chart's claims, most claims first. */
  sources: { organisation: string; count: number }[];
  /** Set when there are too many plotted claims to draw one by one: they are drawn as groups, and the chart says so. */
  aggregate: Aggregation | null;
  /**
   * Drawn from the API's summary (a list too long to load whole): how many of the chart's claims give no figure and
   * how many are undated. They are counted, not drawn; the table lists them.
   */
  countedApart?: { withoutFigure: number; undated: number };
}

/** Claims of one verification state and one kind in one period, drawn as one mark: median, full range and count. */
export interface AggregatePoint {
  id: string;
  state: VerificationState;
  kind: ClaimKind;
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
