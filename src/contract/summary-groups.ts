import { PERIODS } from './claim-periods';
import { CLAIM_KINDS, VERIFICATION_STATES, type ClaimKind, type VerificationState } from './vocabulary';
import type { ClaimColumns } from './claim-columns-types';
import { idsOf, offerSample, type Sample } from './summary-samples';
import { medianInPlace } from './median-in-place';
import { KINDS, PER_DAY, placeOfCell, type MetricOrdered } from './metric-ordered-columns';
import { placePeriods, type PlacePeriods } from './place-periods';
import { MAX_GROUPS, type SummaryGroup } from './claim-summary';

/*
 * A chart's groups (summarize-claims.ts): the period chosen for its placed claims, and per period, state and kind the
 * count, median, range and sample ids, made per cell (a date, a state and a kind) with arrays, not per claim with maps.
 */

/**
 * Working arrays per cell (and per place) that each chart of a summary uses in turn, taken once per summary: as many
 * per chart would be, with thousands of dates and dozens of metrics, a hundred megabytes held for summaries. A chart
 * leaves `perCell` and `dated` zero, as it found them; the others are written before they are read.
 */
export interface CellWork {
  /** Per cell, how many of the chart's placed claims it holds. */
  perCell: Int32Array;
  /** The cells that hold any, as first met. */
  distinct: Int32Array;
  /** Per cell met, its group and its time. */
  groupOfCell: Int32Array;
  timeOfCell: Float64Array;
  /** Per period key (at most one per cell), its group; and marks of keys met, zeroed before each use. */
  groupOfKey: Int32Array;
  keys: Uint8Array;
  /** Per place, whether the chart has a claim of that date. */
  dated: Uint8Array;
}

/** A chart's claims with a date and a figure: their places in the grouped columns and their cells. */
export interface Placed {
  positions: Int32Array;
  cells: Int32Array;
  count: number;
  /** The cells that hold any, as first met (how many each holds: `work.perCell`). */
  distinct: Int32Array;
  /** Room for their values, side by side by group. */
  values: Float64Array;
  work: CellWork;
}

/** The number of the group of period length `p` that cell `cell` falls in: whole numbers in the groups' order. */
const groupKey = (periods: PlacePeriods, cell: number, p: number) => {
  const place = placeOfCell(cell);
  return (periods.number[place * PERIODS.length + p] as number) * PER_DAY + (cell - place * PER_DAY);
};

/** The finest period that keeps the groups within MAX_GROUPS (choosePeriod's rule). */
export function choosePeriod(periods: PlacePeriods, placed: Placed): number {
  for (let p = 0; p < PERIODS.length - 1; p += 1) {
    const seen = placed.work.keys.fill(0, 0, (periods.periods[p] as unknown[]).length * PER_DAY);
    let groups = 0;
    for (let d = 0; d < placed.distinct.length && groups <= MAX_GROUPS; d += 1) {
      const key = groupKey(periods, placed.distinct[d] as number, p);
      if (seen[key] === 0) {
        seen[key] = 1;
        groups += 1;
      }
    }
    if (groups <= MAX_GROUPS) return p;
  }
  return PERIODS.length - 1;
}

/**
 * The groups of a chart's placed claims for period length `p`: `list` names the claims (samples are kept by their
 * position in it), `ordered` holds what is read of them.
 */
export function summarizeGroups(
  list: ClaimColumns,
  ordered: MetricOrdered,
  placed: Placed,
  p: number,
  samples: number,
): SummaryGroup[] {
  const { columns, listPosition } = ordered;
  const periods = placePeriods(columns.places);
  const keys = (periods.periods[p] as unknown[]).length * PER_DAY;
  // Which groups hold any claim, numbered in key order: the answer's order.
  const { groupOfKey, groupOfCell, timeOfCell } = placed.work;
  const present = placed.work.keys.fill(0, 0, keys);
  for (let d = 0; d < placed.distinct.length; d += 1) present[groupKey(periods, placed.distinct[d] as number, p)] = 1;
  let groupCount = 0;
  for (let key = 0; key < keys; key += 1) if (present[key] === 1) groupOfKey[key] = groupCount++;
  const keyOfGroup = new Int32Array(groupCount);
  const counts = new Int32Array(groupCount);
  // Each cell met: its group and its time (read only for the cells met, each written first).
  for (let d = 0; d < placed.distinct.length; d += 1) {
    const cell = placed.distinct[d] as number;
    const key = groupKey(periods, cell, p);
    const g = groupOfKey[key] as number;
    groupOfCell[cell] = g;
    keyOfGroup[g] = key;
    counts[g] = (counts[g] as number) + (placed.work.perCell[cell] as number);
    timeOfCell[cell] = periods.time[placeOfCell(cell)] as number;
  }
  // The values of each group side by side, for its median, with its range and samples as they come.
  const offsets = new Int32Array(groupCount + 1);
  for (let g = 0; g < groupCount; g += 1) offsets[g + 1] = (offsets[g] as number) + (counts[g] as number);
  const filled = offsets.slice(0, groupCount);
  const { values } = placed;
  const mins = new Float64Array(groupCount).fill(Infinity);
  const maxes = new Float64Array(groupCount).fill(-Infinity);
  const kept: Sample[][] = Array.from({ length: groupCount }, () => []);
  // Per group, the time a claim must not pass to be a sample: the last kept's once `samples` are kept.
  const sampleBefore = new Float64Array(groupCount).fill(samples === 0 ? -Infinity : Infinity);
  for (let k = 0; k < placed.count; k += 1) {
    const cell = placed.cells[k] as number;
    const g = groupOfCell[cell] as number;
    const i = placed.positions[k] as number;
    values[filled[g] as number] = columns.value[i] as number;
    filled[g] = (filled[g] as number) + 1;
    mins[g] = Math.min(mins[g] as number, columns.min[i] as number);
    maxes[g] = Math.max(maxes[g] as number, columns.max[i] as number);
    const time = timeOfCell[cell] as number;
    // Most claims come after a full group's samples: only those that may not are offered (a tie reads ids).
    if (time <= (sampleBefore[g] as number)) {
      const samplesOfGroup = kept[g] as Sample[];
      offerSample(list, samplesOfGroup, samples, time, listPosition[i] as number);
      if (samplesOfGroup.length === samples) sampleBefore[g] = (samplesOfGroup[samples - 1] as Sample).time;
    }
  }
  return Array.from({ length: groupCount }, (_, g) => {
    const key = keyOfGroup[g] as number;
    const period = (periods.periods[p] as { from: string; to: string }[])[Math.floor(key / PER_DAY)] as {
      from: string;
      to: string;
    };
    const stateAndKind = key % PER_DAY;
    return {
      from: period.from,
      to: period.to,
      state: VERIFICATION_STATES[Math.floor(stateAndKind / KINDS)] as VerificationState,
      kind: CLAIM_KINDS[stateAndKind % KINDS] as ClaimKind,
      count: counts[g] as number,
      median: medianInPlace(values, offsets[g] as number, offsets[g + 1] as number),
      min: mins[g] as number,
      max: maxes[g] as number,
      sampleIds: idsOf(list, kept[g] as Sample[]),
    };
  });
}
