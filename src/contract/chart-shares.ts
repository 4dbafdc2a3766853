/*
 * A summary's charts shared between threads (issue 15): a server summarises some of a summary's charts in a second
 * thread while it summarises the rest, and both must share them alike without telling each other. Each chart goes to
 * the share with the fewest claims so far, the largest chart first (a greedy longest-first schedule), from the charts'
 * sizes alone.
 */

/** A share of a summary's charts: share `part` of `of` (0 ≤ part < of). */
export interface ChartShare {
  part: number;
  of: number;
}

/** The whole summary: one share of one. */
export const ALL_CHARTS: ChartShare = { part: 0, of: 1 };

/** Per chart (by its number), the share it goes to, from how many claims each chart summarises. */
export function chartShares(sizes: readonly number[], of: number): number[] {
  const loads = new Array<number>(of).fill(0);
  const shares = new Array<number>(sizes.length).fill(0);
  const largestFirst = [...sizes.keys()].sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b);
  for (const chart of largestFirst) {
    let least = 0;
    for (let part = 1; part < of; part += 1) if ((loads[part] as number) < (loads[least] as number)) least = part;
    shares[chart] = least;
    loads[least] = (loads[least] as number) + (sizes[chart] as number);
  }
  return shares;
}
