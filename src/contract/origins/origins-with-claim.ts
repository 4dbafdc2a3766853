import type { Claim } from '../claim-schema';
import type { Positional } from '../chunked-list';
import { compareClaims } from '../select-claims';
import type { SourceEntity } from '../source-schema';
import type { ChainHead } from './chain-head';
import { originBase, originOfGroup, originWeight, ruleGroups } from './group-origins';
import type { Origin, OriginDecision } from './origin-schema';
import { originsById } from './with-origins';
import { firstOf, originsFrom } from './origin-list';
import { headsOf, keyedClaimsOfDay } from './keyed-days';

/*
 * The origins after one new claim, from the origins before, without grouping every claim again (issue 15: at 1,000,000
 * claims, a new claim waited 94–99 s for every claim to be derived again). groupOrigins is the reference: the property
 * test of with-claim-added.ts compares the two.
 */

/**
 * What a new claim changes of the origins: the origins taken out and put in (withOriginsReplaced makes the list after),
 * and every claim whose origin it changed (the new claim's own included).
 */
export interface OriginsWithClaim {
  /** By claim id, its origin now (null: unknown), for every claim whose origin id moved. */
  changed: ReadonlyMap<string, string | null>;
  /** The ids of the origins taken out, and the origins put in (whose members are served with them). */
  removed: ReadonlySet<string>;
  added: readonly Origin[];
}

/** What the new claim is added to: the claims as stored and as served, in answer order, and their origins. */
export interface OriginsBefore {
  raw: Positional<Claim>;
  claims: Positional<Claim>;
  origins: readonly Origin[];
}

/** The claims a new claim can regroup, at most: beyond, every claim is grouped again (groupOrigins). */
export const MAX_CLAIMS_REGROUPED = 20_000;

const DAY_MS = 86_400_000;
const nextDay = (day: string, step: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + step * DAY_MS).toISOString().slice(0, 10);

/**
 * The origins after `claim` is added to `before` (which must not hold it), as groupOrigins over every claim would give
 * them; null when a decision names the claim or a claim it would regroup, or when it would regroup more than
 * MAX_CLAIMS_REGROUPED: then every claim is grouped again.
 *
 * A claim joins the rule's groups of its chain head's key (ADR 011): its day joins the group whose first day it is or
 * follows, or starts one, which can move the first days of the groups after it, as far as the key's days run on
 * without a gap. Those groups are grouped again; every other group stands. An origin's id names its first claim's day,
 * and the largest of the groups that share that (owner, day and type) holds it bare: those are renamed where that moves.
 */
export function originsWithClaim(
  before: OriginsBefore,
  claim: Claim,
  registry: readonly SourceEntity[],
  decisions: readonly OriginDecision[],
  positionOf: (id: string) => number | undefined,
): OriginsWithClaim | null {
  const named = new Set(decisions.flatMap((d) => d.claimIds));
  if (named.has(claim.id)) return null;
  const headOf = headsOf(registry);
  const head = headOf(claim);
  if (!head) return { changed: new Map([[claim.id, null]]), removed: new Set(), added: [] };
  if (head.day === null) {
    // Never grouped, and never holding a bare id: an origin of its own that moves no other.
    const origin = originOfGroup([claim], head, `${originBase(head.ownerId, claim.claimedOn, head.type)}~${claim.id}`);
    return {
      changed: new Map([[claim.id, origin.id]]),
      removed: new Set(),
      added: [origin],
    };
  }
  const stored = (id: string) => {
    const at = positionOf(id);
    return at === undefined ? undefined : before.raw.at(at);
  };
  const servedOrigin = (id: string) => {
    const at = positionOf(id);
    return at === undefined ? undefined : before.claims.at(at)?.originId;
  };
  const keyed = (day: string) => keyedClaimsOfDay(before.raw, day, head.key, registry);
  // The key's claims of the run of days the new one joins: its own day, then each day either side while one is held.
  // On a day the key already has, the days, and so the groups, stay: the claim joins its day's group.
  const run = keyed(head.day);
  if (run.length === 0)
    for (const step of [-1, 1])
      for (let day = nextDay(head.day, step); run.length <= MAX_CLAIMS_REGROUPED; day = nextDay(day, step)) {
        const found = keyed(day);
        if (found.length === 0) break;
        run.push(...found);
      }
  // The origins the run's claims are in now, whose every member is grouped again.
  const oldIds = new Set<string>();
  for (const c of run) {
    const originId = servedOrigin(c.id);
    if (!originId) return null;
    oldIds.add(originId);
  }
  const byId = originsById(before.origins);
  const old: Origin[] = [];
  for (const id of oldIds) {
    const origin = byId.get(id);
    if (!origin) return null;
    old.push(origin);
  }
  const members = new Map<string, Claim>(run.map((c) => [c.id, c]));
  for (const origin of old)
    for (const id of origin.claimIds) {
      const member = members.get(id) ?? stored(id);
      if (!member) return null;
      members.set(id, member);
    }
  if (members.size > MAX_CLAIMS_REGROUPED || old.some((o) => o.decisions.length > 0)) return null;
  for (const id of members.keys()) if (named.has(id)) return null;
  members.set(claim.id, claim);
  const heads = new Map<string, ChainHead>();
  for (const member of members.values()) {
    const h = member === claim ? head : headOf(member);
    // A member of another key (an origin the rule did not make): grouped again with every claim.
    if (!h || h.key !== head.key || h.day === null) return null;
    heads.set(member.id, h);
  }
  const groups = ruleGroups([...members.values()], heads)
    .map((g) => g.sort(compareClaims))
    .sort((a, b) => compareClaims(a[0] as Claim, b[0] as Claim));
  return renamed(before, { old, groups, heads }, decisions, claim, servedOrigin);
}

