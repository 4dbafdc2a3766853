import type { Claim } from '../claim-schema';

/** One independent origin's figure in a period: its claims, and the numbers it counts by in a spread. */
export interface OriginFigure {
  /** The origin's id, or the claim's own id when its origin is unknown. */
  key: string;
  claims: Claim[];
  numbers: number[];
}

/** A figure as one number: its value, else the middle of its range; null when it states none. */
const pointOf = ({ figure }: Claim): number | null =>
  figure.value ?? (figure.low !== null && figure.high !== null ? (figure.low + figure.high) / 2 : null);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The claims' figures by independent origin: one origin's repeats count once. An origin that gives
 * one figure counts as that figure (a range by its ends, as in the spread over claims); an origin
 * with different figures counts as their median (each figure's value, or its range's middle). Each claim of unknown
 * origin counts on its own: whether it repeats another cannot be told. Claims without a number are left out.
 */
export function originFigures(claims: readonly Claim[]): OriginFigure[] {
  const byKey = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (pointOf(claim) === null) continue;
    const key = claim.originId ?? `claim:${claim.id}`;
    byKey.set(key, [...(byKey.get(key) ?? []), claim]);
  }
  return [...byKey].map(([key, members]) => {
    const distinct = new Set(members.map(({ figure: f }) => `${f.value}|${f.low}|${f.high}`));
    const only = distinct.size === 1 ? members[0] : undefined;
    const numbers = only
      ? [only.figure.value, only.figure.low, only.figure.high].filter((v): v is number => v !== null)
      : [median(members.map(pointOf).filter((v): v is number => v !== null))];
    return { key, claims: members, numbers };
  });
}
