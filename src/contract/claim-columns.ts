import type { Claim } from './claim-schema';
import { STATE_PAGE_BITS, STATE_PAGE_MASK, type ClaimColumns, type DatePlace } from './claim-columns-types';
import { dateSpan, type PartialDate } from './partial-date';
import { PERIODS, periodOf } from './claim-periods';
import { figureExtent } from './claim-summary';
import { CLAIM_KINDS, VERIFICATION_STATES } from './vocabulary';
import { rememberMetricOrderEdited } from './metric-ordered-columns';
import { ChunkedList, type Sequence } from './chunked-list';
import { copiedPages } from './copied-pages';
import { recycled, recycledCopy } from './recycled-arrays';
import { referenceStart, referenceStarts } from './origins/supporting-claims';

/*
 * What the summary reads of each claim, column by column (issue 15). A claim is an object of objects spread over the
 * heap: reading a few fields of each of a million claims costs a cache miss per field, and a summary made that way
 * took 3 µs a claim. Read once into plain arrays, the same summary reads a few bytes a claim.
 */

export type { ClaimColumns, DatePlace } from './claim-columns-types';

export const STATE_INDEX = new Map(VERIFICATION_STATES.map((state, i) => [state, i]));
export const KIND_INDEX = new Map(CLAIM_KINDS.map((kind, i) => [kind, i]));

/** Numbers the distinct values it is given, in the order it first sees them. */
function numbering<T>() {
  const numbers = new Map<T, number>();
  const values: T[] = [];
  return {
    values,
    of(value: T): number {
      let n = numbers.get(value);
      if (n === undefined) {
        n = values.length;
        numbers.set(value, n);
        values.push(value);
      }
      return n;
    },
  };
}

export function placeOf(date: PartialDate): DatePlace {
  const span = dateSpan(date);
  const time = (span.start + span.end) / 2;
  return { date, time, start: span.start, end: span.end, periods: PERIODS.map((period) => periodOf(time, period)) };
}

/** The claims' columns, read in one pass. */
export function claimColumns(claims: Sequence<Claim>): ClaimColumns {
  const n = claims.length;
  const metrics = numbering<string>();
  const dates = numbering<string>();
  const origins = numbering<string>();
  const organisations = numbering<string>();
  const types = numbering<string>();
  const countries = numbering<string>();
  const columns = {
    claims,
    metric: recycled(Int32Array, n),
    place: recycled(Int32Array, n),
    statePages: Array.from({ length: Math.ceil(n / 2 ** STATE_PAGE_BITS) }, (_, p) =>
      recycled(Uint8Array, Math.min(2 ** STATE_PAGE_BITS, n - p * 2 ** STATE_PAGE_BITS)),
    ),
    kind: recycled(Uint8Array, n),
    value: recycled(Float64Array, n),
    reference: recycled(Float64Array, n),
    min: recycled(Float64Array, n),
    max: recycled(Float64Array, n),
    origin: recycled(Int32Array, n),
    organisation: recycled(Int32Array, n),
    type: recycled(Int32Array, n),
    country: recycled(Int32Array, n),
  };
  const ids: string[] = [];
  const lastIdOfDate: string[] = [];
  const referenceOf = referenceStarts();
  let idsInOrderPerDate = true;
  for (let i = 0; i < n; i += 1) {
    const claim = claims.at(i) as Claim;
    const { originId, claimedOn, figure } = claim;
    ids.push(claim.id);
    columns.metric[i] = metrics.of(claim.metricId);
    const place = claimedOn === null ? -1 : dates.of(claimedOn);
    columns.place[i] = place;
    if (idsInOrderPerDate) {
      // The undated claims count as one date.
      const last = lastIdOfDate[place + 1];
      if (last !== undefined && last.localeCompare(claim.id) >= 0) idsInOrderPerDate = false;
      lastIdOfDate[place + 1] = claim.id;
    }
    (columns.statePages[i >>> STATE_PAGE_BITS] as Uint8Array)[i & STATE_PAGE_MASK] = STATE_INDEX.get(
      claim.verification.state,
    ) as number;
    columns.kind[i] = KIND_INDEX.get(claim.kind) as number;
    const extent = figureExtent(figure);
    columns.value[i] = extent?.value ?? NaN;
    columns.min[i] = extent?.min ?? NaN;
    columns.max[i] = extent?.max ?? NaN;
    columns.reference[i] = referenceOf(claim) ?? NaN;
    columns.origin[i] = originId === null ? -1 : origins.of(originId);
    const { speaker } = claim;
    columns.organisation[i] = organisations.of(speaker.organisation);
    columns.type[i] = types.of(speaker.type);
    columns.country[i] = countries.of(speaker.country ?? 'none');
  }
  return {
    ...columns,
    ids: ChunkedList.of(ids),
    metricIds: metrics.values,
    places: dates.values.map(placeOf),
    originIds: origins.values,
    organisations: organisations.values,
    types: types.values,
    countries: countries.values,
    idsInOrderPerDate,
  };
}

