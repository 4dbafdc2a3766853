import type { Claim } from './claim-schema';
import type { Metric } from './metric-schema';
import { PERIODS, type Period } from './claim-periods';
import { CLAIM_KINDS, VERIFICATION_STATES, type ClaimKind, type VerificationState } from './vocabulary';
import { claimColumns, type ClaimColumns, type DatePlace } from './claim-columns';
import { countOriginsAt, countSpeakersAt } from './column-counts';
import { idsOf, offerSample, type Sample } from './summary-samples';
import { scratchArena } from './scratch-arena';
import {
  DEFAULT_SAMPLES,
  MAX_GROUPS,
  MAX_SAMPLES,
  type ChartSummary,
  type SummaryGroup,
  type SummaryPeriod,
} from './claim-summary';

/*
 * GET /api/claims/summary's computation, made for a million claims (issue 15). What it answers is defined by the plain
 * version it replaced (src/testing/summarize-claims-reference.ts), which a property test holds it to. What makes it
 * fast:
 * - each claim is read once, into a few plain arrays (claim-columns.ts); a server reads them once per view of the
 *   store and summarises any selection of it by positions;
 * - where a date falls (its time, and the period of each length that holds it) is worked out once per distinct date,
 *   and periods are chosen and groups made per distinct date, state and kind (a cell), not per claim;
 * - groups are numbered in the order the answer lists them; counts, ranges and values go in typed arrays;
 * - a group's sample ids are kept as the claims come (an id is read only on a tie in time), never by sorting the
 *   whole group; medians sort each group's plain numbers in place.
 */

const DAY = 86_400_000;
const KINDS = CLAIM_KINDS.length;
/** Group keys: period × state × kind as one whole number, in the order the answer lists groups. */
const PER_DAY = VERIFICATION_STATES.length * KINDS;

/** Later in comparePartialDates' order: a later start, or at the same start the less precise date. */
const isLater = (a: DatePlace, b: DatePlace) =>
  a.start === b.start ? a.date.length < b.date.length : a.start > b.start;

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * The summary's working arrays (positions, cells, groups and values, as many as the claims summarised), reused by
 * every summary: a summary runs through without waiting and keeps none of them in its answer (scratch-arena.ts says
 * why allocating them anew costs a server full collections of its heap).
 */
const scratch = scratchArena();

/**
 * Makes now what a summary of any selection of `columns` needs in working arrays (what summarizeColumns takes of the
 * arena at most: the positions by metric, and per chart its members, placed claims, cells and groups, and a group per
 * cell), so that no summary of them has to.
 */
export function reserveSummaryScratch(columns: ClaimColumns): void {
  const claims = columns.claims.length;
  const cellsPerChart = columns.places.length * PER_DAY;
  const charts = columns.metricIds.length;
  scratch.reserve({ int32: 5 * claims + charts * cellsPerChart, float64: claims, uint8: charts * cellsPerChart });
}

/**
 * A chart's claims with a date and a figure, by cell: a cell is a distinct date, state and kind (`place × PER_DAY +
 * state × KINDS + kind`). Every period groups whole cells, so periods are chosen and groups made per cell.
 */
interface Placed {
  positions: Int32Array;
  cells: Int32Array;
  count: number;
  /** The distinct cells, as first met. */
  distinct: number[];
}

function placedByCell(columns: ClaimColumns, placed: Int32Array, count: number): Placed {
  const seen = scratch.zeroedUint8(columns.places.length * PER_DAY);
  const cells = scratch.int32(count);
  const distinct: number[] = [];
  for (let k = 0; k < count; k += 1) {
    const i = placed[k] as number;
    const cell =
      (columns.place[i] as number) * PER_DAY + (columns.state[i] as number) * KINDS + (columns.kind[i] as number);
    cells[k] = cell;
    if (seen[cell] === 0) {
      seen[cell] = 1;
      distinct.push(cell);
    }
  }
  return { positions: placed, cells, count, distinct };
}

/** The key of the group a cell falls in, for period `p` of PERIODS: whole numbers in the groups' order. */
function groupNumber(columns: ClaimColumns, cell: number, p: number): number {
  const place = columns.places[Math.floor(cell / PER_DAY)] as DatePlace;
  return Math.round((place.periods[p] as { start: number }).start / DAY) * PER_DAY + (cell % PER_DAY);
}

/** The finest period that keeps the groups within MAX_GROUPS (choosePeriod's rule). */
function choosePeriod(columns: ClaimColumns, placed: Placed): number {
  for (let p = 0; p < PERIODS.length; p += 1) {
    const keys = new Set<number>();
    for (const cell of placed.distinct) {
      keys.add(groupNumber(columns, cell, p));
      if (keys.size > MAX_GROUPS) break;
    }
    if (keys.size <= MAX_GROUPS) return p;
  }
  return PERIODS.length - 1;
}

