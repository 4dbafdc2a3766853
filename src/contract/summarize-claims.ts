import type { Claim } from './claim-schema';
import type { Metric } from './metric-schema';
import { PERIODS, type Period } from './claim-periods';
import { claimColumns, type ClaimColumns, type DatePlace } from './claim-columns';
import { countOriginsAt, countSpeakersAt } from './column-counts';
import { idsOf, offerSample, type Sample } from './summary-samples';
import { scratchArena } from './scratch-arena';
import {
  CELL_PAGE_BITS,
  CELL_PAGE_MASK,
  metricOrdered,
  PER_DAY,
  placeOfCell,
  type MetricOrdered,
} from './metric-ordered-columns';
import { placePeriods } from './place-periods';
import { placesByMetric, wholeMetrics } from './places-by-metric';
import { choosePeriod, summarizeGroups, type CellWork } from './summary-groups';
import { ALL_CHARTS, chartShares, type ChartShare } from './chart-shares';
import { DEFAULT_SAMPLES, MAX_SAMPLES, type ChartSummary, type SummaryPeriod } from './claim-summary';

/*
 * GET /api/claims/summary's computation, made for a million claims (issue 15). What it answers is defined by the plain
 * version it replaced (src/testing/summarize-claims-reference.ts), which a property test holds it to. What makes it
 * fast:
 * - each claim is read once, into a few plain arrays (claim-columns.ts), and those are copied with each metric's claims
 *   side by side (metric-ordered-columns.ts), so that a chart reads its claims from neighbouring memory; a server makes
 *   both once per view of the store and summarises any selection of it by positions;
 * - a claim's date, state and kind are one whole number, its cell; the periods of each distinct date are numbered in
 *   time order once per list of dates (place-periods.ts), so that a period is chosen and groups are made per cell, not
 *   per claim, with arrays rather than maps;
 * - groups are numbered in the order the answer lists them (summary-groups.ts); counts, ranges and values go in typed
 *   arrays;
 * - a group's sample ids are kept as the claims come (an id is read only on a tie in time), never by sorting the
 *   whole group, and a claim later than a full group's samples is not offered; a median is selected from the group's
 *   plain numbers in place (median-in-place.ts), not sorted for.
 */

/** Later in comparePartialDates' order: a later start, or at the same start the less precise date. */
const isLater = (a: DatePlace, b: DatePlace) =>
  a.start === b.start ? a.date.length < b.date.length : a.start > b.start;

/**
 * The summary's working arrays (positions, cells, groups and values, as many as the claims summarised), reused by
 * every summary: a summary runs through without waiting and keeps none of them in its answer (scratch-arena.ts says
 * why allocating them anew costs a server full collections of its heap).
 */
const scratch = scratchArena();

/**
 * Makes now what a summary of any selection of `columns` needs: the columns grouped by metric, and the most it takes of
 * the arena (the places by metric; per chart its members, placed claims and their cells; and CellWork once), so that no
 * summary of them has to.
 */
export function prepareSummaries(columns: ClaimColumns): void {
  metricOrdered(columns);
  placePeriods(columns.places);
  const claims = columns.claims.length;
  const cells = columns.places.length * PER_DAY;
  const marks = (claims + 31) >>> 5;
  scratch.reserve({
    int32: 4 * claims + marks + 4 * cells,
    float64: claims + cells,
    uint8: columns.places.length + cells,
  });
}

/** Claims a warm-up summary reads: enough for each of its loops to run long, few enough to take milliseconds. */
const WARM_UP_CLAIMS = 1 << 16;

/** Whether this process has run its warm-up summaries (warmUpSummaries). */
let warmedUp = false;

/**
 * Runs a few summaries of the first claims of `columns` and one of all of them, the first time it is called in a
 * process, and answers nothing: V8 optimises a function only once it has run, and the first summaries at 1,000,000
 * claims took 90–125 ms against 42–52 for the same work later (in Node; 56 ms after this warm-up, which took 0.25 s).
 * A server calls it with its first view, so that no reader waits for that. The answers are the same either way.
 */
export function warmUpSummaries(columns: ClaimColumns): void {
  if (warmedUp) return;
  warmedUp = true;
  const positions = Int32Array.from({ length: Math.min(columns.claims.length, WARM_UP_CLAIMS) }, (_, i) => i);
  for (let round = 0; round < 10; round += 1) summarizeColumns(columns, positions, [], { samples: DEFAULT_SAMPLES });
  summarizeColumns(columns, null, [], { samples: DEFAULT_SAMPLES });
}

