import type { Claim } from './claim-schema';
import { claimSearchText } from './claim-matches-filters';
import { asArray, type Sequence } from './chunked-list';
import { signatureOf, signaturesOf, type Signatures } from './text-signature';
import { chunkHolding, insertion, withChunkSplit } from './chunk-layout';
import {
  chunkTexts,
  CHUNK,
  textAt,
  textInChunk,
  withTextInserted,
  withTextsReplaced,
  type TextChunks,
} from './text-chunks';

/*
 * The folded search text (claimSearchText) of each claim of a list that is never changed in place (a server's view of
 * the store), made on the list's first text search and kept by position, end to end in chunks (text-chunks.ts). A
 * search then reads the texts side by side: no lookup per claim object, and no weak entry per claim for the garbage
 * collector to trace (issue 15). Each text's signature (text-signature.ts) is made and kept with it.
 */

export interface SearchTexts {
  texts: TextChunks;
  /**
   * Per chunk of `texts`, its texts' signatures: an edit copies its chunk's, not all (at 1,000,000 claims 8 MB a write,
   * outside V8's heap, of which every 64 MB starts a full collection: scratch-arena.ts).
   */
  signatures: Signatures[];
}

const remembered = new WeakMap<Sequence<Claim>, SearchTexts>();

/**
 * The texts in chunks, with `signatures` (all of them, in one pair of arrays made for this, held by nothing else) split
 * as the chunks are: views of them, not copies (an edit copies its chunk's before it changes them).
 */
function inChunks(texts: readonly string[], signatures: Signatures, size = CHUNK): SearchTexts {
  const chunks = chunkTexts(texts, size);
  const split: Signatures[] = [];
  const { firsts } = chunks.layout;
  for (let c = 0; c + 1 < firsts.length; c += 1) {
    const [first, end] = [firsts[c] as number, firsts[c + 1] as number];
    split.push({ low: signatures.low.subarray(first, end), high: signatures.high.subarray(first, end) });
  }
  return { texts: chunks, signatures: split };
}

/** The search texts of `texts` (folded already), in chunks of `size`: for tests of chunks of a few texts. */
export const searchTextsIn = (texts: readonly string[], size = CHUNK): SearchTexts =>
  inChunks(texts, signaturesOf(texts), size);

/** Makes and keeps the search texts of `claims` in chunks of `size` (CHUNK where made on a first search): for tests. */
export function rememberSearchTextsIn(claims: Sequence<Claim>, size: number): void {
  remembered.set(claims, searchTextsIn(asArray(claims).map(claimSearchText), size));
}

/** The search texts of the claims of `claims` and their signatures, by position: made once per list. */
export function searchTextsOf(claims: Sequence<Claim>): SearchTexts {
  let found = remembered.get(claims);
  if (!found) {
    found = searchTextsIn(asArray(claims).map(claimSearchText));
    remembered.set(claims, found);
  }
  return found;
}

/**
 * Remembers for `claims`, a copy of the list `before` in which only the claims at `positions` changed (not their
 * order), the texts of `before` with those claims' made again, when the texts of `before` were made: else none.
 */
export function rememberTextsEdited(
  before: Sequence<Claim>,
  claims: Sequence<Claim>,
  positions: Iterable<number>,
): void {
  const kept = remembered.get(before);
  if (!kept || before.length !== claims.length) return;
  const replaced = new Map<number, string>();
  for (const position of positions) {
    const text = claimSearchText(claims.at(position) as Claim);
    if (text !== textAt(kept.texts, position)) replaced.set(position, text);
  }
  // A change of what no text holds (a state change adds to the history, which no search reads) shares every chunk: a
  // chunk joined again is 1 MB of text at 1,000,000 claims, and took 14 ms of each state change.
  if (replaced.size === 0) {
    remembered.set(claims, kept);
    return;
  }
  const { layout } = kept.texts;
  const signatures = [...kept.signatures];
  const copied = new Set<number>();
  for (const [position, text] of replaced) {
    const c = chunkHolding(layout, position);
    if (!copied.has(c)) {
      copied.add(c);
      const chunk = signatures[c] as Signatures;
      signatures[c] = { low: chunk.low.slice(), high: chunk.high.slice() };
    }
    const { low, high } = signatureOf(text);
    (signatures[c] as Signatures).low[position - (layout.firsts[c] as number)] = low;
    (signatures[c] as Signatures).high[position - (layout.firsts[c] as number)] = high;
  }
  remembered.set(claims, { texts: withTextsReplaced(kept.texts, replaced), signatures });
}

