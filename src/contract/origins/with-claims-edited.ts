import type { Claim } from '../claim-schema';
import { columnsIfRead } from '../claim-columns';
import { AGREEMENT, referenceStart, supporterIndices, type SupporterScope } from './supporting-claims';
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
 * The positions of the claims of these metrics (as the claims were before) and the edited ones, read from the claims'
 * columns when a summary has read them (a scan of one number a claim); undefined (every claim is read) when not.
 */
function claimsOfMetrics(
  claims: Sequence<Claim>,
  metricIds: Iterable<string>,
  edited: ReadonlySet<number>,
): number[] | undefined {
  const columns = columnsIfRead(claims);
  if (!columns) return undefined;
  const wanted = new Set([...metricIds].map((id) => columns.metricIds.indexOf(id)).filter((m) => m >= 0));
  const positions = [...edited];
  const { metric } = columns;
  for (let i = 0; i < metric.length; i += 1) if (wanted.has(metric[i] as number) && !edited.has(i)) positions.push(i);
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
 * ones and the claims of their metrics (before and after the edit) within AGREEMENT.days of them (before and after):
 * those are derived again, reading only the claims within twice that. Null when an edit changes an origin's inputs,
 * names a claim the derivation lacks, or there are more than MAX_EDITS_DERIVED_IN_PLACE: the caller derives every
 * claim (withOrigins). Answered as the claims that changed, by position: the origins are the derivation's before.
 */
export function withClaimsEdited(
  before: Derivation,
  edited: readonly Claim[],
  positionOf: (id: string) => number | undefined,
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
  const scope: SupporterScope = {
    among: claimsOfMetrics(before.claims, around.keys(), editedAt),
    read: (metricId, at) => (at === undefined ? around.has(metricId) : within(metricId, at, 2 * WINDOW)),
    target: (index, metricId, at) => {
      const hit = editedAt.has(index) || within(metricId, at, WINDOW);
      if (hit) targets.add(index);
      return hit;
    },
  };
  const raw = withReplaced(before.raw, stored);
  const supporters = supporterIndices(raw, scope);
  const claims = new Map<number, Claim>();
  const byId = originsById(before.origins);
  // The origin of every claim stands: read from the derivation before.
  const originAt = (index: number) => before.claims.at(index)?.originId ?? null;
  for (const index of targets) claims.set(index, derivedAt(raw, index, supporters[index] ?? [], originAt, byId));
  return { claims, raw: stored };
}