function summarizeGroups(columns: ClaimColumns, placed: Placed, p: number, samples: number): SummaryGroup[] {
  // Each distinct cell's group, numbered in the groups' order.
  // Read only for the cells met, each written first.
  const groupOfCell = scratch.int32(columns.places.length * PER_DAY);
  const numberOfKey = new Map<number, number>();
  const keys: number[] = [];
  for (const cell of placed.distinct) {
    const key = groupNumber(columns, cell, p);
    let g = numberOfKey.get(key);
    if (g === undefined) {
      g = keys.length;
      numberOfKey.set(key, g);
      keys.push(key);
    }
    groupOfCell[cell] = g;
  }
  const rank = new Int32Array(keys.length);
  keys
    .map((key, g) => ({ key, g }))
    .sort((a, b) => a.key - b.key)
    .forEach(({ g }, r) => (rank[g] = r));
  for (const cell of placed.distinct) groupOfCell[cell] = rank[groupOfCell[cell] as number] as number;
  const groupCount = keys.length;
  const counts = new Int32Array(groupCount);
  const mins = new Float64Array(groupCount).fill(Infinity);
  const maxes = new Float64Array(groupCount).fill(-Infinity);
  const firstCell = new Int32Array(groupCount);
  const kept: Sample[][] = keys.map(() => []);
  const groupOf = scratch.int32(placed.count);
  for (let k = 0; k < placed.count; k += 1) {
    const cell = placed.cells[k] as number;
    const g = groupOfCell[cell] as number;
    const i = placed.positions[k] as number;
    groupOf[k] = g;
    if (counts[g] === 0) firstCell[g] = cell;
    counts[g] = (counts[g] as number) + 1;
    mins[g] = Math.min(mins[g] as number, columns.min[i] as number);
    maxes[g] = Math.max(maxes[g] as number, columns.max[i] as number);
    const place = columns.places[Math.floor(cell / PER_DAY)] as DatePlace;
    offerSample(columns, kept[g] as Sample[], samples, place.time, i);
  }
  // The values of each group side by side, each group's sorted in place for its median.
  const offsets = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g += 1) offsets[g + 1] = (offsets[g] as number) + (counts[g] as number);
  const filled = offsets.slice(0, groupCount);
  const values = scratch.float64(placed.count);
  for (let k = 0; k < placed.count; k += 1) {
    const g = groupOf[k] as number;
    values[filled[g] as number] = columns.value[placed.positions[k] as number] as number;
    filled[g] = (filled[g] as number) + 1;
  }
  return Array.from({ length: groupCount }, (_, g) => {
    const sorted = values.subarray(offsets[g], offsets[g + 1]).sort();
    const middle = sorted.length >> 1;
    const cell = firstCell[g] as number;
    const period = (columns.places[Math.floor(cell / PER_DAY)] as DatePlace).periods[p] as {
      start: number;
      end: number;
    };
    const stateAndKind = cell % PER_DAY;
    return {
      from: isoDay(period.start),
      to: isoDay(period.end),
      state: VERIFICATION_STATES[Math.floor(stateAndKind / KINDS)] as VerificationState,
      kind: CLAIM_KINDS[stateAndKind % KINDS] as ClaimKind,
      count: sorted.length,
      median:
        sorted.length % 2 === 1
          ? (sorted[middle] as number)
          : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2,
      min: mins[g] as number,
      max: maxes[g] as number,
      sampleIds: idsOf(columns, kept[g] as Sample[]),
    };
  });
}

