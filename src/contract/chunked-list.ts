/*
 * A list kept in chunks, so that a copy with a few items replaced copies their chunks and the list of chunks, not every
 * item (issue 15). A server's view of 1,000,000 claims was two arrays of 8 MB, copied whole by every state change: on
 * this machine a fresh 8 MB takes 25 ms of page faults before a byte is copied, and the dead copies started a full
 * collection of the heap every 75 or so writes (docs/benchmarks.md, twentieth pass).
 */

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

/** Items per chunk: a replaced item copies 32 KB of pointers. A power of two, so that a position splits by shifts. */
const CHUNK_BITS = 12;

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
  /** Per chunk, its first position; then the length. */
  readonly #firsts: Int32Array;
  /**
   * Per block of 2 ** bits positions, the chunk holding its first position. Every chunk but the last holds a block or
   * more (`of` makes whole blocks, an insert only adds, and a chunk of two blocks is split in halves), so a position is
   * in its block's chunk or the next: `at` reads it with no search.
   */
  readonly #directory: Int32Array;
  readonly #bits: number;
  #array: readonly T[] | undefined;

  private constructor(chunks: readonly (readonly T[])[], firsts: Int32Array, bits: number, array?: readonly T[]) {
    this.#chunks = chunks;
    this.#firsts = firsts;
    this.length = firsts[chunks.length] as number;
    this.#bits = bits;
    this.#array = array;
    const directory = new Int32Array(Math.ceil(this.length / 2 ** bits));
    let c = 0;
    for (let b = 0; b < directory.length; b += 1) {
      while ((firsts[c + 1] as number) <= b << bits) c += 1;
      directory[b] = c;
    }
    this.#directory = directory;
  }

  /** The items of `items`, which must not be changed after (the list answers `toArray()` with it). */
  static of<T>(items: readonly T[], bits = CHUNK_BITS): ChunkedList<T> {
    const size = 2 ** bits;
    const chunks: T[][] = [];
    for (let first = 0; first < items.length; first += size) chunks.push(items.slice(first, first + size));
    const firsts = new Int32Array(chunks.length + 1);
    for (let c = 0; c <= chunks.length; c += 1) firsts[c] = Math.min(c * size, items.length);
    return new ChunkedList(chunks, firsts, bits, items);
  }

  /** The chunk holding position `i` (0 ≤ i < length). */
  #chunkHolding(i: number): number {
    let c = this.#directory[i >>> this.#bits] as number;
    while ((this.#firsts[c + 1] as number) <= i) c += 1;
    return c;
  }

  at(index: number): T | undefined {
    if (!Number.isInteger(index)) return undefined;
    const i = index < 0 ? index + this.length : index;
    if (i < 0 || i >= this.length) return undefined;
    const c = this.#directory[i >>> this.#bits] as number;
    const chunk = this.#chunks[c] as readonly T[];
    const at = i - (this.#firsts[c] as number);
    if (at < chunk.length) return chunk[at];
    return (this.#chunks[c + 1] as readonly T[])[at - chunk.length];
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
      const c = this.#chunkHolding(index);
      if (!copied.has(c)) {
        copied.add(c);
        chunks[c] = [...(chunks[c] as readonly T[])];
      }
      (chunks[c] as T[])[index - (this.#firsts[c] as number)] = item;
    }
    return copied.size === 0 ? this : new ChunkedList(chunks, this.#firsts, this.#bits);
  }

  /**
   * This list with `item` inserted at `index` (0 to length): only the chunk it joins copied (and split in halves once
   * it holds twice a block), every other chunk shared. At 1,000,000 claims making every later chunk again made 16 MB
   * of garbage per new claim, in two lists. Throws for a position out of it.
   */
  withInserted(index: number, item: T): ChunkedList<T> {
    if (!Number.isInteger(index) || index < 0 || index > this.length)
      throw new RangeError(`No position ${index} to insert at in a list of ${this.length}`);
    const count = this.#chunks.length;
    // At the end: the last chunk (or a first one).
    const c = index < this.length ? this.#chunkHolding(index) : Math.max(0, count - 1);
    const joined = [...(this.#chunks[c] ?? [])];
    joined.splice(index - (this.#firsts[c] as number), 0, item);
    const parts =
      joined.length >= 2 * 2 ** this.#bits
        ? [joined.slice(0, joined.length >> 1), joined.slice(joined.length >> 1)]
        : [joined];
    const chunks = [...this.#chunks.slice(0, c), ...parts, ...this.#chunks.slice(c + 1)];
    const firsts = new Int32Array(chunks.length + 1);
    firsts.set(this.#firsts.subarray(0, c + 1));
    if (parts.length === 2) firsts[c + 1] = (firsts[c] as number) + (parts[0] as T[]).length;
    for (let k = c + 1; k <= count; k += 1) firsts[k + parts.length - 1] = (this.#firsts[k] as number) + 1;
    if (count === 0) firsts[1] = 1;
    return new ChunkedList(chunks, firsts, this.#bits);
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
