import type { Claim } from './claim-schema';
import type { ClaimColumns } from './claim-columns';
import { STATE_PAGE_BITS, STATE_PAGE_MASK } from './claim-columns-types';
import type { Sequence } from './chunked-list';
import type { ClaimFilters } from './claim-filters';
import { claimFiltersToParams } from './claim-filter-params';
import { dateRangeOf, overlapsRange, searchWords } from './claim-matches-filters';
import { searchTextsOf, type SearchTexts } from './search-texts';
import { chunkHolding, type ChunkLayout } from './chunk-layout';
import { countTextsHolding, SEPARATOR, textAt, textInChunk, type TextChunks } from './text-chunks';
import { answeredBySignature, searchSignature, type Signature, type Signatures } from './text-signature';
import { holdsPair, pairOf, pairsIn, writeTextsHoldingPair, type PairIndex } from './text-pairs';
import { scratchArena } from './scratch-arena';
import { CLAIM_KINDS, VERIFICATION_STATES } from './vocabulary';

/*
 * The filters a dashboard ticks most (metric, state, kind, speaker type, country, dates, text) answered from the
 * claims' columns and search texts, with claimMatchesFilters' semantics: a scan of a few bytes (and a string) a claim
 * instead of reading every claim object. Any other filter needs the claims themselves (their sources, grades, warnings,
 * origins) and is not answered here.
 */

const ANSWERED: Pick<ClaimFilters, 'metric' | 'state' | 'kind' | 'type' | 'country' | 'from' | 'to' | 'q'> = {
  metric: undefined,
  state: [],
  kind: [],
  type: [],
  country: [],
  from: undefined,
  to: undefined,
  q: undefined,
};

/** Whether the columns answer every filter set: none but those above. */
export const columnsAnswer = (filters: ClaimFilters) =>
  claimFiltersToParams({ ...filters, ...ANSWERED }).toString() === '';

/** Which of `values` (numbered as in the columns) the filter keeps; null when it keeps any. */
function kept(values: readonly string[], chosen: readonly string[]): Uint8Array | null {
  if (chosen.length === 0) return null;
  return Uint8Array.from(values, (value) => (chosen.includes(value) ? 1 : 0));
}

/** Where a scan writes the positions it keeps, reused by every scan (a scan runs through without waiting). */
const scratch = scratchArena();

/** What the scans' arena holds (for tests: a scan after reserveScanScratch makes no more). */
export const scanScratchHeld = () => scratch.held();

/** Makes now the arrays a scan of `columns` writes into, so that no scan of them has to. */
export function reserveScanScratch(columns: ClaimColumns): void {
  scratch.reserve({ int32: columns.claims.length, float64: 0, uint8: columns.claims.length });
}

/** The positions of the claims the columns keep (every filter but the text), in `positions`: how many. */
function keptByColumns(columns: ClaimColumns, filters: ClaimFilters, metric: number, positions: Int32Array): number {
  const states = kept(VERIFICATION_STATES, filters.state);
  const kinds = kept(CLAIM_KINDS, filters.kind);
  const types = kept(columns.types, filters.type);
  const countries = kept(columns.countries, filters.country);
  // A date range keeps the claims whose date overlaps it, and no undated claim: decided once per distinct date.
  const range = dateRangeOf(filters);
  const inRange = range ? Uint8Array.from(columns.places, (place) => (overlapsRange(place, range) ? 1 : 0)) : null;
  // Read into locals once: the loop's loads of them through `columns` had re-optimised into a loop twice as slow.
  const { metric: metricOf, statePages, kind, type, country, place: placeOf } = columns;
  const n = columns.claims.length;
  if (metric < 0 && !states && !kinds && !types && !countries && !inRange) {
    // Nothing to check: every claim (a text search alone), without the checks' cost (5 ms at 1,000,000 claims).
    for (let i = 0; i < n; i += 1) positions[i] = i;
    return n;
  }
  let count = 0;
  // A page of states at a time: the loop reads its page's states as it reads the other columns.
  for (let first = 0; first < n; first += STATE_PAGE_MASK + 1) {
    const state = statePages[first >>> STATE_PAGE_BITS] as Uint8Array;
    const end = Math.min(n, first + STATE_PAGE_MASK + 1);
    for (let i = first; i < end; i += 1) {
      if (metric >= 0 && metricOf[i] !== metric) continue;
      if (states && states[state[i - first] as number] === 0) continue;
      if (kinds && kinds[kind[i] as number] === 0) continue;
      if (types && types[type[i] as number] === 0) continue;
      if (countries && countries[country[i] as number] === 0) continue;
      if (inRange) {
        const place = placeOf[i] as number;
        if (place < 0 || inRange[place] === 0) continue;
      }
      positions[count] = i;
      count += 1;
    }
  }
  return count;
}

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

/** SAMPLED texts spread evenly over `texts` (all of them when fewer). */
function sampledTexts(texts: TextChunks): string[] {
  const step = Math.max(1, Math.floor(texts.length / SAMPLED));
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
 * to the next; once few are left, in theirs alone.
 */
function keptByText(searched: SearchTexts, words: readonly string[], positions: Int32Array, count: number): number {
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

/**
 * Of `among` (ascending positions in `claims`, a list whose search texts are kept: a server's view), or of every claim
 * when null, the positions whose folded text holds every word of `q`: read from the list's texts, as a scan reads them.
 * Checking the claims themselves (claimMatchesFilters) would fold each one's text again and keep it beside the view's,
 * for as long as the claim lives: a second copy of the texts, growing with every new search.
 */
export function positionsHoldingText(claims: Sequence<Claim>, q: string, among: ArrayLike<number> | null): number[] {
  scratch.reset();
  const count = among ? among.length : claims.length;
  const positions = scratch.int32(count);
  for (let k = 0; k < count; k += 1) positions[k] = among ? (among[k] as number) : k;
  const words = searchWords(q);
  const kept = words.length > 0 ? keptByText(searchTextsOf(claims), words, positions, count) : count;
  return Array.from(positions.subarray(0, kept));
}

/**
 * The positions of the claims `filters` keep, in the columns' order, as claimMatchesFilters keeps them, for filters the
 * columns answer (`columnsAnswer`). Answered in the scan's own array, which the next scan writes over: use them before
 * anything else can scan (before any `await`), and copy what must be kept. A server's scan of 1,000,000 claims would
 * otherwise allocate up to 4 MB on every cold read (scratch-arena.ts says what that costs).
 */
export function scanPositions(columns: ClaimColumns, filters: ClaimFilters): Int32Array {
  const metric = filters.metric ? columns.metricIds.indexOf(filters.metric) : -1;
  scratch.reset();
  if (filters.metric && metric < 0) return scratch.int32(0);
  const positions = scratch.int32(columns.claims.length);
  let count = keptByColumns(columns, filters, metric, positions);
  // Text last: every word a substring of the claim's folded text.
  const words = filters.q ? searchWords(filters.q) : [];
  if (words.length > 0) count = keptByText(searchTextsOf(columns.claims), words, positions, count);
  return positions.subarray(0, count);
}

/**
 * The positions of the claims `filters` keep, in the columns' order, as claimMatchesFilters keeps them, in an array of
 * their own; null when a filter is set that the columns do not answer.
 */
export function positionsMatching(columns: ClaimColumns, filters: ClaimFilters): Int32Array | null {
  return columnsAnswer(filters) ? scanPositions(columns, filters).slice() : null;
}
