import type { Claim } from '../claim-schema';
import type { SourceEntity } from '../source-schema';
import { withInsertedAt } from '../chunked-list';
import { NO_CORROBORATION, type Corroboration, type Origin, type OriginDecision } from './origin-schema';
import { AGREEMENT, referenceStart, supportersFor, supportsFigure, type SupporterScope } from './supporting-claims';
import { derivedAt, rememberOriginsReplaced } from './with-origins';
import { columnSieve } from './supporter-sieve';
import { columnsIfRead } from '../claim-columns';
import { claimsNear, type Derivation } from './with-claims-edited';
import { insertionPoint } from '../select-claims';
import { originsWithClaim } from './origins-with-claim';
import { withOriginsReplaced } from './origin-list';

const DAY = 86_400_000;
const WINDOW = AGREEMENT.days * DAY;

/** What a new claim changes in a derivation: where it goes, the origins after, and the claims served anew. */
export interface AddedClaim {
  /** The new claim's position in the list after: every claim from there on moves one place on. */
  position: number;
  origins: readonly Origin[];
  /** By position in the list after, the claims as served that changed, the new claim's own included. */
  claims: ReadonlyMap<number, Claim>;
}

const listsAny = (corroboration: Corroboration, ids: ReadonlyMap<string, unknown>) => {
  for (const list of [
    corroboration.independent,
    corroboration.sameOrigin,
    corroboration.sameOwner,
    corroboration.unknownOrigin,
  ])
    for (const id of list) if (ids.has(id)) return true;
  return false;
};

/**
 * The derivation after `claim`, a claim it does not hold, is added: what withOrigins over every claim would give, from
 * the derivation before, without deriving every claim again (at 1,000,000 claims that took 94–99 s). The origins it
 * changes are grouped again (originsWithClaim). The claims served anew are the new one, the members of the origins it
 * changed, the claims one of those moved supports, and the claims it supports: its own supporters, and theirs, are all
 * in its metric within AGREEMENT.days of it, so only the claims near them are read. With `derive: 'the new claim'`, the
 * new claim alone, as a write is answered. Null when the derivation holds the claim already, or the origins cannot be
 * grouped again in place: then every claim is derived again.
 */
export function withClaimAdded(
  before: Derivation,
  claim: Claim,
  { registry, decisions }: { registry: readonly SourceEntity[]; decisions: readonly OriginDecision[] },
  positionOf: (id: string) => number | undefined,
  derive: 'every claim it touches' | 'the new claim' = 'every claim it touches',
): AddedClaim | null {
  if (positionOf(claim.id) !== undefined) return null;
  const grouped = originsWithClaim(before, claim, registry, decisions, positionOf);
  if (!grouped) return null;
  const alone = derive === 'the new claim';
  // The list of origins after is made for the view, not for an answer (at 1,000,000 claims, a copy of a million).
  const origins = alone ? before.origins : withOriginsReplaced(before.origins, grouped.removed, grouped.added);
  const byId = rememberOriginsReplaced(before.origins, origins, grouped.removed, grouped.added);
  const position = insertionPoint(before.raw, claim);
  const moved = (old: number) => (old < position ? old : old + 1);
  const raw = withInsertedAt(before.raw, position, claim);
  const newOrigin = grouped.changed.get(claim.id) ?? null;
  const served = withInsertedAt(before.claims, position, {
    ...claim,
    originId: newOrigin,
    corroboration: NO_CORROBORATION,
  });
  // Served anew: the new claim, and every member of an origin put in (its id, label or date may have moved).
  const anew = new Set([position]);
  const oldPositions = new Set<number>();
  if (!alone)
    for (const origin of grouped.added)
      for (const id of origin.claimIds) {
        const at = positionOf(id);
        if (at === undefined) continue;
        oldPositions.add(at);
        anew.add(moved(at));
      }
  for (const id of alone ? [] : grouped.changed.keys()) {
    const at = positionOf(id);
    if (at === undefined) continue;
    oldPositions.add(at);
    anew.add(moved(at));
  }
  // Per metric, the distinct dates near which supporters or their origins moved: an origin's members share a day or two,
  // and every claim read is compared with each date.
  const dates = new Map<string, Set<number>>();
  const near = (c: Claim) => {
    const at = referenceStart(c);
    if (at === null) return;
    const set = dates.get(c.metricId) ?? new Set<number>();
    set.add(at);
    dates.set(c.metricId, set);
  };
  near(claim);
  for (const at of oldPositions) near(before.raw.at(at) as Claim);
  const around = new Map([...dates].map(([metricId, set]) => [metricId, [...set]] as const));
  const within = (metricId: string, at: number, reach: number) =>
    around.get(metricId)?.some((date) => Math.abs(at - date) <= reach) ?? false;
  const reach = alone ? WINDOW : 2 * WINDOW;
  const nearby = claimsNear(before.claims, around, reach, oldPositions);
  const touched = (index: number) =>
    listsAny((served.at(index) as Claim).corroboration, grouped.changed) ||
    supportsFigure(raw.at(index) as Claim, claim);
  const targets = new Set(anew);
  const columns = columnsIfRead(before.claims);
  const scope: SupporterScope = {
    among: nearby && [position, ...nearby.map(moved)],
    // The columns are the claims' before the new one, which they lack.
    sieve: columns && columnSieve(columns, (index) => (index === position ? -1 : index < position ? index : index - 1)),
    read: (metricId, at) => (at === undefined ? around.has(metricId) : within(metricId, at, reach)),
    target: (index, metricId, at) => {
      const hit = anew.has(index) || (!alone && within(metricId, at, WINDOW) && touched(index));
      if (hit) targets.add(index);
      return hit;
    },
  };
  const supportersAt = supportersFor(raw, scope, alone);
  const originAt = (index: number) => {
    const id = (raw.at(index) as Claim).id;
    return grouped.changed.has(id) ? (grouped.changed.get(id) ?? null) : ((served.at(index) as Claim).originId ?? null);
  };
  const claims = new Map<number, Claim>();
  for (const index of targets) claims.set(index, derivedAt(raw, index, supportersAt(index), originAt, byId));
  return { position, origins, claims };
}
