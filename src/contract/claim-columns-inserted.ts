import type { Claim } from './claim-schema';
import { STATE_PAGE_BITS, type ClaimColumns } from './claim-columns-types';
import { columnsIfRead, KIND_INDEX, placeOf, rememberColumns, STATE_INDEX } from './claim-columns';
import { figureExtent } from './claim-summary';
import type { Sequence } from './chunked-list';
import { referenceStart } from './origins/supporting-claims';
import { rememberMetricOrderInserted } from './metric-ordered-columns';
import { insertedIn, insertedInPages } from './inserted-columns';

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
  // Origins are numbered once and for all: a new one is appended to the list the columns before share, which holds no
  // number past its own (at 1,000,000 origins a copy of it was 8 MB per new claim).
  const { originIds } = columns;
  const fresh = new Map<string, number>();
  const originOf = (originId: string | null) => {
    if (originId === null) return -1;
    let n = fresh.get(originId) ?? originNumber(originId);
    if (n === undefined) {
      n = originIds.push(originId) - 1;
      fresh.set(originId, n);
    }
    return n;
  };
  const extent = figureExtent(claim.figure);
  const next: ClaimColumns = {
    ...columns,
    claims,
    ids: columns.ids.withInserted(position, claim.id),
    metricIds,
    metric: insertedIn(columns.metric, position, metric),
    places,
    place: insertedIn(columns.place, position, place),
    statePages: insertedInPages(
      columns.statePages,
      STATE_PAGE_BITS,
      position,
      STATE_INDEX.get(claim.verification.state) as number,
      Uint8Array,
    ),
    kind: insertedIn(columns.kind, position, KIND_INDEX.get(claim.kind) as number),
    value: insertedIn(columns.value, position, extent?.value ?? NaN),
    reference: insertedIn(columns.reference, position, referenceStart(claim) ?? NaN),
    min: insertedIn(columns.min, position, extent?.min ?? NaN),
    max: insertedIn(columns.max, position, extent?.max ?? NaN),
    origin: insertedIn(columns.origin, position, originOf(claim.originId)),
    organisations,
    organisation: insertedIn(columns.organisation, position, organisation),
    types,
    type: insertedIn(columns.type, position, type),
    countries,
    country: insertedIn(columns.country, position, country),
  };
  const moved = [...originMoved];
  for (const at of moved) next.origin[at] = originOf((claims.at(at) as Claim).originId);
  rememberColumns(claims, next);
  rememberMetricOrderInserted(columns, next, position, moved);
}
