import type { Claim } from '../claim-schema';
import { dateSpan } from '../partial-date';

const DAY = 86_400_000;
/** Another claim supports a figure when it refers to a date within a month and is within 15% of it. */
export const AGREEMENT = { days: 31, tolerance: 0.15 } as const;

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

/**
 * Every claim's supporters, found metric by metric within a two-month window of reference dates,
 * so a hundred thousand claims take one sort and short scans rather than every pair.
 */
export function supportersOfAll<T extends Figured>(claims: readonly T[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  const byMetric = new Map<string, { claim: T; at: number }[]>();
  for (const claim of claims) {
    const at = referenceStart(claim);
    if (at === null || interval(claim) === null) continue;
    const list = byMetric.get(claim.metricId) ?? [];
    list.push({ claim, at });
    byMetric.set(claim.metricId, list);
  }
  for (const list of byMetric.values()) {
    list.sort((a, b) => a.at - b.at);
    let first = 0;
    for (let i = 0; i < list.length; i += 1) {
      const mine = list[i];
      if (!mine) continue;
      while ((list[first]?.at ?? Infinity) < mine.at - AGREEMENT.days * DAY) first += 1;
      const found: T[] = [];
      for (let j = first; j < list.length; j += 1) {
        const other = list[j];
        if (!other || other.at > mine.at + AGREEMENT.days * DAY) break;
        if (supportsFigure(mine.claim, other.claim)) found.push(other.claim);
      }
      if (found.length > 0) result.set(mine.claim.id, found);
    }
  }
  return result;
}
