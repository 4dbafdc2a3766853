import type { Origin } from '@/contract/origins/origin-schema';
import { dateSpan } from '@/contract/partial-date';

const distance = (a: Origin['date'], b: Origin['date']): number =>
  a === null || b === null ? Infinity : Math.abs(dateSpan(a).start - dateSpan(b).start);

/**
 * The origins an analyst may merge this one with: the same organisation's other origins, nearest
 * in date first (undated last), then by id so the order never changes between renders.
 */
export function mergeCandidates(origin: Origin, all: readonly Origin[]): Origin[] {
  return all
    .filter((o) => o.ownerId === origin.ownerId && o.id !== origin.id)
    .map((o) => ({ o, d: distance(origin.date, o.date) }))
    .sort((a, b) => a.d - b.d || a.o.id.localeCompare(b.o.id))
    .map(({ o }) => o);
}
