import { STATE_PAGE_BITS, STATE_PAGE_MASK, type ClaimColumns } from './claim-columns-types';
import { copiedPages } from './copied-pages';
import { insertedIn, insertedInPages } from './inserted-columns';
import { recycled, recycledCopy, type Maker } from './recycled-arrays';
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
  | 'places'
  | 'value'
  | 'reference'
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

/**
 * The place (date) of a dated cell. A truncating `| 0` rather than Math.floor: V8 divides whole numbers by a constant
 * without floating point then, about twice as fast, which counts where it runs once per cell of every chart.
 */
export const placeOfCell = (cell: number) => (cell / PER_DAY) | 0;

/** The per-claim columns of SummaryColumns, in the order they are copied. */
const PER_CLAIM = ['value', 'reference', 'min', 'max', 'origin', 'organisation'] as const;

/**
 * Cells per page of the cell column: a state change copies the page of its claim, not the column. Copies of whole
 * columns, at 1,000,000 claims 4 MB a write, are memory outside V8's heap, of which every 64 MB starts a full collection
 * (scratch-arena.ts).
 */
export const CELL_PAGE_BITS = 14;
export const CELL_PAGE_MASK = (1 << CELL_PAGE_BITS) - 1;

export interface MetricOrdered {
  /** The columns with each metric's claims side by side, in metric number order, each metric's in the list's order. */
  columns: SummaryColumns;
  /** Per position in the list, its place in `columns`. */
  rank: Int32Array;
  /** Per place in `columns`, the claim's position in the list. */
  listPosition: Int32Array;
  /** Per metric number `m`, where its claims start in `columns`: they end where `m + 1`'s start (one more than metrics). */
  metricStart: Int32Array;
  /**
   * Per place `r` in `columns`, the claim's cell (PER_DAY), -1 when it is undated: at `cell[r >>> CELL_PAGE_BITS][r &
   * CELL_PAGE_MASK]`.
   */
  cell: Int32Array[];
}

/** The cell of the claim at `i` of the list's `columns`; -1 when it is undated. */
const cellAt = (columns: ClaimColumns, i: number) => {
  const place = columns.place[i] as number;
  if (place < 0) return -1;
  const state = (columns.statePages[i >>> STATE_PAGE_BITS] as Uint8Array)[i & STATE_PAGE_MASK] as number;
  return place * PER_DAY + state * KINDS + (columns.kind[i] as number);
};

function gathered<T extends Int32Array | Uint8Array | Float64Array>(column: T, listPosition: Int32Array): T {
  const copy = recycled(column.constructor as Maker<T>, listPosition.length);
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
  const metricStart = starts.slice();
  const rank = recycled(Int32Array, n);
  const listPosition = recycled(Int32Array, n);
  for (let i = 0; i < n; i += 1) {
    const m = columns.metric[i] as number;
    const r = starts[m] as number;
    starts[m] = r + 1;
    rank[i] = r;
    listPosition[r] = i;
  }
  const { metricIds, places, originIds, organisations } = columns;
  const ordered: SummaryColumns = {
    metricIds,
    places,
    originIds,
    organisations,
    value: gathered(columns.value, listPosition),
    reference: gathered(columns.reference, listPosition),
    min: gathered(columns.min, listPosition),
    max: gathered(columns.max, listPosition),
    origin: gathered(columns.origin, listPosition),
    organisation: gathered(columns.organisation, listPosition),
  };
  const cell: Int32Array[] = [];
  for (let first = 0; first < n; first += CELL_PAGE_MASK + 1) {
    const page = recycled(Int32Array, Math.min(CELL_PAGE_MASK + 1, n - first));
    for (let r = 0; r < page.length; r += 1) page[r] = cellAt(columns, listPosition[first + r] as number);
    cell.push(page);
  }
  return { columns: ordered, rank, listPosition, metricStart, cell };
}

const remembered = new WeakMap<ClaimColumns, MetricOrdered>();

/** `columns` grouped by metric when a summary (or a view, prepareSummaries) has had them made; else undefined. */
export const metricOrderedIfMade = (columns: ClaimColumns): MetricOrdered | undefined => remembered.get(columns);

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
 * state change copies a page of the cells, not a column. Otherwise `next` is grouped when a summary first needs it.
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
    const copy = recycledCopy(ordered.columns[key]);
    for (const position of positions) copy[ordered.rank[position] as number] = next[key][position] as number;
    (columns[key] as typeof copy) = copy;
  }
  // A state or a kind is part of a claim's cell: its page is copied (once), the rest shared.
  const cell = copiedPages(ordered.cell, CELL_PAGE_BITS);
  for (const position of positions) cell.set(ordered.rank[position] as number, cellAt(next, position));
  remembered.set(next, { ...ordered, columns, cell: cell.pages });
}

/**
 * Remembers for `next`, the columns of `before` with one claim inserted at `position` (rememberClaimInserted) and those
 * at `originMoved` (positions in `next`) given another origin, the grouping of `before` with the claim inserted in its
 * metric's claims, in list order, when `before` was grouped and its metric was: one pass over the ranks, where grouping
 * again took 0.4–1 s at 1,000,000 claims. Otherwise `next` is grouped when a summary first needs it.
 */
export function rememberMetricOrderInserted(
  before: ClaimColumns,
  next: ClaimColumns,
  position: number,
  originMoved: readonly number[],
): void {
  const ordered = remembered.get(before);
  const m = next.metric[position] as number;
  if (!ordered || m >= before.metricIds.length || next.metric.length !== before.metric.length + 1) return;
  // Its rank: that of the first claim of its metric after it in the list, or the end of its metric's.
  let r = ordered.metricStart[m + 1] as number;
  for (let i = position; i < before.metric.length; i += 1)
    if (before.metric[i] === m) {
      r = ordered.rank[i] as number;
      break;
    }
  const n = before.metric.length;
  const rank = recycled(Int32Array, n + 1);
  for (let i = 0; i < n; i += 1) {
    const was = ordered.rank[i] as number;
    rank[i < position ? i : i + 1] = was >= r ? was + 1 : was;
  }
  rank[position] = r;
  const listPosition = recycled(Int32Array, n + 1);
  for (let k = 0; k < n; k += 1) {
    const was = ordered.listPosition[k] as number;
    listPosition[k < r ? k : k + 1] = was >= position ? was + 1 : was;
  }
  listPosition[r] = position;
  const metricStart = ordered.metricStart.slice();
  for (let k = m + 1; k < metricStart.length; k += 1) metricStart[k] = (metricStart[k] as number) + 1;
  const columns: SummaryColumns = {
    metricIds: next.metricIds,
    places: next.places,
    originIds: next.originIds,
    organisations: next.organisations,
    value: insertedIn(ordered.columns.value, r, next.value[position] as number),
    reference: insertedIn(ordered.columns.reference, r, next.reference[position] as number),
    min: insertedIn(ordered.columns.min, r, next.min[position] as number),
    max: insertedIn(ordered.columns.max, r, next.max[position] as number),
    origin: insertedIn(ordered.columns.origin, r, next.origin[position] as number),
    organisation: insertedIn(ordered.columns.organisation, r, next.organisation[position] as number),
  };
  for (const at of originMoved) columns.origin[rank[at] as number] = next.origin[at] as number;
  const cell = insertedInPages(ordered.cell, CELL_PAGE_BITS, r, cellAt(next, position), Int32Array);
  remembered.set(next, { columns, rank, listPosition, metricStart, cell });
}
