import type { Claim } from '@/contract/claim-schema';

/** How many events a set of claims goes back to: claims repeat origins, so a count of claims overstates the evidence. */
export interface OriginCounts {
  claims: number;
  /** Distinct known origins among the claims. */
  origins: number;
  /** Origins with exactly one claim among these. */
  singleSource: number;
  /** Claims whose origin is unknown (in no origin). */
  unknown: number;
}

export function countOrigins(claims: readonly Pick<Claim, 'originId'>[]): OriginCounts {
  const perOrigin = new Map<string, number>();
  let unknown = 0;
  for (const { originId } of claims) {
    if (originId === null) unknown += 1;
    else perOrigin.set(originId, (perOrigin.get(originId) ?? 0) + 1);
  }
  const singleSource = [...perOrigin.values()].filter((n) => n === 1).length;
  return { claims: claims.length, origins: perOrigin.size, singleSource, unknown };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 claims from 5 origins; 3 origins single-source; 2 of unknown origin". */
export function originCountsText({ claims, origins, singleSource, unknown }: OriginCounts): string {
  const parts = [`${plural(claims, 'claim')} from ${plural(origins, 'origin')}`];
  if (singleSource > 0) parts.push(`${plural(singleSource, 'origin')} single-source`);
  if (unknown > 0) parts.push(`${unknown} of unknown origin`);
  return parts.join('; ');
}
