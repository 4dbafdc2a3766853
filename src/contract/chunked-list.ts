/*
 * A list kept in chunks, so that a copy with a few items replaced copies their chunks and the list of chunks, not every
 * item (issue 15). A server's view of 1,000,000 claims was two arrays of 8 MB, copied whole by every state change: on
 * this machine a fresh 8 MB takes 25 ms of page faults before a byte is copied, and the dead copies started a full
 * collection of the heap every 75 or so writes (docs/benchmarks.md, twentieth pass).
 */

import { chunkCount, chunkHolding, evenLayout, insertion, withChunkSplit, type ChunkLayout } from './chunk-layout';

/** A list read by position: an array, or a ChunkedList. */
export type Sequence<T> = readonly T[] | ChunkedList<T>;

/** What reading by position needs: a Sequence, or a list seen with an item inserted (withInsertedAt). */
export interface Positional<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** `items` seen with `item` at `index` and every later item one place on, copying nothing. */
export const withInsertedAt = <T>(items: Positional<T>, index: number, item: T): Positional<T> => ({
  length: items.length + 1,
  at: (i) => (i < index ? items.at(i) : i === index ? item : items.at(i - 1)),
});

/** The items of a sequence as one array: the array itself, or the list's (made once per list). */
export const asArray = <T>(items: Sequence<T>): readonly T[] =>
  items instanceof ChunkedList ? items.toArray() : items;

/** Items of a ChunkedList side by side in one of its chunks: its places `from` to `to` (not included). */
export interface Segment<T> {
  chunk: readonly T[];
  from: number;
  to: number;
}

/** Whether two lists of segments are of the very same chunks, at the very same places. */
export const sameSegments = <T>(a: readonly Segment<T>[], b: readonly Segment<T>[]): boolean =>
  a.length === b.length &&
  a.every((s, k) => s.chunk === (b[k] as Segment<T>).chunk && s.from === b[k]?.from && s.to === b[k]?.to);

/** Items per chunk as made: a replaced item copies 32 KB of pointers. */
const CHUNK_SIZE = 4096;

/** `items` with the items at the positions of `replaced` replaced: a ChunkedList copies their chunks, an array itself. */
export function withReplaced<T>(items: ChunkedList<T>, replaced: ReadonlyMap<number, T>): ChunkedList<T>;
export function withReplaced<T>(items: Sequence<T>, replaced: ReadonlyMap<number, T>): Sequence<T>;
export function withReplaced<T>(items: Sequence<T>, replaced: ReadonlyMap<number, T>): Sequence<T> {
  if (items instanceof ChunkedList) return items.withReplaced(replaced);
  const copy = [...items];
  for (const [index, item] of replaced) copy[index] = item;
  return copy;
}

export class ChunkedList<T> implements Iterable<T> {
  readonly length: number;
  readonly #chunks: readonly (readonly T[])[];
  readonly #layout: ChunkLayout;
  #array: readonly T[] | undefined;

  private constructor(chunks: readonly (readonly T[])[], layout: ChunkLayout, array?: readonly T[]) {
    this.#chunks = chunks;
    this.#layout = layout;
    this.length = layout.firsts[chunks.length] as number;
    this.#array = array;
  }

  /** The items of `items`, which must not be changed after (the list answers `toArray()` with it). */
  static of<T>(items: readonly T[], size = CHUNK_SIZE): ChunkedList<T> {
    const layout = evenLayout(items.length, size);
    const chunks: T[][] = [];
    for (let c = 0; c < chunkCount(layout); c += 1) chunks.push(items.slice(layout.firsts[c], layout.firsts[c + 1]));
    return new ChunkedList(chunks, layout, items);
  }

  at(index: number): T | undefined {
    if (!Number.isInteger(index)) return undefined;
    const i = index < 0 ? index + this.length : index;
    if (i < 0 || i >= this.length) return undefined;
    const c = chunkHolding(this.#layout, i);
    return (this.#chunks[c] as readonly T[])[i - (this.#layout.firsts[c] as number)];
  }

  /**
   * The chunks holding the items from `from` to `to` (not included), in order, each with the places of those items in
   * it. A chunk is never changed once made: a reader that kept them knows a list holding the very same chunks at the
   * very same places holds the same items there, without reading one.
   */
  segments(from: number, to: number): Segment<T>[] {
    const found: Segment<T>[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length);) {
      const c = chunkHolding(this.#layout, i);
      const first = this.#layout.firsts[c] as number;
      const end = Math.min(to, this.#layout.firsts[c + 1] as number);
      found.push({ chunk: this.#chunks[c] as readonly T[], from: i - first, to: end - first });
      i = end;
    }
    return found;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (const chunk of this.#chunks) yield* chunk;
  }

  /** This list with the items at these positions replaced: only their chunks copied. Throws for a position out of it. */
  withReplaced(replaced: Iterable<readonly [number, T]>): ChunkedList<T> {
    const chunks = [...this.#chunks];
    const copied = new Set<number>();
    for (const [index, item] of replaced) {
      if (!Number.isInteger(index) || index < 0 || index >= this.length)
        throw new RangeError(`No position ${index} in a list of ${this.length}`);
      const c = chunkHolding(this.#layout, index);
      if (!copied.has(c)) {
        copied.add(c);
        chunks[c] = [...(chunks[c] as readonly T[])];
      }
      (chunks[c] as T[])[index - (this.#layout.firsts[c] as number)] = item;
    }
    return copied.size === 0 ? this : new ChunkedList(chunks, this.#layout);
  }

  /**
   * This list with `item` inserted at `index` (0 to length): only the chunk it joins copied (and split in halves once
   * it holds twice the size), every other chunk shared. At 1,000,000 claims making every later chunk again made 16 MB
   * of garbage per new claim, in two lists. Throws for a position out of it.
   */
  withInserted(index: number, item: T): ChunkedList<T> {
    if (!Number.isInteger(index) || index < 0 || index > this.length)
      throw new RangeError(`No position ${index} to insert at in a list of ${this.length}`);
    const { chunk: c, parts, layout } = insertion(this.#layout, index);
    const joined = [...(this.#chunks[c] ?? [])];
    joined.splice(index - (this.#layout.firsts[c] ?? 0), 0, item);
    const made = parts.length === 1 ? [joined] : parts.map(([from, to]) => joined.slice(from, to));
    const chunks = withChunkSplit(this.#chunks, c, made);
    return new ChunkedList(chunks, layout);
  }

  /**
   * The items as one array, made once per list (for readers that need every item at once): a list made by `of` answers
   * with the array it was made from.
   */
  toArray(): readonly T[] {
    this.#array ??= this.#chunks.flat() as T[];
    return this.#array;
  }
}
