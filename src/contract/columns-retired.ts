import type { Claim } from './claim-schema';
import type { ClaimColumns } from './claim-columns-types';
import type { Sequence } from './chunked-list';
import { columnsIfRead } from './claim-columns';
import { metricOrderedIfMade } from './metric-ordered-columns';
import { recycled, retireArrays } from './recycled-arrays';

/* A server's view retired: the typed arrays of its columns recycled for the views after it (recycled-arrays.ts). */

/** Every typed array of `columns` and of their grouping by metric, when made. */
function arraysOf(columns: ClaimColumns) {
  const ordered = metricOrderedIfMade(columns);
  const { metric, place, kind, value, reference, min, max, origin, organisation, type, country } = columns;
  return [
    ...[metric, place, kind, value, reference, min, max, origin, organisation, type, country, ...columns.statePages],
    ...(ordered
      ? [
          ...[ordered.rank, ordered.listPosition, ordered.metricStart, ...ordered.cell],
          ...[ordered.columns.value, ordered.columns.reference, ordered.columns.min, ordered.columns.max],
          ...[ordered.columns.origin, ordered.columns.organisation],
        ]
      : []),
  ];
}

/**
 * Retires the columns of `before`, a view's claims that `after` replaced: those of its arrays that the columns of
 * `after` do not share are recycled once no reader that began before now still reads (recycled-arrays.ts). Nothing
 * is retired when `before`'s columns were never read.
 */
export function retireColumns(before: Sequence<Claim>, after: Sequence<Claim> | null): void {
  const columns = columnsIfRead(before);
  if (!columns) return;
  const kept = after && columnsIfRead(after);
  retireArrays(arraysOf(columns), kept ? arraysOf(kept) : []);
}

/**
 * Makes and retires at once a spare of every array of `claims`' columns, one place longer: the first new claim after a
 * view is read then recycles them, rather than making 100 MB of new arrays (at 1,000,000 claims) and starting a full
 * collection of the heap.
 */
export function reserveSpareColumns(claims: Sequence<Claim>): void {
  const columns = columnsIfRead(claims);
  if (!columns) return;
  const spare = arraysOf(columns).map((array) =>
    recycled(array.constructor as Parameters<typeof recycled>[0], array.length + 1),
  );
  retireArrays(spare, []);
}
