import type { Claim } from '../claim-schema';
import type { Positional } from '../chunked-list';
import { dateSpan } from '../partial-date';
import { AGREEMENT } from './origin-rules';
import type { SieveTarget, SupporterSieve } from './supporter-sieve';

export { AGREEMENT };

const DAY = 86_400_000;

type Figured = Pick<
  Claim,
  'id' | 'metricId' | 'kind' | 'figure' | 'figureAsOf' | 'claimedOn' | 'contradictingClaimIds'
>;

function interval(claim: Figured): [number, number] | null {
  const { value, low, high } = claim.figure;
  if (low !== null && high !== null) return [Math.min(low, value ?? low), Math.max(high, value ?? high)];
  return value === null ? null : [value, value];
}

/** The start of the day (or month, or year) the figure refers to, or null when undated. */
export function referenceStart(claim: Figured): number | null {
  const date = claim.figureAsOf ?? claim.claimedOn;
  return date ? dateSpan(date).start : null;
}

/**
 * referenceStart, read once per date written: many claims share a date, and reading one is most of a claim's cost. One
 * per pass over many claims (the lookup keeps every date it was asked for).
 */
export function referenceStarts(): (claim: Figured) => number | null {
  const starts = new Map<string, number>();
  return (claim) => {
    const date = claim.figureAsOf ?? claim.claimedOn;
    if (!date) return null;
    let start = starts.get(date);
    if (start === undefined) {
      start = dateSpan(date).start;
      starts.set(date, start);
    }
    return start;
  };
}

/** Figures that agree: within 15% of each other, or ranges that overlap. */
export function figuresAgree(a: Figured, b: Figured): boolean {
  const mine = interval(a);
  const theirs = interval(b);
  if (!mine || !theirs) return false;
  const lo = Math.max(mine[0], theirs[0]);
  const hi = Math.min(mine[1], theirs[1]);
  if (lo <= hi) return true;
  return (lo - hi) / Math.max(mine[1], theirs[1]) <= AGREEMENT.tolerance;
}

/**
 * Whether `other` backs up `claim`'s figure: the same metric, both projections or neither, not
 * marked as contradicting it, dated within a month, figures in agreement. Says nothing about who
 * said it: whether the support is independent is a question of origins (with-origins.ts).
 */
export function supportsFigure(claim: Figured, other: Figured): boolean {
  if (other.id === claim.id || other.metricId !== claim.metricId) return false;
  if ((other.kind === 'projection_warning') !== (claim.kind === 'projection_warning')) return false;
  if (claim.contradictingClaimIds.includes(other.id) || other.contradictingClaimIds.includes(claim.id)) return false;
  const when = referenceStart(claim);
  const then = referenceStart(other);
  if (when === null || then === null || Math.abs(then - when) > AGREEMENT.days * DAY) return false;
  return figuresAgree(claim, other);
}

/** Supporters kept per claim, nearest in time first: enough to show and to decide, bounded for the wire. */
export const MAX_SUPPORTERS = 20;

const contradicts = (a: Figured, b: Figured) =>
  a.contradictingClaimIds.includes(b.id) || b.contradictingClaimIds.includes(a.id);

/** One metric's claims as flat columns, in date order (ties by id): the scan below touches only numbers. */
function columns<T extends Figured>(entries: { claim: T; index: number; at: number; range: [number, number] }[]) {
  entries.sort((a, b) => a.at - b.at || a.claim.id.localeCompare(b.claim.id));
  const at = new Float64Array(entries.length);
  const lo = new Float64Array(entries.length);
  const hi = new Float64Array(entries.length);
  const projection = new Uint8Array(entries.length);
  entries.forEach((e, i) => {
    at[i] = e.at;
    lo[i] = e.range[0];
    hi[i] = e.range[1];
    projection[i] = e.claim.kind === 'projection_warning' ? 1 : 0;
  });
  return { entries, at, lo, hi, projection };
}

/**
 * Which claims a scan finds supporters for (`target`), and which it reads (`read`): every claim, unless a caller knows
 * that only some claims' supporters can have changed. A claim's supporters are all within AGREEMENT.days of it, in its
 * metric, so a target is answered exactly as over every claim when every claim of its metric within AGREEMENT.days of it
 * is read. `read` is asked first with the metric alone (`at` undefined), then with the reference date.
 */
