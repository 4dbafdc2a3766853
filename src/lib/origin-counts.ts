import type { OriginCounts } from '@/contract/origins/origin-counts';

export { countOrigins, type OriginCounts } from '@/contract/origins/origin-counts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 claims from 5 origins; 3 origins single-source; 2 of unknown origin". */
export function originCountsText({ claims, origins, singleSource, unknown }: OriginCounts): string {
  const parts = [`${plural(claims, 'claim')} from ${plural(origins, 'origin')}`];
  if (singleSource > 0) parts.push(`${plural(singleSource, 'origin')} single-source`);
  if (unknown > 0) parts.push(`${unknown} of unknown origin`);
  return parts.join('; ');
}
