import type { Claim } from './claim-schema';
import { STATE_PAGE_BITS, type ClaimColumns } from './claim-columns-types';
import { columnsIfRead, KIND_INDEX, placeOf, rememberColumns, STATE_INDEX } from './claim-columns';
import { figureExtent } from './claim-summary';
import type { Sequence } from './chunked-list';
import { referenceStart } from './origins/supporting-claims';
import { rememberMetricOrderInserted } from './metric-ordered-columns';

type Column = Int32Array | Uint8Array | Float64Array;

/** `column` with `value` at `position`, and every later place one on. */
function inserted<C extends Column>(column: C, position: number, value: number): C {
  const copy = new (column.constructor as new (length: number) => C)(column.length + 1);
  copy.set(column.subarray(0, position));
  copy[position] = value;
  copy.set(column.subarray(position), position + 1);
  return copy;
}

/** Pages of 2 ** STATE_PAGE_BITS with `value` inserted at `position`: the pages before its page shared, the rest made again. */
function insertedInPages(pages: readonly Uint8Array[], length: number, position: number, value: number): Uint8Array[] {
  const size = 2 ** STATE_PAGE_BITS;
  const first = position >>> STATE_PAGE_BITS;
  const rest = new Uint8Array(length + 1 - first * size);
  let at = 0;
  for (let p = first; p < pages.length; p += 1) {
    rest.set(pages[p] as Uint8Array, at);
    at += (pages[p] as Uint8Array).length;
  }
  rest.copyWithin(position - first * size + 1, position - first * size, at);
  rest[position - first * size] = value;
  const next = pages.slice(0, first);
  for (let from = 0; from < rest.length; from += size) next.push(rest.slice(from, from + size));
  return next;
}

/** The number of `value` in `values`, with a copy of `values` holding it made when it lacks it. */
function numbered<T>(values: T[], value: T, same: (a: T, b: T) => boolean = Object.is): [T[], number] {
  const n = values.findIndex((v) => same(v, value));
  return n >= 0 ? [values, n] : [[...values, value], values.length];
}

/**
 * Remembers for `claims`, the claims of `before` with one inserted at `position` and those at `originMoved` (positions
 * in `claims`) served with another origin, and nothing else changed, the columns of `before` with the new claim's
 * inserted, when those were read: each column copied once, not read again from every claim (at 1,000,000 claims, reading
 * the columns took seconds). A new date, metric or speaker is numbered after those of `before`. An origin is numbered
 * as `before` numbers it where a claim that keeps it says (`originNumber`, from the origin's other members), else anew:
 * then no claim holds it but those given here.
 */
export function rememberClaimInserted(
  before: Sequence<Claim>,
  claims: Sequence<Claim>,
  position: number,
  originMoved: Iterable<number>,
  originNumber: (originId: string) => number | undefined,
): void {
  const columns = columnsIfRead(before);
  if (!columns || claims.length !== before.length + 1) return;
  const claim = claims.at(position) as Claim;
  const [metricIds, metric] = numbered(columns.metricIds, claim.metricId);
  const [places, place] =
    claim.claimedOn === null
      ? [columns.places, -1]
      : numbered(columns.places, placeOf(claim.claimedOn), (a, b) => a.date === b.date);
  const [organisations, organisation] = numbered(columns.organisations, claim.speaker.organisation);
  const [types, type] = numbered(columns.types, claim.speaker.type);
  const [countries, country] = numbered(columns.countries, claim.speaker.country ?? 'none');
  let originIds = columns.originIds;
  const fresh = new Map<string, number>();
  const originOf = (originId: string | null) => {
    if (originId === null) return -1;
    let n = fresh.get(originId) ?? originNumber(originId);
    if (n === undefined) {
      if (originIds === columns.originIds) originIds = [...originIds];
      n = originIds.push(originId) - 1;
      fresh.set(originId, n);
    }
    return n;
  };
  const ids = columns.ids.slice();
  ids.splice(position, 0, claim.id);
  const extent = figureExtent(claim.figure);
  const next: ClaimColumns = {
    ...columns,
    claims,
    ids,
    metricIds,
    metric: inserted(columns.metric, position, metric),
    places,
    place: inserted(columns.place, position, place),
    statePages: insertedInPages(
      columns.statePages,
      before.length,
      position,
      STATE_INDEX.get(claim.verification.state) as number,
    ),
    kind: inserted(columns.kind, position, KIND_INDEX.get(claim.kind) as number),
    value: inserted(columns.value, position, extent?.value ?? NaN),
    reference: inserted(columns.reference, position, referenceStart(claim) ?? NaN),
    min: inserted(columns.min, position, extent?.min ?? NaN),
    max: inserted(columns.max, position, extent?.max ?? NaN),
    origin: inserted(columns.origin, position, originOf(claim.originId)),
    organisations,
    organisation: inserted(columns.organisation, position, organisation),
    types,
    type: inserted(columns.type, position, type),
    countries,
    country: inserted(columns.country, position, country),
  };
  const moved = [...originMoved];
  for (const at of moved) next.origin[at] = originOf((claims.at(at) as Claim).originId);
  next.originIds = originIds;
  rememberColumns(claims, next);
  rememberMetricOrderInserted(columns, next, position, moved);
}
