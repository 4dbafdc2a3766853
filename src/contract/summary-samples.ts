import type { ClaimColumns } from './claim-columns';

/*
 * A summary's sample ids: the first few claims of a group by time and then id, kept as the claims come rather than by
 * sorting the group.
 */

/** A sample: a claim's time and position. Its id is read only when it ties on time with another. */
export interface Sample {
  time: number;
  position: number;
}

/** Whether the claim at `position`, at `time`, comes before `other` in time and then id order. */
function isBefore(columns: ClaimColumns, time: number, position: number, other: Sample): boolean {
  if (time !== other.time) return time < other.time;
  if (columns.idsInOrderPerDate && columns.place[position] === columns.place[other.position])
    return position < other.position;
  const { ids } = columns;
  return (ids.at(position) as string).localeCompare(ids.at(other.position) as string) < 0;
}

/**
 * Keeps in `kept` the first `limit` of the samples offered, by time and then id (as a stable sort of them would): a
 * sample equal to one kept comes after it.
 */
export function offerSample(
  columns: ClaimColumns,
  kept: Sample[],
  limit: number,
  time: number,
  position: number,
): void {
  if (limit === 0) return;
  if (kept.length === limit && !isBefore(columns, time, position, kept[limit - 1] as Sample)) return;
  let at = kept.length;
  while (at > 0 && isBefore(columns, time, position, kept[at - 1] as Sample)) at -= 1;
  kept.splice(at, 0, { time, position });
  if (kept.length > limit) kept.pop();
}

export const idsOf = (columns: ClaimColumns, kept: Sample[]) =>
  kept.map((sample) => columns.ids.at(sample.position) as string);
