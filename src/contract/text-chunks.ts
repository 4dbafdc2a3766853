/*
 * A list's search texts kept end to end in long strings (issue 15). A search that reads a million texts one by one
 * spends most of its time going from string to string across the heap (50–60 ms for "23" on this machine); the same
 * characters side by side are searched by the engine's own string search, which skips from one occurrence to the
 * next (20–25 ms). A chunk holds CHUNK texts, so that an edit joins one chunk again, not the whole list.
 */

import {
  chunkCount,
  chunkHolding,
  evenLayout,
  insertion,
  withChunkSplit,
  type ChunkLayout,
  type Insertion,
} from './chunk-layout';
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
  /** Where each chunk starts: chunks of CHUNK texts as made (fewer in tests), grown by inserts (chunk-layout.ts). */
  layout: ChunkLayout;
  /** How many texts in all. */
  length: number;
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
  const layout = evenLayout(texts.length, size);
  const chunks: string[] = [];
  const starts: Int32Array[] = [];
  const pairs: PairIndex[] = [];
  for (let c = 0; c < chunkCount(layout); c += 1) {
    const made = chunkOf(texts.slice(layout.firsts[c], layout.firsts[c + 1]));
    chunks.push(made.chunk);
    starts.push(made.starts);
    pairs.push(made.pairs);
  }
  return { chunks, starts, pairs, layout, length: texts.length };
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
  const c = chunkHolding(texts.layout, i);
  return textInChunk(texts, c, i - (texts.layout.firsts[c] as number));
}

/** `texts` with those at the positions of `replaced` replaced: only their chunks joined again. */
export function withTextsReplaced(texts: TextChunks, replaced: ReadonlyMap<number, string>): TextChunks {
  const chunks = [...texts.chunks];
  const starts = [...texts.starts];
  const pairs = [...texts.pairs];
  const touched = new Set([...replaced.keys()].map((i) => chunkHolding(texts.layout, i)));
  for (const c of touched) {
    const first = texts.layout.firsts[c] as number;
    const made = chunkOf(textsOf(texts, c).map((text, j) => replaced.get(first + j) ?? text));
    chunks[c] = made.chunk;
    starts[c] = made.starts;
    pairs[c] = made.pairs;
  }
  return { ...texts, chunks, starts, pairs };
}

/**
 * `texts` with `text` inserted at `index` (0 to length): its chunk alone joined again (split as `inserted`, the
 * layout's insertion, says; a caller that splits more by it passes the one it made), every other shared. At 1,000,000
 * claims, joining every chunk after it again (as a claim dated today, early in the answer, did) took 2–3 s.
 */
export function withTextInserted(
  texts: TextChunks,
  index: number,
  text: string,
  inserted: Insertion = insertion(texts.layout, index),
): TextChunks {
  const { chunk: c, parts, layout } = inserted;
  const held = texts.chunks.length === 0 ? [] : textsOf(texts, c);
  held.splice(index - (texts.layout.firsts[c] ?? 0), 0, text);
  const made = parts.map(([from, to]) => chunkOf(held.slice(from, to)));
  return {
    chunks: withChunkSplit(
      texts.chunks,
      c,
      made.map((m) => m.chunk),
    ),
    starts: withChunkSplit(
      texts.starts,
      c,
      made.map((m) => m.starts),
    ),
    pairs: withChunkSplit(
      texts.pairs,
      c,
      made.map((m) => m.pairs),
    ),
    layout,
    length: texts.length + 1,
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
    const first = texts.layout.firsts[c] as number;
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
