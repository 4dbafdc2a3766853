/** Anything drawn at a time: a claim (by its claim's id) or a group of claims (by its own id). */
export type TimedMark = { mid: number } & ({ claim: { id: string } } | { id: string });

const idOf = (mark: TimedMark) => ('claim' in mark ? mark.claim.id : mark.id);

/**
 * The one order of a chart's marks: by the middle of the time each stands for, then by id, so
 * that equal times always come out in the same order (footnote numbers, keyboard order, tables).
 */
export function compareByTime(a: TimedMark, b: TimedMark): number {
  return a.mid - b.mid || idOf(a).localeCompare(idOf(b));
}
