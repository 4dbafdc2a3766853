import type { ClaimColumns } from '../../src/contract/claim-columns';
import { STATE_PAGE_BITS, STATE_PAGE_MASK } from '../../src/contract/claim-columns-types';
import {
  CELL_PAGE_BITS,
  CELL_PAGE_MASK,
  metricOrdered,
  PER_DAY,
  placeOfCell,
} from '../../src/contract/metric-ordered-columns';

/* A list's columns read back by value, to compare columns carried over from a view before with those made afresh. */

/** Each claim's columns by value (a value first seen later is numbered later in a view carried over). */
export const decoded = (c: ClaimColumns) =>
  [...c.ids].map((id, i) => [
    id,
    c.claims.at(i)?.id,
    c.metricIds[c.metric[i] as number],
    c.place[i] === -1 ? null : c.places[c.place[i] as number],
    (c.statePages[i >>> STATE_PAGE_BITS] as Uint8Array)[i & STATE_PAGE_MASK],
    c.kind[i],
    c.value[i],
    c.reference[i],
    c.min[i],
    c.max[i],
    c.origin[i] === -1 ? null : c.originIds[c.origin[i] as number],
    c.organisations[c.organisation[i] as number],
    c.types[c.type[i] as number],
    c.countries[c.country[i] as number],
  ]);

/** The columns grouped by metric, by value. */
export function decodedByMetric(columns: ClaimColumns) {
  const { columns: c, rank, listPosition, metricStart, cell } = metricOrdered(columns);
  const cellOf = (r: number) => {
    const value = (cell[r >>> CELL_PAGE_BITS] as Int32Array)[r & CELL_PAGE_MASK] as number;
    if (value < 0) return null;
    const place = c.places[placeOfCell(value)];
    return [place?.date, value % PER_DAY];
  };
  return {
    rank: [...rank],
    metricStart: [...metricStart].map((start, m) => [c.metricIds[m], start]),
    rows: [...listPosition].map((at, r) => [
      at,
      c.value[r],
      c.reference[r],
      c.min[r],
      c.max[r],
      c.origin[r] === -1 ? null : c.originIds[c.origin[r] as number],
      c.organisations[c.organisation[r] as number],
      cellOf(r),
    ]),
  };
}