const remembered = new WeakMap<Sequence<Claim>, ClaimColumns>();

/** The columns of a list of claims, when they have been read (rememberedColumns); else undefined, and none are read. */
export const columnsIfRead = (claims: Sequence<Claim>): ClaimColumns | undefined => remembered.get(claims);

/** Remembers `columns` as those of `claims` (made from another list's, by a caller that knows they are the same). */
export const rememberColumns = (claims: Sequence<Claim>, columns: ClaimColumns): void => {
  remembered.set(claims, columns);
};

/**
 * The columns of a list of claims that is never changed in place (a server's view of the store), read once per list.
 */
export function rememberedColumns(claims: Sequence<Claim>): ClaimColumns {
  let columns = remembered.get(claims);
  if (!columns) {
    columns = claimColumns(claims);
    remembered.set(claims, columns);
  }
  return columns;
}

const sameFigure = (a: Claim['figure'], b: Claim['figure']) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * `claims`, a copy of the list `before` in which the claims at `positions` changed what they say of their metric, kind,
 * figure, the date the figure refers to, or verification state, and nothing else (not their id, date, origin or
 * speaker, nor their order), remembered with the columns of `before` and those claims read again, when those were
 * read: not read again.
 */
export function rememberClaimsEdited(
  before: Sequence<Claim>,
  claims: Sequence<Claim>,
  positions: Iterable<number>,
): void {
  const columns = remembered.get(before);
  if (!columns || before.length !== claims.length) return;
  const states = copiedPages(columns.statePages, STATE_PAGE_BITS);
  const next: ClaimColumns = { ...columns, claims, statePages: states.pages };
  let figures = false;
  let references = false;
  const edited = [...positions];
  for (const position of edited) {
    const claim = claims.at(position) as Claim;
    const old = before.at(position) as Claim;
    states.set(position, STATE_INDEX.get(claim.verification.state) as number);
    if ((claim.figureAsOf ?? claim.claimedOn) !== (old.figureAsOf ?? old.claimedOn)) {
      // Copied once, and only when an edit moves the date a figure refers to.
      if (!references) next.reference = recycledCopy(columns.reference);
      references = true;
      next.reference[position] = referenceStart(claim) ?? NaN;
    }
    if (claim.metricId === old.metricId && claim.kind === old.kind && sameFigure(claim.figure, old.figure)) continue;
    if (!figures) {
      // Copied once, on the first claim that needs it: a change of state alone copies one column.
      figures = true;
      next.metricIds = [...columns.metricIds];
      next.metric = recycledCopy(columns.metric);
      next.kind = recycledCopy(columns.kind);
      next.value = recycledCopy(columns.value);
      next.min = recycledCopy(columns.min);
      next.max = recycledCopy(columns.max);
    }
    let metric = next.metricIds.indexOf(claim.metricId);
    if (metric < 0) metric = next.metricIds.push(claim.metricId) - 1;
    next.metric[position] = metric;
    next.kind[position] = KIND_INDEX.get(claim.kind) as number;
    const extent = figureExtent(claim.figure);
    next.value[position] = extent?.value ?? NaN;
    next.min[position] = extent?.min ?? NaN;
    next.max[position] = extent?.max ?? NaN;
  }
  remembered.set(claims, next);
  rememberMetricOrderEdited(columns, next, edited);
}