/**
 * The origins with the `old` ones replaced by `groups`, and the ids of every origin that shares a first day, owner and
 * type with one of them chosen as groupOrigins chooses (originIds): the largest holds the bare id, at equal size the
 * one not split out, then the first; the others add "~" and their first claim's id.
 */
function renamed(
  before: OriginsBefore,
  { old, groups, heads }: { old: readonly Origin[]; groups: readonly Claim[][]; heads: ReadonlyMap<string, ChainHead> },
  decisions: readonly OriginDecision[],
  claim: Claim,
  servedOrigin: (id: string) => string | null | undefined,
): OriginsWithClaim {
  const splitOut = new Set(decisions.filter((d) => d.action === 'split').flatMap((d) => d.claimIds));
  const groupBase = (group: readonly Claim[]) => {
    const first = group[0] as Claim;
    const h = heads.get(first.id) as ChainHead;
    return originBase(h.ownerId, h.day, h.type);
  };
  const bases = new Set([...old.map((o) => originBase(o.ownerId, o.date, o.type)), ...groups.map(groupBase)]);
  const oldIds = new Set(old.map((o) => o.id));
  type Contender = { first: Pick<Claim, 'id' | 'claimedOn'>; weight: number; origin?: Origin; group?: Claim[] };
  const contenders = new Map<string, Contender[]>();
  const contend = (base: string, contender: Contender) => {
    const list = contenders.get(base) ?? [];
    list.push(contender);
    contenders.set(base, list);
  };
  // The origins that share a base share its day, their first claim's: side by side in the list, found by a search.
  const days = new Set([
    ...old.map((o) => o.date as string),
    ...groups.map((g) => (g[0] as Claim).claimedOn as string),
  ]);
  for (const day of days)
    for (let i = originsFrom(before.origins, day); i < before.origins.length; i += 1) {
      const origin = before.origins[i] as Origin;
      if (origin.date !== day) break;
      const base = originBase(origin.ownerId, origin.date, origin.type);
      if (!bases.has(base) || oldIds.has(origin.id)) continue;
      const weight = originWeight(
        origin.claimIds.length,
        origin.claimIds.every((id) => splitOut.has(id)),
      );
      contend(base, { first: firstOf(origin), weight, origin });
    }
  // No decision names a member of a group made here: none was split out.
  for (const group of groups)
    contend(groupBase(group), { first: group[0] as Claim, weight: originWeight(group.length, false), group });
  const added: Origin[] = [];
  const removed = new Set(oldIds);
  const changed = new Map<string, string | null>();
  for (const [base, list] of contenders) {
    list.sort((a, b) => compareClaims(a.first, b.first));
    let holder = list[0] as Contender;
    for (const contender of list) if (contender.weight > holder.weight) holder = contender;
    for (const contender of list) {
      const id = contender === holder ? base : `${base}~${contender.first.id}`;
      if (contender.group) {
        // No decision names a member (else every claim is grouped again): none shapes or confirms it.
        added.push(originOfGroup(contender.group, heads.get(contender.first.id) as ChainHead, id));
        for (const member of contender.group)
          if (member === claim || servedOrigin(member.id) !== id) changed.set(member.id, id);
      } else if (contender.origin && contender.origin.id !== id) {
        removed.add(contender.origin.id);
        added.push({ ...contender.origin, id });
        for (const member of contender.origin.claimIds) changed.set(member, id);
      }
    }
  }
  return { changed, removed, added };
}
