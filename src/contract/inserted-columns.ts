/*
 * Typed columns with one place inserted, for a list that gained an item (a server's view after a new claim): each a
 * new column, never the one before changed, since a read under way may still hold it (issue 15).
 */

type Column = Int32Array | Uint8Array | Float64Array;

/** `column` with `value` at `position`, and every later place one on. */
export function insertedIn<C extends Column>(column: C, position: number, value: number): C {
  const copy = new (column.constructor as new (length: number) => C)(column.length + 1);
  copy.set(column.subarray(0, position));
  copy[position] = value;
  copy.set(column.subarray(position), position + 1);
  return copy;
}

/**
 * A column kept in pages of 2 ** `bits` places (copied-pages.ts), with `value` inserted at `position`: the pages before
 * its page shared, the rest made again, one place on.
 */
export function insertedInPages<P extends Uint8Array | Int32Array>(
  pages: readonly P[],
  bits: number,
  position: number,
  value: number,
): P[] {
  const size = 2 ** bits;
  const first = position >>> bits;
  let length = 0;
  for (let p = first; p < pages.length; p += 1) length += (pages[p] as P).length;
  const rest = new ((pages[0]?.constructor ?? Uint8Array) as new (length: number) => P)(length + 1);
  let at = 0;
  for (let p = first; p < pages.length; p += 1) {
    rest.set(pages[p] as P, at);
    at += (pages[p] as P).length;
  }
  rest.copyWithin(position - first * size + 1, position - first * size, at);
  rest[position - first * size] = value;
  const next = pages.slice(0, first);
  for (let from = 0; from < rest.length; from += size) next.push(rest.slice(from, from + size) as P);
  return next;
}
