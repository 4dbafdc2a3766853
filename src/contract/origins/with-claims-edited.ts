import type { Claim } from '../claim-schema';
import { columnsIfRead } from '../claim-columns';
import { metricOrderedIfMade } from '../metric-ordered-columns';
import { AGREEMENT, referenceStart, supportersFor, supportsFigure, type SupporterScope } from './supporting-claims';
import { columnSieve } from './supporter-sieve';
import { derivedAt, originsById, type ClaimsWithOrigins } from './with-origins';
import { withReplaced, type Sequence } from '../chunked-list';

const DAY = 86_400_000;
const WINDOW = AGREEMENT.days * DAY;

/** A derivation with the claims it was made from (as stored), in the same order. */
export interface Derivation extends Omit<ClaimsWithOrigins, 'claims'> {
  claims: Sequence<Claim>;
  raw: Sequence<Claim>;
}

/** What edits change in a derivation, by position: the claims as served (derived again) and as stored. */
export interface EditedClaims {
  claims: ReadonlyMap<number, Claim>;
  raw: ReadonlyMap<number, Claim>;
}

/**
 * What a claim's origin is read from (groupOrigins: its chain head, day, outlet and speaker). Two claims with the same
 * text here group alike, in any company, and sort alike (compareClaims reads the id and claimedOn alone).
 */
const originInputs = (claim: Claim) =>
  JSON.stringify([claim.provenance, claim.speaker, claim.claimedOn, claim.source.outlet]);

/**
 * The positions of the edited claims and of the claims of these metrics (as the claims were before) whose figures refer
 * to a date within `reach` of one of the metric's dates, read from the claims' columns when a summary has read them (a
 * scan of two numbers a claim); undefined (every claim is read) when not. The scan of the claims found then reads only
 * these: at 1,000,000 SYNTHETIC claims, reading every claim of a metric took 200–280 ms of an edit's answer. Where the
 * columns are grouped by metric too (a server's view), only the claims of these metrics are compared: a pass over every
 * claim took 3 ms of an edit's 13 (twenty-third pass).
 */
export function claimsNear(
  claims: Sequence<Claim>,
  around: ReadonlyMap<string, readonly number[]>,
  reach: number,
  edited: ReadonlySet<number>,
): number[] | undefined {
  const columns = columnsIfRead(claims);
  if (!columns) return undefined;
  // Per metric (by its number in the columns): its dates, and the span they reach, NaN for a metric not asked about.
  const datesOf: (readonly number[] | undefined)[] = [];
  const from = new Float64Array(columns.metricIds.length).fill(NaN);
  const to = new Float64Array(columns.metricIds.length).fill(NaN);
  const asked: number[] = [];
  for (const [metricId, dates] of around) {
    const m = columns.metricIds.indexOf(metricId);
    if (m < 0 || dates.length === 0) continue;
    datesOf[m] = dates;
    from[m] = Math.min(...dates) - reach;
    to[m] = Math.max(...dates) + reach;
    asked.push(m);
  }
  const positions = [...edited];
  const { metric, reference } = columns;
  // Number comparisons alone: a claim of another metric, or undated (NaN), fails the first.
  const isNear = (at: number, m: number) => {
    if (!(at >= (from[m] as number) && at <= (to[m] as number))) return false;
    for (const date of datesOf[m] as readonly number[]) if (Math.abs(at - date) <= reach) return true;
    return false;
  };
  const grouped = metricOrderedIfMade(columns);
  // Grouped by metric, a metric's dates are read side by side (its reference column in that order), and a claim's
  // position only when it is near: read through each claim's position, the dates of a metric of 77,000 SYNTHETIC
  // claims took 1.9 ms with the processor's caches cold (0.13 side by side), 3.4 ms of each new claim's answer at
  // 1,000,000 claims (docs/benchmarks.md, twenty-seventh pass).
  if (grouped) {
    const { reference: ordered } = grouped.columns;
    for (const m of asked)
      for (let r = grouped.metricStart[m] as number; r < (grouped.metricStart[m + 1] as number); r += 1)
        if (isNear(ordered[r] as number, m)) {
          const i = grouped.listPosition[r] as number;
          if (!edited.has(i)) positions.push(i);
        }
  } else
    for (let i = 0; i < metric.length; i += 1)
      if (isNear(reference[i] as number, metric[i] as number) && !edited.has(i)) positions.push(i);
  return positions;
}

/**
 * At most this many claims are derived from the view before: each visited claim is compared with every edited claim's
 * date, so a large import derives every claim again instead (withOrigins).
 */
export const MAX_EDITS_DERIVED_IN_PLACE = 64;

