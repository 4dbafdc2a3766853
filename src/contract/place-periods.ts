import { PERIODS } from './claim-periods';
import type { DatePlace } from './claim-columns-types';

/*
 * The periods the distinct dates of a list fall in, numbered (issue 15). A summary groups claims by period, state and
 * kind: with the periods numbered in time order, a group is a small whole number, so that groups are found and ordered
 * with arrays rather than a map and a sort.
 */

export interface PlacePeriods {
  /** Per place and period length (`place * PERIODS.length + p`), the number of the period that holds it. */
  number: Int32Array;
  /** Per period length, its periods in time order: the first and last day of each (ISO dates). */
  periods: { from: string; to: string }[][];
  /** Per place, the middle of its span (DatePlace.time). */
  time: Float64Array;
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

function numbered(places: readonly DatePlace[]): PlacePeriods {
  const number = new Int32Array(places.length * PERIODS.length);
  const periods = PERIODS.map((_, p) => {
    const byStart = new Map<number, { start: number; end: number }>();
    for (const place of places) {
      const period = place.periods[p] as { start: number; end: number };
      byStart.set(period.start, period);
    }
    const inOrder = [...byStart.values()].sort((a, b) => a.start - b.start);
    const numberOf = new Map(inOrder.map((period, n) => [period.start, n]));
    places.forEach((place, at) => {
      number[at * PERIODS.length + p] = numberOf.get((place.periods[p] as { start: number }).start) as number;
    });
    return inOrder.map((period) => ({ from: isoDay(period.start), to: isoDay(period.end) }));
  });
  return { number, periods, time: Float64Array.from(places, (place) => place.time) };
}

const remembered = new WeakMap<readonly DatePlace[], PlacePeriods>();

/** The periods of `places`, numbered once per list of places (a server's columns keep theirs through edits). */
export function placePeriods(places: readonly DatePlace[]): PlacePeriods {
  let found = remembered.get(places);
  if (!found) {
    found = numbered(places);
    remembered.set(places, found);
  }
  return found;
}
