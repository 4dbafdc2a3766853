import type { SearchTexts } from './search-texts';
import { chunkHolding, type ChunkLayout } from './chunk-layout';
import { countTextsHolding, SEPARATOR, textAt, textInChunk, type TextChunks } from './text-chunks';
import { answeredBySignature, searchSignature, type Signature, type Signatures } from './text-signature';
import { holdsPair, pairOf, pairsIn, writeTextsHoldingPair, type PairIndex } from './text-pairs';
import type { ScratchArena } from './scratch-arena';

/*
 * Which of a list's claims hold every word of a search, read from the list's search texts (search-texts.ts): by the
 * texts' pair indexes and signatures first, then by the texts themselves. The column filters' text search
 * (column-filters.ts).
 */

/**
 * The share of the claims above which a word is searched for in every text side by side, not in those kept one by one.
 * At 1,000,000 synthetic claims a search side by side took 25–130 ms by word, and one text at a time 55–100 ns.
 */
const FEW = 1 / 4;

/** Texts read to guess how common a word is: spread evenly over the list. */
const SAMPLED = 256;

/**
 * Up to `readWithoutSample` texts left, they are read without a sample first: a few samples' worth of reads at most.
 * An object so that a test can send small lists down the sampled path too.
 */
export const textSearchTuning = { readWithoutSample: 4 * SAMPLED };

/** About `count` texts spread evenly over `texts` (all of them when fewer). */
export function sampledTexts(texts: TextChunks, count = SAMPLED): string[] {
  const step = Math.max(1, Math.floor(texts.length / count));
  const sample: string[] = [];
  for (let i = 0; i < texts.length; i += step) sample.push(textAt(texts, i));
  return sample;
}

/** `words` in the order to search for them: the rarest first in `sample`, so that fewer are left for the rest. */
function rarestFirst(sample: readonly string[], words: readonly string[]): string[] {
  const holders = new Map(words.map((word) => [word, sample.filter((text) => text.includes(word)).length]));
  return [...new Set(words)].sort((a, b) => (holders.get(a) as number) - (holders.get(b) as number));
}

/**
 * The pairs of adjacent digits or letters of the longer `words` worth checking before their texts are read, rarest
 * first: every text that holds a word holds its pairs, and the chunks' pair indexes say which do without reading one.
 * Only pairs fewer than half of `sample` hold: a pass over a million claims for a pair nearly all hold (in "claim")
 * costs milliseconds and saves no read. At 1,000,000 SYNTHETIC claims a search for four digits read 15–33 ms of texts.
 */
function narrowingPairs(sample: readonly string[], words: readonly string[]): number[] {
  const shares = new Map<number, number>();
  for (const word of words)
    for (const [pair, text] of pairsIn(word))
      if (!shares.has(pair)) shares.set(pair, sample.filter((sampled) => sampled.includes(text)).length);
  return [...shares]
    .filter(([, holders]) => holders * 2 < sample.length)
    .sort((a, b) => a[1] - b[1])
    .map(([pair]) => pair);
}

/** Of the `count` positions in `positions` (ascending), those whose text's signature has every bit `needed` has. */
function keptBySignature(
  signatures: readonly Signatures[],
  layout: ChunkLayout,
  needed: Signature,
  positions: Int32Array,
  count: number,
): number {
  const { low: needLow, high: needHigh } = needed;
  let kept = 0;
  // The positions ascend: the chunk of signatures moves on with them.
  let first = 0;
  let next = 0;
  let { low, high }: Signatures = { low: new Int32Array(0), high: new Int32Array(0) };
  for (let k = 0; k < count; k += 1) {
    const i = positions[k] as number;
    if (i >= next) {
      const chunk = chunkHolding(layout, i);
      first = layout.firsts[chunk] as number;
      next = layout.firsts[chunk + 1] as number;
      ({ low, high } = signatures[chunk] as Signatures);
    }
    const j = i - first;
    // Without a branch: a word of one digit or letter keeps about half the claims, and a branch taken at random costs
    // a misprediction every other claim (1,000,000 claims in 5 ms; 2 without).
    const missing = (((low[j] as number) & needLow) ^ needLow) | (((high[j] as number) & needHigh) ^ needHigh);
    positions[kept] = i;
    kept += 1 - ((missing | -missing) >>> 31);
  }
  return kept;
}

/**
 * Of the `count` positions in `positions` (ascending), those whose text holds pair number `pair` (text-pairs.ts), moved
 * to the front: how many.
 */
