/*
 * A list's search texts kept end to end in long strings (issue 15). A search that reads a million texts one by one
 * spends most of its time going from string to string across the heap (50–60 ms for "23" on this machine); the same
 * characters side by side are searched by the engine's own string search, which skips from one occurrence to the
 * next (20–25 ms). A chunk holds CHUNK texts, so that an edit joins one chunk again, not the whole list.
 */

import { pairIndexOf, type PairIndex } from './text-pairs';

/**
 * Texts per chunk as made: an edit joins this many again (about 1 MB of text for the synthetic claims). A text inserted
 * joins its chunk alone again, which grows: one of twice this many is split in two.
 */
export const CHUNK = 4096;

/** What follows each text in a chunk. A search for words holding it reads the texts one by one instead. */
export const SEPARATOR = '\u0000';

export interface TextChunks {
  /** Each chunk: its texts, each followed by SEPARATOR. */
  chunks: readonly string[];
  /** Per chunk, where each of its texts starts, and then the chunk's length. */
  starts: readonly Int32Array[];
  /** Per chunk, the position of its first text; then `length`. */
  firsts: Int32Array;
  /** How many texts in all. */
  length: number;
  /** Texts per chunk as made (CHUNK, or fewer in tests); an insert makes a chunk larger, up to twice this. */
  size: number;
  /** Per chunk, which of its texts hold each pair of digits or letters (text-pairs.ts). */
  pairs: readonly PairIndex[];
}

/**
 * The chunk of `firsts` (TextChunks.firsts) that holds position `i`: the last chunk for `i` at or past the end. A search
 * of the chunks' first positions (at 1,000,000 texts, about 250).
 */
export function chunkHolding(firsts: Int32Array, i: number): number {
  let low = 0;
  let high = firsts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((firsts[middle] as number) <= i) low = middle;
    else high = middle - 1;
  }
  return low;
}

function chunkOf(texts: readonly string[]): { chunk: string; starts: Int32Array; pairs: PairIndex } {
  const starts = new Int32Array(texts.length + 1);
  let at = 0;
  texts.forEach((text, j) => {
    starts[j] = at;
    at += text.length + 1;
  });
  starts[texts.length] = at;
  // Joined with an empty text after the last, not concatenated: one flat string, which the engine reads faster.
  const chunk = [...texts, ''].join(SEPARATOR);
  // The engine's first search of a string made so costs more than the rest (at 1,000,000 texts, 120 ms against 15 for
  // all the chunks): made here, with the chunk, not by the first reader's search.
  chunk.includes(SEPARATOR + SEPARATOR);
  return { chunk, starts, pairs: pairIndexOf(chunk, starts, texts.length) };
}

/** `texts`, end to end in chunks of `size`. */
export function chunkTexts(texts: readonly string[], size = CHUNK): TextChunks {
  const chunks: string[] = [];
  const starts: Int32Array[] = [];
  const pairs: PairIndex[] = [];
  const firsts = new Int32Array(Math.ceil(texts.length / size) + 1);
  for (let first = 0; first < texts.length; first += size) {
    firsts[chunks.length] = first;
    const made = chunkOf(texts.slice(first, first + size));
    chunks.push(made.chunk);
    starts.push(made.starts);
    pairs.push(made.pairs);
  }
  firsts[chunks.length] = texts.length;
  return { chunks, starts, pairs, firsts, length: texts.length, size };
}

/** The `j`th text of chunk `c`: for a reader that goes through the chunks in order (textAt searches for the chunk). */
export const textInChunk = (texts: TextChunks, c: number, j: number): string => {
  const starts = texts.starts[c] as Int32Array;
  return (texts.chunks[c] as string).slice(starts[j], (starts[j + 1] as number) - 1);
};

/** The texts of chunk `c`. */
const textsOf = (texts: TextChunks, c: number): string[] =>
  Array.from({ length: (texts.starts[c] as Int32Array).length - 1 }, (_, j) => textInChunk(texts, c, j));

/** The text at `i`. */
export function textAt(texts: TextChunks, i: number): string {
  const c = chunkHolding(texts.firsts, i);
  return textInChunk(texts, c, i - (texts.firsts[c] as number));
}

