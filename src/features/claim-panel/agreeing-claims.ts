import type { Claim } from '@/contract/claim-schema';
import { dateSpan } from '@/contract/partial-date';

const DAY = 86_400_000;
export const AGREEMENT = { days: 31, tolerance: 0.15 } as const;

function interval(claim: Claim): [number, number] | null {
  const { value, low, high } = claim.figure;
  if (low !== null && high !== null) return [Math.min(low, value ?? low), Math.max(high, value ?? high)];
  return value === null ? null : [value, value];
}

function referenceStart(claim: Claim): number | null {
  const date = claim.figureAsOf ?? claim.claimedOn;
  return date ? dateSpan(date).start : null;
}

/**
 * Claims that back this one up: same metric and kind family, another organisation, a figure
 * referring to a date within a month, and figures within 15% of each other (ranges may overlap).
 * A rule of thumb stated in the panel, not a verdict.
 */
export function agreeingClaims(claim: Claim, all: Claim[]): Claim[] {
  const mine = interval(claim);
  const when = referenceStart(claim);
  if (!mine || when === null) return [];
  const projection = claim.kind === 'projection_warning';
  return all.filter((other) => {
    if (other.id === claim.id || other.metricId !== claim.metricId) return false;
    if (other.speaker.organisation === claim.speaker.organisation) return false;
    if ((other.kind === 'projection_warning') !== projection) return false;
    if (claim.contradictingClaimIds.includes(other.id)) return false;
    const theirs = interval(other);
    const then = referenceStart(other);
    if (!theirs || then === null || Math.abs(then - when) > AGREEMENT.days * DAY) return false;
    const lo = Math.max(mine[0], theirs[0]);
    const hi = Math.min(mine[1], theirs[1]);
    if (lo <= hi) return true;
    return (lo - hi) / Math.max(mine[1], theirs[1]) <= AGREEMENT.tolerance;
  });
}
