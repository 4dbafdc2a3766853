import type { ClaimColumns } from './claim-columns-types';
import { CLAIM_KINDS, VERIFICATION_STATES } from './vocabulary';

/*
 * The columns a summary reads, with the claims grouped by metric (issue 15). A summary reads its claims chart by chart,
 * and a chart's claims are one metric's or a few: in the list's order (by date) they are spread through every column,
 * so that each claim read costs a cache line per column. Grouped by metric, a chart's claims sit side by side. At
 * 1,000,000 claims a summary of 586,000 of them took 175 ms in the list's order and 73 ms grouped (docs/benchmarks.md,
 * twelfth pass).
 */

/** What a summary reads of each claim: the columns, in an order of their own, without the claims themselves. */
export type SummaryColumns = Pick<
  ClaimColumns,
  | 'metricIds'
  | 'metric'
  | 'places'
  | 'place'
  | 'state'
  | 'kind'
  | 'value'
  | 'min'
  | 'max'
  | 'originIds'
  | 'origin'
  | 'organisations'
  | 'organisation'
>;

export const KINDS = CLAIM_KINDS.length;
/** Cells per date: a cell is a distinct date, state and kind, numbered `place × PER_DAY + state × KINDS + kind`. */
export const PER_DAY = VERIFICATION_STATES.length * KINDS;

/** The per-claim columns of SummaryColumns, in the order they are copied. */
const PER_CLAIM = ['metric', 'place', 'state', 'kind', 'value', 'min', 'max', 'origin', 'organisation'] as const;

export interface MetricOrdered {
  /** The columns with each metric's claims side by side, in metric number order, each metric's in the list's order. */
  columns: SummaryColumns;
  /** Per position in the list, its place in `columns`. */
  rank: Int32Array;
  /** Per place in `columns`, the claim's position in the list. */
  listPosition: Int32Array;
  /** Per place in `columns`, the claim's cell (PER_DAY); -1 when it is undated. */
  cell: Int32Array;
}

/** The cell of the claim at `r` of `columns`; -1 when it is undated. */
const cellAt = (columns: SummaryColumns, r: number) => {
  const place = columns.place[r] as number;
  return place < 0 ? -1 : place * PER_DAY + (columns.state[r] as number) * KINDS + (columns.kind[r] as number);
};

function gathered<T extends Int32Array | Uint8Array | Float64Array>(column: T, listPosition: Int32Array): T {
  const copy = new (column.constructor as new (length: number) => T)(listPosition.length);
  for (let r = 0; r < listPosition.length; r += 1) copy[r] = column[listPosition[r] as number] as number;
  return copy;
}

/** `columns` grouped by metric: a counting sort of the positions by metric, then each column copied in that order. */
function orderedByMetric(columns: ClaimColumns): MetricOrdered {
  const n = columns.metric.length;
  const starts = new Int32Array(columns.metricIds.length + 1);
  for (let i = 0; i < n; i += 1) {
    const after = (columns.metric[i] as number) + 1;
    starts[after] = (starts[after] as number) + 1;
  }
  for (let m = 1; m < starts.length; m += 1) starts[m] = (starts[m] as number) + (starts[m - 1] as number);
  const rank = new Int32Array(n);
  const listPosition = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const m = columns.metric[i] as number;
    const r = starts[m] as number;
    starts[m] = r + 1;
    rank[i] = r;
    listPosition[r] = i;
  }
  const ordered: SummaryColumns = { ...columns };
  for (const key of PER_CLAIM) (ordered[key] as (typeof columns)[typeof key]) = gathered(columns[key], listPosition);
  const cell = new Int32Array(n);
  for (let r = 0; r < n; r += 1) cell[r] = cellAt(ordered, r);
  return { columns: ordered, rank, listPosition, cell };
}

const remembered = new WeakMap<ClaimColumns, MetricOrdered>();

/** `columns` grouped by metric, made once per columns. */
export function metricOrdered(columns: ClaimColumns): MetricOrdered {
  let ordered = remembered.get(columns);
  if (!ordered) {
    ordered = orderedByMetric(columns);
    remembered.set(columns, ordered);
  }
  return ordered;
}

/**
 * Remembers for `next`, the columns of `before` with the claims at `positions` read again (rememberClaimsEdited), the
 * grouping of `before` with those claims copied again, when `before` was grouped and no claim changed its metric: a
 * state change copies two columns (its state and its cell), not ten. Otherwise `next` is grouped when a summary first needs it.
 */
export function rememberMetricOrderEdited(
  before: ClaimColumns,
  next: ClaimColumns,
  positions: readonly number[],
): void {
  const ordered = remembered.get(before);
  if (!ordered || next.metric.length !== before.metric.length) return;
  for (const position of positions) if (next.metric[position] !== before.metric[position]) return;
  const columns: SummaryColumns = { ...ordered.columns, metricIds: next.metricIds };
  for (const key of PER_CLAIM) {
    if (next[key] === before[key]) continue;
    const copy = ordered.columns[key].slice();
    for (const position of positions) copy[ordered.rank[position] as number] = next[key][position] as number;
    (columns[key] as typeof copy) = copy;
  }
  // A state or a kind is part of a claim's cell.
  const cell = ordered.cell.slice();
  for (const position of positions) {
    const r = ordered.rank[position] as number;
    cell[r] = cellAt(columns, r);
  }
  remembered.set(next, { ...ordered, columns, cell });
}
