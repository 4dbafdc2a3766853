import type { Claim } from '../claim-schema';
import { compareClaims } from '../select-claims';
import type { SourceEntity } from '../source-schema';
import { readChainHead, readHead, type ChainHead } from './chain-head';
import type { Origin, OriginDecision } from './origin-schema';

export interface OriginGrouping {
  /** Oldest first (by their earliest claim). */
  origins: Origin[];
  /** Each claim's origin id; null when its origin is unknown. */
  originOf: Map<string, string | null>;
}

type Grouped = Pick<Claim, 'id' | 'provenance' | 'speaker' | 'claimedOn' | 'source'>;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** The rule (ADR 011): one key (owner, event type, and for some heads the words), then days that are the same or adjacent to the first. */
export function ruleGroups<T extends Grouped>(claims: readonly T[], heads: Map<string, ChainHead>): T[][] {
  const byKey = new Map<string, T[]>();
  const groups: T[][] = [];
  for (const claim of claims) {
    const head = heads.get(claim.id);
    if (!head) continue;
    if (head.day === null) {
      groups.push([claim]);
      continue;
    }
    const list = byKey.get(head.key) ?? [];
    list.push(claim);
    byKey.set(head.key, list);
  }
  for (const list of byKey.values()) {
    const day = (c: T) => dayNumber(heads.get(c.id)?.day ?? '');
    list.sort((a, b) => day(a) - day(b) || a.id.localeCompare(b.id));
    let current: T[] = [];
    let anchor = -Infinity;
    for (const claim of list) {
      if (day(claim) - anchor > 1) {
        if (current.length > 0) groups.push(current);
        current = [];
        anchor = day(claim);
      }
      current.push(claim);
    }
    if (current.length > 0) groups.push(current);
  }
  return groups;
}

/** Analysts' decisions, in the order they were made, applied to the rule's groups. */
function applyDecisions<T extends Grouped>(groups: T[][], decisions: readonly OriginDecision[]): T[][] {
  let current = groups.map((g) => [...g]);
  for (const decision of decisions) {
    const named = new Set(decision.claimIds);
    if (decision.action === 'merge') {
      const touched = current.filter((g) => g.some((c) => named.has(c.id)));
      if (touched.length < 2) continue;
      current = [...current.filter((g) => !touched.includes(g)), touched.flat()];
    } else if (decision.action === 'split') {
      const out = current.flat().filter((c) => named.has(c.id));
      if (out.length === 0) continue;
      current = [...current.map((g) => g.filter((c) => !named.has(c.id))).filter((g) => g.length > 0), out];
    }
  }
  return current;
}

function confirmedNow(members: Set<string>, decisions: OriginDecision[]): boolean {
  const last = decisions.at(-1);
  return (
    last?.action === 'confirm' && last.claimIds.length === members.size && last.claimIds.every((id) => members.has(id))
  );
}

/** An origin id's base: the owner, day (else the date written, else "undated") and type of its earliest claim. */
export const originBase = (ownerId: string, day: string | null, type: string) =>
  `${ownerId}.${day ?? 'undated'}.${type}`;

/**
 * How strongly a group holds its base, among the groups that share it: the larger first; at equal size, the group not
 * split out (of whose members not every one was named by a split).
 */
export const originWeight = (size: number, allSplitOut: boolean) => size * 2 + (allSplitOut ? 0 : 1);

/**
 * Each group's id: owner, day and type of its earliest claim. Where groups share that (one was
 * split from another), the largest keeps it (at equal size, the one not split out) and the others
 * add "~" and their earliest claim's id, so splitting reports out does not move the origin's id. Undated groups always add it.
 */
function originIds<T extends Grouped>(
  groups: readonly T[][],
  heads: Map<string, ChainHead>,
  splitOut: ReadonlySet<string>,
): string[] {
  // Larger first; at equal size, the group that was not split out; then the earliest (the groups' order).
  const weight = (group: readonly T[] | undefined) =>
    originWeight(group?.length ?? 0, group?.every((c) => splitOut.has(c.id)) ?? false);
  const bases = groups.map((members) => {
    const first = members[0] as T;
    const head = heads.get(first.id) as ChainHead;
    return { base: originBase(head.ownerId, head.day ?? first.claimedOn, head.type), first, head };
  });
  const holder = new Map<string, number>();
  bases.forEach(({ base, head }, index) => {
    if (head.day === null) return;
    const held = holder.get(base);
    if (held === undefined || weight(groups[index]) > weight(groups[held])) holder.set(base, index);
  });
  return bases.map(({ base, first }, index) => (holder.get(base) === index ? base : `${base}~${first.id}`));
}

/** The origin of a group's members (its first, the earliest), as its first claim's head reads. */
export function originOfGroup(
  members: readonly Grouped[],
  head: ChainHead,
  id: string,
  decisions: OriginDecision[] = [],
  confirmed = false,
): Origin {
  return {
    id,
    label: head.label,
    type: head.type,
    ownerId: head.ownerId,
    ownerName: head.ownerName,
    date: (members[0] as Grouped).claimedOn,
    claimIds: members.map((c) => c.id),
    outlets: [...new Set(members.map((c) => c.source.outlet))],
    confirmed,
    decisions,
  };
}

/**
 * Claims grouped by the event their chains of citation begin with. Claims whose origin is unknown
 * belong to none and are never merged by the rule. The same claims give the same origins in any order.
 */
export function groupOrigins<T extends Grouped>(
  claims: readonly T[],
  registry: readonly SourceEntity[],
  decisions: readonly OriginDecision[] = [],
): OriginGrouping {
  const heads = new Map<string, ChainHead>();
  const reading = readHead(registry);
  for (const claim of claims) {
    const head = readChainHead(claim, registry, reading);
    if (head) heads.set(claim.id, head);
  }
  const byRule = ruleGroups(claims, heads);
  // A decision shapes an origin that holds one of its claims, or a claim the rule grouped with one:
  // a split shows on the origin left behind as well as on the one split out.
  const ruleGroupOf = new Map(byRule.flatMap((group, index) => group.map((c) => [c.id, index] as const)));
  const groups = applyDecisions(byRule, decisions)
    .map((g) => [...g].sort(compareClaims))
    .sort((a, b) => compareClaims(a[0] as T, b[0] as T));
  const originOf = new Map<string, string | null>(claims.map((c) => [c.id, null]));
  const splitOut = new Set(decisions.filter((d) => d.action === 'split').flatMap((d) => d.claimIds));
  const ids = originIds(groups, heads, splitOut);
  const origins = groups.map((members, index): Origin => {
    const first = members[0] as T;
    const head = heads.get(first.id) as ChainHead;
    const id = ids[index] as string;
    const claimIds = members.map((c) => c.id);
    const memberSet = new Set(claimIds);
    for (const claimId of claimIds) originOf.set(claimId, id);
    const memberRules = new Set(claimIds.map((c) => ruleGroupOf.get(c)));
    const shaping = decisions.filter((d) =>
      d.claimIds.some((c) => memberSet.has(c) || memberRules.has(ruleGroupOf.get(c))),
    );
    return originOfGroup(members, head, id, shaping, confirmedNow(memberSet, shaping));
  });
  return { origins, originOf };
}
