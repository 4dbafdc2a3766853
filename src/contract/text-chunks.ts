/*
 * A list's search texts kept end to end in long strings (issue 15). A search that reads a million texts one by one
 * spends most of its time going from string to string across the heap (50–60 ms for "23" on this machine); the same
 * characters side by side are searched by the engine's own string search, which skips from one occurrence to the
 * next (20–25 ms). A chunk holds CHUNK texts, so that an edit joins one chunk again, not the whole list.
 */

import { pairIndexOf, type PairIndex } from './text-pairs';

/** Texts per chunk: an edit joins this many again (about 1 MB of text for the synthetic claims). */
export const CHUNK = 4096;

/** What follows each text in a chunk. A search for words holding it reads the texts one by one instead. */
export const SEPARATOR = '\u0000';

export interface TextChunks {
  /** Each chunk: its texts, each followed by SEPARATOR. */
  chunks: readonly string[];
  /** Per chunk, where each of its texts starts, and then the chunk's length. */
  starts: readonly Int32Array[];
  /** How many texts in all. */
  length: number;
  /** Texts per chunk (CHUNK, or fewer in tests). */
  size: number;
  /** Per chunk, which of its texts hold each pair of digits or letters (text-pairs.ts). */
  pairs: readonly PairIndex[];
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
  for (let first = 0; first < texts.length; first += size) {
    const made = chunkOf(texts.slice(first, first + size));
    chunks.push(made.chunk);
    starts.push(made.starts);
    pairs.push(made.pairs);
  }
  return { chunks, starts, length: texts.length, size, pairs };
}

/** The text at `i`. */
export function textAt(texts: TextChunks, i: number): string {
  const c = Math.floor(i / texts.size);
  const starts = texts.starts[c] as Int32Array;
  const j = i - c * texts.size;
  return (texts.chunks[c] as string).slice(starts[j], (starts[j + 1] as number) - 1);
}

/** `texts` with those at the positions of `replaced` replaced: only their chunks joined again. */
export function withTextsReplaced(texts: TextChunks, replaced: ReadonlyMap<number, string>): TextChunks {
  const chunks = [...texts.chunks];
  const starts = [...texts.starts];
  const pairs = [...texts.pairs];
  const touched = new Set([...replaced.keys()].map((i) => Math.floor(i / texts.size)));
  for (const c of touched) {
    const first = c * texts.size;
    const count = (texts.starts[c] as Int32Array).length - 1;
    const made = chunkOf(Array.from({ length: count }, (_, j) => replaced.get(first + j) ?? textAt(texts, first + j)));
    chunks[c] = made.chunk;
    starts[c] = made.starts;
    pairs[c] = made.pairs;
  }
  return { ...texts, chunks, starts, pairs };
}

/** `texts` with `text` inserted at `index` (0 to length): the chunks before its chunk shared, the rest joined again. */
export function withTextInserted(texts: TextChunks, index: number, text: string): TextChunks {
  const first = Math.floor(index / texts.size);
  const rest: string[] = [];
  for (let i = first * texts.size; i < texts.length; i += 1) rest.push(textAt(texts, i));
  rest.splice(index - first * texts.size, 0, text);
  const chunks = texts.chunks.slice(0, first);
  const starts = texts.starts.slice(0, first);
  const pairs = texts.pairs.slice(0, first);
  for (let at = 0; at < rest.length; at += texts.size) {
    const made = chunkOf(rest.slice(at, at + texts.size));
    chunks.push(made.chunk);
    starts.push(made.starts);
    pairs.push(made.pairs);
  }
  return { chunks, starts, pairs, length: texts.length + 1, size: texts.size };
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
    const first = c * texts.size;
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