export interface SupporterScope {
  read(metricId: string, at?: number): boolean;
  target(index: number, metricId: string, at: number): boolean;
  /** The only claims `read` can keep, by index, in any order: every claim when absent. */
  among?: Iterable<number>;
  /** For one claim's supporters (supportersOf), a first look at each claim `among` without reading it (supporter-sieve.ts). */
  sieve?: (target: SieveTarget) => SupporterSieve;
}

const EVERY_CLAIM: SupporterScope = { read: () => true, target: () => true };

/**
 * Every claim's supporters, as indices into `claims` (at most MAX_SUPPORTERS each, nearest in time
 * first, ties by id), found metric by metric within a two-month window of reference dates: one sort
 * and a scan over flat number columns, fast enough for a hundred thousand claims. With a `scope`, only its targets'
 * supporters (the others are undefined).
 */
export function supporterIndices<T extends Figured>(
  claims: Positional<T>,
  scope: SupporterScope = EVERY_CLAIM,
): (number[] | undefined)[] {
  // Every claim's place made at once for a scan of every claim; a scoped scan sets a few places (at 1,000,000 claims a
  // new array of every place took 25 ms of an edit's answer).
  const result: (number[] | undefined)[] = scope.among ? [] : new Array(claims.length);
  const byMetric = new Map<string, { claim: T; index: number; at: number; range: [number, number] }[]>();
  const startOf = referenceStarts();
  const visit = (claim: T, index: number) => {
    if (!scope.read(claim.metricId)) return;
    const at = startOf(claim);
    const range = interval(claim);
    if (at === null || range === null || !scope.read(claim.metricId, at)) return;
    const list = byMetric.get(claim.metricId) ?? [];
    list.push({ claim, index, at, range });
    byMetric.set(claim.metricId, list);
  };
  if (scope.among) for (const index of scope.among) visit(claims.at(index) as T, index);
  else for (let index = 0; index < claims.length; index += 1) visit(claims.at(index) as T, index);
  const window = AGREEMENT.days * DAY;
  const tolerance = AGREEMENT.tolerance;
  for (const list of byMetric.values()) {
    const { entries, at, lo, hi, projection } = columns(list);
    // One tight loop per claim, no closure made per claim: this runs for every claim of a metric.
    const isSupporter = (i: number, j: number, mine: (typeof entries)[number]): boolean => {
      if (projection[j] !== projection[i]) return false;
      const top = Math.max(lo[i] as number, lo[j] as number);
      const bottom = Math.min(hi[i] as number, hi[j] as number);
      if (top > bottom && (top - bottom) / Math.max(hi[i] as number, hi[j] as number) > tolerance) return false;
      return !contradicts(mine.claim, (entries[j] as typeof mine).claim);
    };
    for (let i = 0; i < entries.length; i += 1) {
      const when = at[i] as number;
      const mine = entries[i] as (typeof entries)[number];
      if (!scope.target(mine.index, mine.claim.metricId, when)) continue;
      // Outward from the claim, nearest in time first (ties in list order), stopping at MAX_SUPPORTERS: a dense
      // metric is not scanned over its whole two-month window for each claim.
      let kept: number[] | null = null;
      let count = 0;
      let left = i - 1;
      let right = i + 1;
      while (count < MAX_SUPPORTERS) {
        const before = left >= 0 && (at[left] as number) >= when - window ? when - (at[left] as number) : Infinity;
        const after =
          right < entries.length && (at[right] as number) <= when + window ? (at[right] as number) - when : Infinity;
        const distance = before < after ? before : after;
        if (distance === Infinity) break;
        // Every claim at this distance, earlier ones first (list order), then later ones.
        let from = left;
        while (from >= 0 && when - (at[from] as number) === distance) from -= 1;
        for (let j = from + 1; j <= left && count < MAX_SUPPORTERS; j += 1)
          if (isSupporter(i, j, mine)) (kept ??= [])[count++] = (entries[j] as typeof mine).index;
        left = from;
        for (; right < entries.length && (at[right] as number) - when === distance; right += 1)
          if (count < MAX_SUPPORTERS && isSupporter(i, right, mine))
            (kept ??= [])[count++] = (entries[right] as typeof mine).index;
      }
      if (kept) result[mine.index] = kept;
    }
  }
  return result;
}

