/*
 * Typed columns with one place inserted, for a list that gained an item (a server's view after a new claim): each a
 * new column, never the one before changed, since a read under way may still hold it (issue 15). Each is made on a
 * recycled buffer when one is free (recycled-arrays.ts): a new claim then allocates no memory outside V8's heap.
 */

import { recycled, type Maker } from './recycled-arrays';

type Column = Int32Array | Uint8Array | Float64Array;

/** `column` with `value` at `position`, and every later place one on. */
export function insertedIn<C extends Column>(column: C, position: number, value: number): C {
  const copy = recycled(column.constructor as Maker<C>, column.length + 1);
  copy.set(column.subarray(0, position));
  copy[position] = value;
  copy.set(column.subarray(position), position + 1);
  return copy;
}

/**
 * A column kept in pages of 2 ** `bits` places (copied-pages.ts), each a `make`, with `value` inserted at `position`: the pages before
 * its page shared, the rest made again, one place on (each page's last place moves to the next page's first).
 */
export function insertedInPages<P extends Uint8Array | Int32Array>(
  pages: readonly P[],
  bits: number,
  position: number,
  value: number,
  make: Maker<P>,
): P[] {
  const size = 2 ** bits;
  const first = position >>> bits;
  const next = pages.slice(0, first);
  // The place carried into each page from the one before it: first the value inserted.
  let carried = value;
  let at = position - first * size;
  for (let p = first; p < pages.length; p += 1) {
    const page = pages[p] as P;
    const full = page.length === size;
    const copy = recycled(make, full ? size : page.length + 1);
    copy.set(page.subarray(0, at));
    copy[at] = carried;
    copy.set(page.subarray(at, full ? size - 1 : page.length), at + 1);
    if (full) carried = page[size - 1] as number;
    next.push(copy);
    at = 0;
    if (!full) return next;
  }
  // Every page was full: the place carried out of the last starts a page of its own.
  const last = recycled(make, 1);
  last[0] = carried;
  next.push(last);
  return next;
}