/**
 * Remembers for `claims`, the claims of `before` in an order of their own, the texts of `before` (found by id through
 * `positionIn`), with the claims whose ids are `changed` (or that `before` lacks) made again, when the texts of `before`
 * were made: else none.
 */
export function rememberTextsReordered(
  before: Sequence<Claim>,
  claims: Sequence<Claim>,
  positionIn: (id: string) => number | undefined,
  changed: ReadonlySet<string>,
): void {
  const kept = remembered.get(before);
  if (!kept) return;
  const { layout } = kept.texts;
  const signatures = { low: new Int32Array(claims.length), high: new Int32Array(claims.length) };
  const texts = asArray(claims).map((claim, k) => {
    const at = changed.has(claim.id) ? undefined : positionIn(claim.id);
    // A kept text, and its signature, copied from its chunk (found once), not made again from its characters.
    const c = at === undefined ? -1 : chunkHolding(layout, at);
    const j = (at ?? 0) - (layout.firsts[c] ?? 0);
    const text = at === undefined ? claimSearchText(claim) : textInChunk(kept.texts, c, j);
    const chunk = kept.signatures[c];
    const signature =
      at === undefined || !chunk ? signatureOf(text) : { low: chunk.low[j] as number, high: chunk.high[j] as number };
    signatures.low[k] = signature.low;
    signatures.high[k] = signature.high;
    return text;
  });
  remembered.set(claims, inChunks(texts, signatures));
}

/**
 * Remembers for `claims`, the claims of `before` with one inserted at `position` (and none other changed in what a
 * search reads), the texts of `before` with its text inserted, when the texts of `before` were made: its chunk made
 * again, every other shared (withSearchTextInserted).
 */
export function rememberTextInserted(before: Sequence<Claim>, claims: Sequence<Claim>, position: number): void {
  const kept = remembered.get(before);
  if (kept)
    remembered.set(claims, withSearchTextInserted(kept, position, claimSearchText(claims.at(position) as Claim)));
}

/**
 * `kept` with `text` (folded already) inserted at `position`: its chunk of texts and of signatures made again, split
 * alike (chunk-layout.ts's insertion), every other shared.
 */
export function withSearchTextInserted(kept: SearchTexts, position: number, text: string): SearchTexts {
  const inserted = insertion(kept.texts.layout, position);
  const { chunk: c, parts } = inserted;
  const old = kept.signatures[c] ?? { low: new Int32Array(0), high: new Int32Array(0) };
  const at = position - (kept.texts.layout.firsts[c] ?? 0);
  const signature = signatureOf(text);
  const low = new Int32Array(old.low.length + 1);
  const high = new Int32Array(old.high.length + 1);
  low.set(old.low.subarray(0, at));
  high.set(old.high.subarray(0, at));
  [low[at], high[at]] = [signature.low, signature.high];
  low.set(old.low.subarray(at), at + 1);
  high.set(old.high.subarray(at), at + 1);
  const split = parts.map(([from, to]) => ({ low: low.subarray(from, to), high: high.subarray(from, to) }));
  const signatures = withChunkSplit(kept.signatures, c, split);
  return { texts: withTextInserted(kept.texts, position, text, inserted), signatures };
}