function keptHoldingPair(texts: TextChunks, pair: number, positions: Int32Array, count: number): number {
  // Every text (ascending and distinct, so 0, 1, 2…): each chunk's bitmap read a word at a time. At 1,000,000 claims a
  // two-character search took 6 ms tested text by text.
  if (count === texts.length) {
    let written = 0;
    for (let chunk = 0; chunk < texts.pairs.length; chunk += 1)
      written = writeTextsHoldingPair(
        texts.pairs[chunk] as PairIndex,
        pair,
        texts.layout.firsts[chunk] as number,
        positions,
        written,
      );
    return written;
  }
  let kept = 0;
  let first = 0;
  let next = 0;
  let index: PairIndex | undefined;
  for (let k = 0; k < count; k += 1) {
    const i = positions[k] as number;
    if (i >= next) {
      const chunk = chunkHolding(texts.layout, i);
      first = texts.layout.firsts[chunk] as number;
      next = texts.layout.firsts[chunk + 1] as number;
      index = texts.pairs[chunk];
    }
    if (!holdsPair(index as PairIndex, pair, i - first)) continue;
    positions[kept] = i;
    kept += 1;
  }
  return kept;
}

/**
 * Of the `count` positions in `positions`, those whose text holds every word, moved to the front: how many. A text is
 * read only when its signature holds every character the words need, and not at all when that is enough. While many
 * claims are left, a word is searched for in every text side by side (text-chunks.ts), faster than going from one text
 * to the next; once few are left, in theirs alone. A search side by side marks its texts in an array of `scratch`, the
 * caller's arena.
 */
export function keptByText(
  searched: SearchTexts,
  words: readonly string[],
  positions: Int32Array,
  count: number,
  scratch: ScratchArena,
): number {
  const { texts, signatures } = searched;
  // Words of two digits or letters first: the chunks' pair indexes answer them exactly, with no text read.
  let kept = count;
  for (const pair of new Set(words.map(pairOf))) if (pair >= 0) kept = keptHoldingPair(texts, pair, positions, kept);
  const rest = words.filter((word) => pairOf(word) < 0);
  if (rest.length === 0) return kept;
  const needed = searchSignature(rest);
  kept = keptBySignature(signatures, texts.layout, needed, positions, kept);
  if (needed.enough) return kept;
  // Words the signatures answered (one digit or letter) are not searched again.
  const read = rest.filter((word) => !answeredBySignature(word));
  // Few texts left (the text index's candidates): theirs are read, with no sample to guess which word is rarest. At
  // 1,000,000 SYNTHETIC claims the sample's 256 texts, read cold, took most of a search the index had narrowed to 300.
  if (kept <= textSearchTuning.readWithoutSample) {
    for (const word of new Set(read)) kept = keptHoldingWord(texts, word, positions, kept);
    return kept;
  }
  const sample = sampledTexts(texts);
  for (const pair of narrowingPairs(sample, read)) kept = keptHoldingPair(texts, pair, positions, kept);
  let holding: Uint8Array | null = null;
  for (const word of rarestFirst(sample, read)) {
    const left = kept;
    kept = 0;
    if (left > texts.length * FEW && !word.includes(SEPARATOR)) {
      holding = holding ? holding.fill(0) : scratch.zeroedUint8(texts.length);
      countTextsHolding(texts, word, holding, 0);
      for (let k = 0; k < left; k += 1) {
        const i = positions[k] as number;
        if (holding[i] === 0) continue;
        positions[kept] = i;
        kept += 1;
      }
    } else kept = keptHoldingWord(texts, word, positions, left);
  }
  return kept;
}

/** Of the `count` positions in `positions` (ascending), those whose text holds `word`, read text by text: how many. */
function keptHoldingWord(texts: TextChunks, word: string, positions: Int32Array, count: number): number {
  let kept = 0;
  // The positions ascend: the chunk moves on with them.
  let chunk = -1;
  let next = 0;
  for (let k = 0; k < count; k += 1) {
    const i = positions[k] as number;
    if (i >= next) {
      chunk = chunkHolding(texts.layout, i);
      next = texts.layout.firsts[chunk + 1] as number;
    }
    if (!textInChunk(texts, chunk, i - (texts.layout.firsts[chunk] as number)).includes(word)) continue;
    positions[kept] = i;
    kept += 1;
  }
  return kept;
}