/** One chart's summary, of the claims at `members` (positions in `columns`). */
function summarizeChart(
  columns: ClaimColumns,
  chart: { id: string; label: string; metrics: { id: string; count: number }[] },
  members: Int32Array,
  period: SummaryPeriod | undefined,
  samples: number,
): ChartSummary {
  const placedPositions = scratch.int32(members.length);
  let placedCount = 0;
  const withoutFigure: Sample[] = [];
  const undated: Sample[] = [];
  let withoutFigureCount = 0;
  let undatedCount = 0;
  let latest: DatePlace | null = null;
  // Indexed, not `for…of`: the iterator's results were most of what a summary allocated (column-counts.ts).
  for (let k = 0; k < members.length; k += 1) {
    const i = members[k] as number;
    const at = columns.place[i] as number;
    if (at < 0) {
      undatedCount += 1;
      offerSample(columns, undated, samples, 0, i);
      continue;
    }
    const place = columns.places[at] as DatePlace;
    if (latest === null || isLater(place, latest)) latest = place;
    if (Number.isNaN(columns.value[i])) {
      withoutFigureCount += 1;
      offerSample(columns, withoutFigure, samples, place.time, i);
    } else placedPositions[placedCount++] = i;
  }
  const placed = placedByCell(columns, placedPositions, placedCount);
  const p = period && period !== 'auto' ? PERIODS.indexOf(period) : choosePeriod(columns, placed);
  return {
    chartGroupId: chart.id,
    label: chart.label,
    metrics: chart.metrics,
    claimCount: members.length,
    period: PERIODS[p] as Period,
    groups: summarizeGroups(columns, placed, p, samples),
    withoutFigure: { count: withoutFigureCount, sampleIds: idsOf(columns, withoutFigure) },
    undated: { count: undatedCount, sampleIds: idsOf(columns, undated) },
    latestClaimedOn: latest?.date ?? null,
    origins: countOriginsAt(columns, members),
    sources: countSpeakersAt(columns, members),
  };
}

/**
 * The chart groups of the claims' metrics, in the metrics' order; a metric the list does not describe gets its own, in
 * the order the claims first name it. `byMetric` holds the claims' positions per metric of `columns`.
 */
function chartGroups(columns: ClaimColumns, byMetric: Int32Array[], metrics: readonly Metric[]) {
  const groupOf = new Map(metrics.map((m) => [m.id, m.chartGroup]));
  const unlisted = columns.metricIds
    .map((id, m) => ({ id, first: byMetric[m]?.[0] ?? -1 }))
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

/**
 * Summarises claims per chart group: those at `positions` of `columns` (in the columns' order), or every claim when
 * `positions` is null. `period` "auto" chooses each chart's own; `samples` ids (at most MAX_SAMPLES) are kept per
 * group. Nothing is dropped: per chart, the groups' counts, `withoutFigure` and `undated` add up to `claimCount`.
 */
export function summarizeColumns(
  columns: ClaimColumns,
  positions: ArrayLike<number> | null,
  metrics: readonly Metric[],
  options: { period?: SummaryPeriod; samples?: number } = {},
): ChartSummary[] {
  const samples = Math.min(Math.max(Math.trunc(options.samples ?? DEFAULT_SAMPLES), 0), MAX_SAMPLES);
  scratch.reset();
  // The positions grouped by metric, in one array (a counting sort): `byMetric` holds each metric's part.
  const count = positions ? positions.length : columns.claims.length;
  const perMetric = new Int32Array(columns.metricIds.length + 1);
  for (let k = 0; k < count; k += 1) {
    const m = columns.metric[positions ? (positions[k] as number) : k] as number;
    perMetric[m + 1] = (perMetric[m + 1] as number) + 1;
  }
  for (let m = 1; m < perMetric.length; m += 1) perMetric[m] = (perMetric[m] as number) + (perMetric[m - 1] as number);
  const grouped = scratch.int32(count);
  const next = perMetric.slice();
  for (let k = 0; k < count; k += 1) {
    const i = positions ? (positions[k] as number) : k;
    const m = columns.metric[i] as number;
    grouped[next[m] as number] = i;
    next[m] = (next[m] as number) + 1;
  }
  const byMetric = columns.metricIds.map((_, m) => grouped.subarray(perMetric[m], perMetric[m + 1]));
  const metricNumbers = new Map(columns.metricIds.map((id, m) => [id, m]));
  const positionsOf = (id: string) => {
    const m = metricNumbers.get(id);
    return m === undefined ? new Int32Array(0) : (byMetric[m] as Int32Array);
  };
  const summaries: ChartSummary[] = [];
  for (const [id, chart] of chartGroups(columns, byMetric, metrics)) {
    const parts = chart.metricIds.map(positionsOf);
    const members = parts.length === 1 ? (parts[0] as Int32Array) : concatenated(parts);
    if (members.length === 0) continue;
    const counted = chart.metricIds.map((metricId) => ({ id: metricId, count: positionsOf(metricId).length }));
    const described = { id, label: chart.label, metrics: counted.filter((m) => m.count > 0) };
    summaries.push(summarizeChart(columns, described, members, options.period, samples));
  }
  return summaries;
}

/** Summarises claims (already filtered) per chart group: summarizeColumns over all of them. */
export function summarizeClaims(
  claims: readonly Claim[],
  metrics: readonly Metric[],
  options: { period?: SummaryPeriod; samples?: number } = {},
): ChartSummary[] {
  return summarizeColumns(claimColumns(claims), null, metrics, options);
}
