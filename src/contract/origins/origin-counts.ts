import { described, z } from '../zod-mini';
import type { Claim } from '../claim-schema';

const count = z.number().check(z.int(), z.nonnegative());

/** How many events a set of claims goes back to: claims repeat origins, so a count of claims overstates the evidence. */
export const OriginCountsSchema = z.object({
  claims: count,
  origins: described(count, 'Distinct known origins among the claims'),
  singleSource: described(count, 'Origins with exactly one claim among these'),
  unknown: described(count, 'Claims whose origin is unknown (in no origin)'),
});
export type OriginCounts = z.infer<typeof OriginCountsSchema>;

export function countOrigins(claims: readonly Pick<Claim, 'originId'>[]): OriginCounts {
  const perOrigin = new Map<string, number>();
  let unknown = 0;
  for (const { originId } of claims) {
    if (originId === null) unknown += 1;
    else perOrigin.set(originId, (perOrigin.get(originId) ?? 0) + 1);
  }
  let singleSource = 0;
  for (const n of perOrigin.values()) if (n === 1) singleSource += 1;
  return { claims: claims.length, origins: perOrigin.size, singleSource, unknown };
}
