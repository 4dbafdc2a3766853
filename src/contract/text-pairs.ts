/*
 * Which texts of a chunk hold each pair of adjacent digits or letters (issue 15): an index of two-character words.
 * A search for two characters ("23", "un") is in no database's word index and too common to read few texts: at
 * 1,000,000 synthetic claims the engine's string search went through every text for it in 20–36 ms. A text holds
 * such a word exactly when its bit is set here, so the search reads no text. Kept per chunk of texts (text-chunks.ts),
 * made with the chunk: an edit makes its chunk's again.
 */

import { DIGITS_AND_LETTERS as ALPHABET, digitOrLetterOf } from './text-signature';
import { writeSetBits } from './set-bits';

/** How many pairs there can be: of the digits and letters that have a signature bit of their own. */
const PAIRS = ALPHABET * ALPHABET;

/** digitOrLetterOf of the code units below 128, looked up. */
const LETTERS = Int8Array.from({ length: 128 }, (_, code) => digitOrLetterOf(code));

/** One chunk's index: per pair, a bitmap of the chunk's texts (`words` 32-bit words each) when any holds it. */
export interface PairIndex {
  /** Per pair, its bitmap's place in `bits`, or -1 when no text of the chunk holds it. */
  slots: Int16Array;
  /** The bitmaps, `words` each, side by side. */
  bits: Int32Array;
  words: number;
}

/** The pair's number when `word` is two digits or letters, else -1: only such words are answered here. */
export function pairOf(word: string): number {
  if (word.length !== 2) return -1;
  const first = digitOrLetterOf(word.charCodeAt(0));
  const second = digitOrLetterOf(word.charCodeAt(1));
  return first < 0 || second < 0 ? -1 : first * ALPHABET + second;
}

/**
 * The pairs of adjacent digits or letters in `word`, each once, as pairOf numbers them, with their text: every text
 * that holds the word holds each of them.
 */
export function pairsIn(word: string): Map<number, string> {
  const pairs = new Map<number, string>();
  for (let k = 0; k + 1 < word.length; k += 1) {
    const text = word.slice(k, k + 2);
    const pair = pairOf(text);
    if (pair >= 0) pairs.set(pair, text);
  }
  return pairs;
}

/** Where the bits of one chunk are set before they are packed: reused by every chunk (made one at a time). */
let spread = new Int32Array(0);

/**
 * The index of a chunk of `count` texts: `chunk` holds them end to end, text j from `starts[j]` to before
 * `starts[j + 1]`. Texts are told apart by `starts`, not by the separator between them, which a text may hold.
 */
export function pairIndexOf(chunk: string, starts: Int32Array, count: number): PairIndex {
  const words = Math.ceil(count / 32);
  if (spread.length < PAIRS * words) spread = new Int32Array(PAIRS * words);
  else spread.fill(0, 0, PAIRS * words);
  const present = new Uint8Array(PAIRS);
  for (let j = 0; j < count; j += 1) {
    const end = starts[j + 1] as number;
    const bit = 1 << (j & 31);
    const row = (j >>> 5) * PAIRS;
    let before = -1;
    for (let k = starts[j] as number; k < end; k += 1) {
      const code = chunk.charCodeAt(k);
      const letter = code < 128 ? (LETTERS[code] as number) : -1;
      if (before >= 0 && letter >= 0) {
        const pair = before * ALPHABET + letter;
        present[pair] = 1;
        spread[row + pair] = (spread[row + pair] as number) | bit;
      }
      before = letter;
    }
  }
  const slots = new Int16Array(PAIRS).fill(-1);
  let held = 0;
  for (let pair = 0; pair < PAIRS; pair += 1) if (present[pair] === 1) slots[pair] = held++;
  const bits = new Int32Array(held * words);
  // Spread by word of the bitmaps, so that one text's pairs are set close together; packed by pair.
  for (let word = 0; word < words; word += 1)
    for (let pair = 0; pair < PAIRS; pair += 1) {
      const slot = slots[pair] as number;
      if (slot >= 0) bits[slot * words + word] = spread[word * PAIRS + pair] as number;
    }
  return { slots, bits, words };
}

/**
 * Writes into `out` from `at`, ascending, `offset` plus the place in the chunk of each of its texts that holds pair
 * number `pair` (pairOf): where the next would go. The bitmap is read a word at a time (set-bits.ts), so a chunk's
 * texts that do not hold it cost nothing each.
 */
export function writeTextsHoldingPair(index: PairIndex, pair: number, offset: number, out: Int32Array, at: number) {
  const slot = index.slots[pair] as number;
  return slot < 0 ? at : writeSetBits(index.bits, slot * index.words, index.words, offset, out, at);
}

/** Whether text `j` of the chunk holds pair number `pair` (pairOf). */
export function holdsPair(index: PairIndex, pair: number, j: number): boolean {
  const slot = index.slots[pair] as number;
  return slot >= 0 && ((index.bits[slot * index.words + (j >>> 5)] as number) & (1 << (j & 31))) !== 0;
}