/** What the summaries' arena holds (for tests: a summary after prepareSummaries makes no more). */
export const summaryScratchHeld = () => scratch.held();

function cellWork(columns: ClaimColumns): CellWork {
  const cells = columns.places.length * PER_DAY;
  return {
    perCell: scratch.zeroedInt32(cells),
    distinct: scratch.int32(cells),
    groupOfCell: scratch.int32(cells),
    timeOfCell: scratch.float64(cells),
    groupOfKey: scratch.int32(cells),
    keys: scratch.zeroedUint8(cells),
    dated: scratch.zeroedUint8(columns.places.length),
  };
}

/** One chart's summary, of the claims at `members` (places in `ordered`) of `list`. */
function summarizeChart(
  list: ClaimColumns,
  ordered: MetricOrdered,
  chart: { id: string; label: string; metrics: { id: string; count: number }[] },
  members: Int32Array,
  options: { period: SummaryPeriod | undefined; samples: number; work: CellWork },
): ChartSummary {
  const { columns, listPosition, cell: cellPages } = ordered;
  const { period, samples, work } = options;
  const { perCell, distinct, dated } = work;
  const positions = scratch.int32(members.length);
  const cellsPlaced = scratch.int32(members.length);
  let count = 0;
  let distinctCount = 0;
  const withoutFigure: Sample[] = [];
  const undated: Sample[] = [];
  let withoutFigureCount = 0;
  let undatedCount = 0;
  let withoutFigureBefore = samples === 0 ? -Infinity : Infinity;
  // Indexed, not `for…of`: the iterator's results were most of what a summary allocated (column-counts.ts).
  for (let k = 0; k < members.length; k += 1) {
    const i = members[k] as number;
    const cell = (cellPages[i >>> CELL_PAGE_BITS] as Int32Array)[i & CELL_PAGE_MASK] as number;
    if (cell < 0) {
      undatedCount += 1;
      offerSample(list, undated, samples, 0, listPosition[i] as number);
      continue;
    }
    const place = placeOfCell(cell);
    dated[place] = 1;
    if (Number.isNaN(columns.value[i])) {
      withoutFigureCount += 1;
      const time = (columns.places[place] as DatePlace).time;
      if (time <= withoutFigureBefore) {
        offerSample(list, withoutFigure, samples, time, listPosition[i] as number);
        if (withoutFigure.length === samples) withoutFigureBefore = (withoutFigure[samples - 1] as Sample).time;
      }
      continue;
    }
    positions[count] = i;
    cellsPlaced[count] = cell;
    count += 1;
    const before = perCell[cell] as number;
    perCell[cell] = before + 1;
    if (before === 0) distinct[distinctCount++] = cell;
  }
  let latest: DatePlace | null = null;
  for (let place = 0; place < dated.length; place += 1) {
    const candidate = columns.places[place] as DatePlace;
    if (dated[place] === 1 && (latest === null || isLater(candidate, latest))) latest = candidate;
  }
  const placed = {
    positions,
    cells: cellsPlaced,
    count,
    distinct: distinct.subarray(0, distinctCount),
    values: scratch.float64(count),
    work,
  };
  const p = period && period !== 'auto' ? PERIODS.indexOf(period) : choosePeriod(placePeriods(columns.places), placed);
  const groups = summarizeGroups(list, ordered, placed, p, samples);
  // Left as found, for the next chart.
  for (let d = 0; d < distinctCount; d += 1) perCell[distinct[d] as number] = 0;
  dated.fill(0);
  return {
    chartGroupId: chart.id,
    label: chart.label,
    metrics: chart.metrics,
    claimCount: members.length,
    period: PERIODS[p] as Period,
    groups,
    withoutFigure: { count: withoutFigureCount, sampleIds: idsOf(list, withoutFigure) },
    undated: { count: undatedCount, sampleIds: idsOf(list, undated) },
    latestClaimedOn: latest?.date ?? null,
    origins: countOriginsAt(columns, members),
    sources: countSpeakersAt(columns, members),
  };
}

/**
 * The chart groups of the claims' metrics, in the metrics' order; a metric the list does not describe gets its own, in
 * the order the claims first name it. `byMetric` holds the claims' places per metric of `ordered`, each metric's in
 * the list's order.
 */
