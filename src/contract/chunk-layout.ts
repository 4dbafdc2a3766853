/*
 * Where the chunks of a list kept in chunks start, and how an insert changes them (issue 15): one layout for the lists
 * of a server's view (chunked-list.ts) and for its search texts (text-chunks.ts). Chunks are made `size` long; an
 * insert copies only the chunk it joins, which grows, and is split in halves once it holds twice `size`. So every
 * chunk but the last holds `size` or more, and a position is found with no search (`chunkHolding`).
 */

export interface ChunkLayout {
  /** Per chunk, its first position; then the list's length. */
  readonly firsts: Int32Array;
  /** Positions per chunk as made: a chunk grows by inserts to fewer than twice this. */
  readonly size: number;
  /**
   * Per block of 2 ** `bits` positions (the largest power of two not above `size`), the chunk holding its first
   * position. A block is no longer than any chunk but the last, so a position is in its block's chunk or the next.
   */
  readonly directory: Int32Array;
  readonly bits: number;
}

/** The layout of chunks starting at `firsts` (then the length), each but the last holding `size` or more. */
export function chunkLayout(firsts: Int32Array, size: number): ChunkLayout {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Not a chunk size: ${size}`);
  const bits = 31 - Math.clz32(size);
  const length = firsts[firsts.length - 1] ?? 0;
  const directory = new Int32Array(Math.ceil(length / 2 ** bits));
  let c = 0;
  for (let b = 0; b < directory.length; b += 1) {
    while ((firsts[c + 1] as number) <= b << bits) c += 1;
    directory[b] = c;
  }
  return { firsts, size, directory, bits };
}

/** The layout of `length` positions in chunks of `size`, the last holding what is left. */
export function evenLayout(length: number, size: number): ChunkLayout {
  const count = Math.ceil(length / size);
  const firsts = new Int32Array(count + 1);
  for (let c = 0; c <= count; c += 1) firsts[c] = Math.min(c * size, length);
  return chunkLayout(firsts, size);
}

/** How many chunks. */
export const chunkCount = (layout: ChunkLayout): number => layout.firsts.length - 1;

/** The chunk holding position `i` (0 ≤ i < length); at or past the end, the last chunk (0 for none). */
export function chunkHolding(layout: ChunkLayout, i: number): number {
  const { firsts, directory } = layout;
  if (i >= (firsts[firsts.length - 1] as number)) return Math.max(0, firsts.length - 2);
  const c = directory[i >>> layout.bits] as number;
  return (firsts[c + 1] as number) <= i ? c + 1 : c;
}

/** An item inserted: the chunk it joins, what that chunk becomes, and the layout after. */
export interface Insertion {
  /** The chunk it joins: the one holding its position, the last for the end (0 in an empty list). */
  chunk: number;
  /**
   * The chunks that chunk becomes, as [from, to) places among its items with the new one in: itself, or its halves
   * once it holds twice the size.
   */
  parts: readonly (readonly [number, number])[];
  layout: ChunkLayout;
}

/** Where an item inserted at `index` (0 to length) goes, and the layout after: every later chunk starts one on. */
export function insertion(layout: ChunkLayout, index: number): Insertion {
  const { firsts, size } = layout;
  const count = chunkCount(layout);
  const chunk = chunkHolding(layout, index);
  const held = count === 0 ? 1 : (firsts[chunk + 1] as number) - (firsts[chunk] as number) + 1;
  const half = held >>> 1;
  const parts: [number, number][] =
    held >= 2 * size
      ? [
          [0, half],
          [half, held],
        ]
      : [[0, held]];
  const added = parts.length - (count === 0 ? 0 : 1);
  const after = new Int32Array(firsts.length + added);
  after.set(firsts.subarray(0, chunk + 1));
  parts.forEach(([from], k) => {
    after[chunk + k] = (firsts[chunk] ?? 0) + from;
  });
  for (let k = chunk + 1; k < firsts.length; k += 1) after[k + added] = (firsts[k] as number) + 1;
  if (count === 0) after[1] = 1;
  return { chunk, parts, layout: chunkLayout(after, size) };
}

/** `chunks` (one per chunk of a layout) with chunk `c` replaced by `parts` (an insertion's chunks). */
export const withChunkSplit = <T>(chunks: readonly T[], c: number, parts: readonly T[]): T[] => [
  ...chunks.slice(0, c),
  ...parts,
  ...chunks.slice(c + 1),
];