/** `texts` with those at the positions of `replaced` replaced: only their chunks joined again. */
export function withTextsReplaced(texts: TextChunks, replaced: ReadonlyMap<number, string>): TextChunks {
  const chunks = [...texts.chunks];
  const starts = [...texts.starts];
  const pairs = [...texts.pairs];
  const touched = new Set([...replaced.keys()].map((i) => chunkHolding(texts.firsts, i)));
  for (const c of touched) {
    const first = texts.firsts[c] as number;
    const made = chunkOf(textsOf(texts, c).map((text, j) => replaced.get(first + j) ?? text));
    chunks[c] = made.chunk;
    starts[c] = made.starts;
    pairs[c] = made.pairs;
  }
  return { ...texts, chunks, starts, pairs };
}

/**
 * Where a text inserted at `index` (0 to length) goes: its chunk (the last for the end), and the parts of that chunk's
 * texts after it (from, to: places in the chunk) that make the chunks it becomes: one, or two halves once it holds
 * twice `size` (search-texts.ts splits the signatures alike).
 */
export function insertedChunk(texts: TextChunks, index: number): { chunk: number; parts: [number, number][] } {
  if (texts.chunks.length === 0) return { chunk: 0, parts: [[0, 1]] };
  const chunk = chunkHolding(texts.firsts, index);
  const count = (texts.starts[chunk] as Int32Array).length;
  const half = count >>> 1;
  return {
    chunk,
    parts:
      count >= 2 * texts.size
        ? [
            [0, half],
            [half, count],
          ]
        : [[0, count]],
  };
}

/**
 * `texts` with `text` inserted at `index` (0 to length): its chunk alone joined again, every other shared. At 1,000,000
 * claims, joining every chunk after it again (as a claim dated today, early in the answer, did) took 2–3 s.
 */
export function withTextInserted(texts: TextChunks, index: number, text: string): TextChunks {
  if (texts.chunks.length === 0) return chunkTexts([text], texts.size);
  const { chunk: c, parts } = insertedChunk(texts, index);
  const first = texts.firsts[c] as number;
  const held = textsOf(texts, c);
  held.splice(index - first, 0, text);
  const made = parts.map(([from, to]) => chunkOf(held.slice(from, to)));
  // The chunks after it start one place on; a split adds the second half's start.
  const added = parts.length - 1;
  const firsts = new Int32Array(texts.firsts.length + added);
  firsts.set(texts.firsts.subarray(0, c + 1));
  parts.forEach(([from], k) => {
    firsts[c + k] = first + from;
  });
  for (let k = c + 1; k < texts.firsts.length; k += 1) firsts[k + added] = (texts.firsts[k] as number) + 1;
  const spliced = <T>(list: readonly T[], items: T[]) => [...list.slice(0, c), ...items, ...list.slice(c + 1)];
  return {
    chunks: spliced(
      texts.chunks,
      made.map((m) => m.chunk),
    ),
    starts: spliced(
      texts.starts,
      made.map((m) => m.starts),
    ),
    pairs: spliced(
      texts.pairs,
      made.map((m) => m.pairs),
    ),
    firsts,
    length: texts.length + 1,
    size: texts.size,
  };
}

/**
 * Counts one more word found for each text that holds `word` and whose count is `found` (the words before it found):
 * `counts[i]` becomes `found + 1`. A text is searched for `word` only once, whatever it holds after it. `word` must not
 * hold SEPARATOR.
 */
export function countTextsHolding(texts: TextChunks, word: string, counts: Uint8Array, found: number): void {
  for (let c = 0; c < texts.chunks.length; c += 1) {
    const chunk = texts.chunks[c] as string;
    const starts = texts.starts[c] as Int32Array;
    const first = texts.firsts[c] as number;
    let from = 0;
    let j = 0;
    for (;;) {
      const at = chunk.indexOf(word, from);
      if (at < 0) break;
      while ((starts[j + 1] as number) <= at) j += 1;
      if (counts[first + j] === found) counts[first + j] = found + 1;
      // On to the next text: this one holds the word.
      from = starts[j + 1] as number;
    }
  }
}