function chartGroups(ordered: MetricOrdered, byMetric: Int32Array[], metrics: readonly Metric[]) {
  const groupOf = new Map(metrics.map((m) => [m.id, m.chartGroup]));
  const firstOf = (m: number) => {
    const first = byMetric[m]?.[0];
    return first === undefined ? -1 : (ordered.listPosition[first] as number);
  };
  const unlisted = ordered.columns.metricIds
    .map((id, m) => ({ id, first: firstOf(m) }))
    .filter(({ id, first }) => first >= 0 && !groupOf.has(id))
    .sort((a, b) => a.first - b.first);
  for (const { id } of unlisted) groupOf.set(id, { id, label: id.replace(/_/g, ' ') });
  const charts = new Map<string, { label: string; metricIds: string[] }>();
  for (const [metricId, group] of groupOf) {
    const chart = charts.get(group.id) ?? { label: group.label, metricIds: [] };
    chart.metricIds.push(metricId);
    charts.set(group.id, chart);
  }
  return charts;
}

function concatenated(parts: Int32Array[]): Int32Array {
  const all = scratch.int32(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** A chart's summary and its place among the summary's charts. */
export interface NumberedChart {
  index: number;
  summary: ChartSummary;
}

/**
 * Summarises claims per chart group: those at `positions` of `columns` (distinct, in the columns' order), or every
 * claim when `positions` is null. `period` "auto" chooses each chart's own; `samples` ids (at most MAX_SAMPLES) are
 * kept per group. Nothing is dropped: per chart, the groups' counts, `withoutFigure` and `undated` add up to
 * `claimCount`. Only the charts of `share` (chart-shares.ts) are summarised, each with its place among all: another
 * thread may summarise the others of the same selection, and the answer is every share's charts in that order.
 */
export function summarizeShare(
  columns: ClaimColumns,
  positions: ArrayLike<number> | null,
  metrics: readonly Metric[],
  options: { period?: SummaryPeriod; samples?: number },
  share: ChartShare,
): NumberedChart[] {
  const samples = Math.min(Math.max(Math.trunc(options.samples ?? DEFAULT_SAMPLES), 0), MAX_SAMPLES);
  scratch.reset();
  const ordered = metricOrdered(columns);
  const byMetric = positions ? placesByMetric(ordered, positions, scratch) : wholeMetrics(ordered, scratch);
  const metricNumbers = new Map(columns.metricIds.map((id, m) => [id, m]));
  const positionsOf = (id: string) => {
    const m = metricNumbers.get(id);
    return m === undefined ? new Int32Array(0) : (byMetric[m] as Int32Array);
  };
  const charts = [...chartGroups(ordered, byMetric, metrics)]
    .map(([id, chart]) => ({ id, chart, parts: chart.metricIds.map(positionsOf) }))
    .filter(({ parts }) => parts.some((part) => part.length > 0));
  const shares = chartShares(
    charts.map(({ parts }) => parts.reduce((n, part) => n + part.length, 0)),
    share.of,
  );
  const work = cellWork(columns);
  const summaries: NumberedChart[] = [];
  charts.forEach(({ id, chart, parts }, index) => {
    if (shares[index] !== share.part) return;
    const members = parts.length === 1 ? (parts[0] as Int32Array) : concatenated(parts);
    const counted = chart.metricIds.map((metricId, m) => ({ id: metricId, count: (parts[m] as Int32Array).length }));
    const described = { id, label: chart.label, metrics: counted.filter((m) => m.count > 0) };
    const summary = summarizeChart(columns, ordered, described, members, { period: options.period, samples, work });
    summaries.push({ index, summary });
  });
  return summaries;
}

/** Summarises claims per chart group, every chart (summarizeShare). */
export function summarizeColumns(
  columns: ClaimColumns,
  positions: ArrayLike<number> | null,
  metrics: readonly Metric[],
  options: { period?: SummaryPeriod; samples?: number } = {},
): ChartSummary[] {
  return summarizeShare(columns, positions, metrics, options, ALL_CHARTS).map(({ summary }) => summary);
}

/** Summarises claims (already filtered) per chart group: summarizeColumns over all of them. */
export function summarizeClaims(
  claims: readonly Claim[],
  metrics: readonly Metric[],
  options: { period?: SummaryPeriod; samples?: number } = {},
): ChartSummary[] {
  return summarizeColumns(claimColumns(claims), null, metrics, options);
}
