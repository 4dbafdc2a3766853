/** One frozen empty array for every empty list a sharer meets: a list handed out by the store is never changed. */
const EMPTY: readonly never[] = Object.freeze([]);

/**
 * A sharer for the values of one read of many claims: `share(value)` makes, in place, every string of `value` equal to
 * one it met before that very string, and every empty array one frozen array. JSON.parse makes a string of its own for
 * each "unverified", each outlet, each language, in every claim: at 100,000 claims such copies were 84 of the 344 MB a
 * server's view took, and every collection marks them (issue 15, docs/benchmarks.md). Only for values nothing else holds
 * yet (a body just parsed), and never changed after: the store's lists are read-only (frozen under Vitest).
 */
export function createValueSharer(): <T>(value: T) => T {
  const strings = new Map<string, string>();
  const share = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const known = strings.get(value);
      if (known !== undefined) return known;
      strings.set(value, value);
      return value;
    }
    if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
    if (Array.isArray(value)) {
      if (value.length === 0) return EMPTY;
      for (let i = 0; i < value.length; i += 1) value[i] = share(value[i]);
      return value;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = share(record[key]);
    return record;
  };
  return share as <T>(value: T) => T;
}