/**
 * One claim's supporters (the claim at `target` of `claims`), as supporterIndices finds them over every claim: the same
 * claims in the same order. Only the claims at `among` (any order; every claim when absent) are read: they must hold
 * every claim of its metric within AGREEMENT.days of it. Made for one write's answer: supporterIndices sorts every claim
 * read, and at 1,000,000 SYNTHETIC claims its 3,000 near an edit took 6–7 ms of a 13 ms answer (twenty-third pass).
 *
 * A `sieve` (supporter-sieve.ts) rules claims out before they are read, and gives the reference date of those it lets
 * through: they are put in supporterIndices' order by date alone, and read nearest first, a date at a time, only until
 * MAX_SUPPORTERS are found. At 1,000,000 SYNTHETIC claims about 950 claims near a new one pass the sieve, each read
 * from a cold heap, and sorted with their ids compared: about 3.5 ms of a 10 ms answer (twenty-eighth pass).
 */
export function supportersOf<T extends Figured>(
  claims: Positional<T>,
  target: number,
  among?: Iterable<number>,
  sieve?: (target: SieveTarget) => SupporterSieve,
): number[] {
  const mine = claims.at(target) as T;
  const startOf = referenceStarts();
  const when = startOf(mine);
  const mineInterval = interval(mine);
  if (when === null || mineInterval === null) return [];
  const window = AGREEMENT.days * DAY;
  const projection = mine.kind === 'projection_warning';
  const sieved = sieve?.({ metricId: mine.metricId, projection, when, interval: mineInterval });
  const alike = (other: T) => other.metricId === mine.metricId && (other.kind === 'projection_warning') === projection;
  // The claims that may support it, each with its reference date: the sieve's, or read from the claim.
  const candidates: { index: number; at: number }[] = [];
  const consider = (index: number) => {
    if (index === target) return;
    let at = sieved?.(index);
    if (at === null) return;
    if (at === undefined) {
      const other = claims.at(index) as T;
      if (!alike(other)) return;
      at = startOf(other) ?? undefined;
      if (at === undefined) return;
    }
    if (Math.abs(at - when) <= window) candidates.push({ index, at });
  };
  if (among) for (const index of among) consider(index);
  else for (let index = 0; index < claims.length; index += 1) consider(index);
  // supporterIndices' order: outward from the claim, nearest first; at one distance the earlier date first; on one date
  // by id. (Ids the collation holds equal stay in the order read, as supporterIndices' stable sort keeps them.) By date
  // first, without reading a claim; then a date's claims read, and sorted by id, only while more are wanted.
  candidates.sort((a, b) => Math.abs(a.at - when) - Math.abs(b.at - when) || a.at - b.at);
  const found: number[] = [];
  for (let g = 0; g < candidates.length && found.length < MAX_SUPPORTERS;) {
    const at = (candidates[g] as (typeof candidates)[number]).at;
    const ofDate: { index: number; id: string }[] = [];
    for (; g < candidates.length && (candidates[g] as (typeof candidates)[number]).at === at; g += 1) {
      const { index } = candidates[g] as (typeof candidates)[number];
      const other = claims.at(index) as T;
      if (alike(other) && startOf(other) === at && figuresAgree(mine, other) && !contradicts(mine, other))
        ofDate.push({ index, id: other.id });
    }
    ofDate.sort((a, b) => a.id.localeCompare(b.id));
    for (const supporter of ofDate) found.push(supporter.index);
  }
  return found.slice(0, MAX_SUPPORTERS);
}

/**
 * Where a derivation finds its claims' supporters: for an answer (`alone`), each claim by itself (supportersOf, among
 * `scope.among`), with no sort of every claim read; else every target of `scope` at once (supporterIndices), which runs
 * now and calls `scope.target` for each claim read.
 */
export function supportersFor<T extends Figured>(
  claims: Positional<T>,
  scope: SupporterScope,
  alone: boolean,
): (index: number) => number[] {
  const all = alone ? null : supporterIndices(claims, scope);
  return (index) => (all ? (all[index] ?? []) : supportersOf(claims, index, scope.among, scope.sieve));
}

/** Every claim's supporters by claim id (see supporterIndices). */
export function supportersOfAll<T extends Figured>(claims: readonly T[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  supporterIndices(claims).forEach((indices, i) => {
    const claim = claims[i];
    if (indices && claim)
      result.set(
        claim.id,
        indices.map((j) => claims[j] as T),
      );
  });
  return result;
}