/**
 * The derivation after claims were edited, from the one before, without deriving every claim again: what withOrigins
 * over every claim would give, when no edit changes what an origin is read from (the chain, speaker, day or outlet).
 * Then every origin stands, every claim keeps its place, and the only claims whose supporters can change are the edited
 * ones and the claims of their metrics (before and after the edit) within AGREEMENT.days of them (before and after)
 * that an edited claim supported before or supports now: those are derived again, reading only the claims within twice
 * that. Null when an edit changes an origin's inputs,
 * names a claim the derivation lacks, or there are more than MAX_EDITS_DERIVED_IN_PLACE: the caller derives every
 * claim (withOrigins). Answered as the claims that changed, by position: the origins are the derivation's before.
 */
export function withClaimsEdited(
  before: Derivation,
  edited: readonly Claim[],
  positionOf: (id: string) => number | undefined,
): EditedClaims | null {
  return derivedAfterEdits(before, edited, positionOf, 'every claim they touch');
}

/**
 * The edited claims alone, as withClaimsEdited derives them (and withOrigins over every claim would): by position, as
 * served. Only their own supporters are found, among the claims within AGREEMENT.days of them, so at 1,000,000 claims
 * an edit is answered in milliseconds; the claims they support or no longer support are left to withClaimsEdited. Null
 * where withClaimsEdited is null.
 */
export function editedClaimsAlone(
  before: Derivation,
  edited: readonly Claim[],
  positionOf: (id: string) => number | undefined,
): ReadonlyMap<number, Claim> | null {
  return derivedAfterEdits(before, edited, positionOf, 'the edited claims')?.claims ?? null;
}

function derivedAfterEdits(
  before: Derivation,
  edited: readonly Claim[],
  positionOf: (id: string) => number | undefined,
  derive: 'every claim they touch' | 'the edited claims',
): EditedClaims | null {
  if (edited.length > MAX_EDITS_DERIVED_IN_PLACE) return null;
  const stored = new Map<number, Claim>();
  const editedAt = new Set<number>();
  // Per metric, the reference dates around which supporters may have changed.
  const around = new Map<string, number[]>();
  const near = (metricId: string, at: number | null) => {
    if (at === null) return;
    const list = around.get(metricId) ?? [];
    list.push(at);
    around.set(metricId, list);
  };
  for (const claim of edited) {
    const position = positionOf(claim.id);
    const old = position === undefined ? undefined : before.raw.at(position);
    if (position === undefined || !old || old.id !== claim.id || originInputs(old) !== originInputs(claim)) return null;
    stored.set(position, claim);
    editedAt.add(position);
    near(old.metricId, referenceStart(old));
    near(claim.metricId, referenceStart(claim));
  }
  const within = (metricId: string, at: number, reach: number) =>
    around.get(metricId)?.some((date) => Math.abs(at - date) <= reach) ?? false;
  const targets = new Set(editedAt);
  // Another claim's supporters change only if an edited claim was one of them, or now supports it: else its nearest
  // supporters are the same claims in the same order, and it is served as before. (Of the claims near an edit, at
  // 1,000,000 SYNTHETIC claims about 6,000 a metric, very few are.)
  const editedIds = edited.map((claim) => claim.id);
  // Plain loops, no closure made per claim: tsx names every function it makes (esbuild's keepNames), a cost per call.
  const touched = (index: number) => {
    const { independent, sameOrigin, sameOwner, unknownOrigin } = (before.claims.at(index) as Claim).corroboration;
    for (const id of editedIds)
      if (independent.includes(id) || sameOrigin.includes(id) || sameOwner.includes(id) || unknownOrigin.includes(id))
        return true;
    const claim = before.raw.at(index) as Claim;
    for (const now of edited) if (supportsFigure(claim, now)) return true;
    return false;
  };
  // The edited claims' own supporters are within AGREEMENT.days of them; the supporters of a claim within that of
  // them, within twice that.
  const alone = derive === 'the edited claims';
  const reach = alone ? WINDOW : 2 * WINDOW;
  const columns = columnsIfRead(before.claims);
  const scope: SupporterScope = {
    among: claimsNear(before.claims, around, reach, editedAt),
    // The columns are the claims' before the edits: an edited claim is read.
    sieve: columns && columnSieve(columns, (index) => (editedAt.has(index) ? -1 : index)),
    read: (metricId, at) => (at === undefined ? around.has(metricId) : within(metricId, at, reach)),
    target: (index, metricId, at) => {
      const hit = editedAt.has(index) || (!alone && within(metricId, at, WINDOW) && touched(index));
      if (hit) targets.add(index);
      return hit;
    },
  };
  const raw = withReplaced(before.raw, stored);
  const supportersAt = supportersFor(raw, scope, alone);
  const claims = new Map<number, Claim>();
  const byId = originsById(before.origins);
  // The origin of every claim stands: read from the derivation before.
  const originAt = (index: number) => before.claims.at(index)?.originId ?? null;
  for (const index of targets) claims.set(index, derivedAt(raw, index, supportersAt(index), originAt, byId));
  return { claims, raw: stored };
}
