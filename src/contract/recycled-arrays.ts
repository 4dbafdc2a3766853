/*
 * Typed arrays of a list's columns, made again from those of a list no reader holds any more (issue 15). V8 counts an
 * ArrayBuffer's bytes as external memory, and about 64 MB of it allocated since the last full collection starts
 * another, which marks the whole heap (scratch-arena.ts). A server's new claim copied every column with the claim
 * inserted: about 100 MB at 1,000,000 claims, so every new claim started a full collection of a heap of 2.5 GB, seconds
 * of work that the next requests waited for. A typed array made on a buffer that already exists is no new external
 * memory: measured with 300 MB of objects held, 112 MB of new columns a round started a full collection every round
 * (150 ms of marking each); the same columns written into recycled buffers started none in 10 rounds.
 *
 * A list's arrays may be recycled once it is retired (the server holds a newer view) and no reader that began before
 * it was retired is still reading. Readers say when they begin and end (`beginReading`): a request to a server, and a
 * summary thread's task. Code that reads a view without awaiting anything in between needs no such care: a list is
 * retired, and its arrays handed out again, only by code that runs between two awaits of its own.
 */

type Numeric = Int32Array | Uint8Array | Float64Array;
/** A typed array's constructor: Int32Array, Uint8Array or Float64Array (`array.constructor as Maker<typeof array>`). */
export type Maker<T extends Numeric> = {
  new (buffer: ArrayBuffer, offset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

interface Retired {
  buffer: ArrayBuffer;
  /** The retirement that retired it: readers that began before it may still read it. */
  retirement: number;
  /** The bytes its retirement retired, and the bytes retired in all once it was (retiredBytes then). */
  weight: number;
  retiredBy: number;
}

/**
 * Retirements whose buffers are kept, counted in retirements of their size: a buffer is left to the collector once
 * this many times the bytes its own retirement retired have been retired after it, so that a reader that never ends
 * (or is slow to) holds back memory no longer than without recycling. A server retires one view per change, and
 * recycles the arrays of the view before the one it holds. Counted in bytes, not in retirements: a state change or an
 * edit retires a page of states (16 KB), and four of them dropped the spare columns made for the next new claim
 * (reserveSpareColumns), which then made 100 MB of arrays afresh at 1,000,000 claims and started a full collection
 * (a 103 ms pause; twenty-eighth pass).
 */
const KEPT_RETIREMENTS = 4;
/** Retired buffers kept, at most (a view of 1,000,000 claims has about 150). */
const MAX_KEPT = 4096;
/** A buffer is recycled for an array that needs at least this share of it (else it would hold memory unused). */
const FIT = 0.5;

let retirements = 0;
/** Bytes retired in all. */
let retiredBytes = 0;
let kept: Retired[] = [];
const keptBuffers = new Set<ArrayBuffer>();
/** Per reader reading now, the retirements counted when it began. */
const readers = new Map<symbol, number>();

/** Readers that began before `retirement` was counted: its buffers wait for them. */
const heldBack = (retirement: number) => {
  for (const began of readers.values()) if (began <= retirement) return true;
  return false;
};

/** Room for inserts: a recycled column grows by a claim per new claim, and fits its old buffer while it can. */
const withRoom = (length: number) => length + Math.max(64, length >>> 7);

/**
 * A typed array of `length` elements, on a retired buffer that fits it when one is free to recycle, else a new one with
 * room for more. Its elements hold whatever they held: write each before reading it.
 */
export function recycled<T extends Numeric>(make: Maker<T>, length: number): T {
  const bytes = length * make.BYTES_PER_ELEMENT;
  let best = -1;
  for (let k = 0; k < kept.length; k += 1) {
    const { buffer, retirement } = kept[k] as Retired;
    if (buffer.byteLength < bytes || bytes < buffer.byteLength * FIT || heldBack(retirement)) continue;
    if (best < 0 || buffer.byteLength < (kept[best] as Retired).buffer.byteLength) best = k;
  }
  if (best < 0) return new make(new ArrayBuffer(withRoom(length) * make.BYTES_PER_ELEMENT), 0, length);
  const [{ buffer }] = kept.splice(best, 1) as [Retired];
  keptBuffers.delete(buffer);
  return new make(buffer, 0, length);
}

/** A copy of `array`, recycled. */
export function recycledCopy<T extends Numeric>(array: T): T {
  const copy = recycled(array.constructor as Maker<T>, array.length);
  copy.set(array);
  return copy;
}

/**
 * Retires the buffers of `arrays` that `kept` does not use: they are recycled once every reader that began before now
 * has ended. The caller holds no list that reads them but through readers that said so.
 */
export function retireArrays(arrays: Iterable<Numeric>, stillUsed: Iterable<Numeric>): void {
  const used = new Set<ArrayBufferLike>();
  for (const array of stillUsed) used.add(array.buffer);
  const retirement = retirements;
  retirements += 1;
  const buffers: ArrayBuffer[] = [];
  for (const array of arrays) {
    const { buffer } = array;
    if (!(buffer instanceof ArrayBuffer) || used.has(buffer) || keptBuffers.has(buffer)) continue;
    used.add(buffer);
    keptBuffers.add(buffer);
    buffers.push(buffer);
  }
  let weight = 0;
  for (const buffer of buffers) weight += buffer.byteLength;
  retiredBytes += weight;
  for (const buffer of buffers) kept.push({ buffer, retirement, weight, retiredBy: retiredBytes });
  // Those with KEPT_RETIREMENTS times their retirement's bytes retired after them, and the oldest beyond MAX_KEPT.
  const aged = (entry: Retired) => retiredBytes - entry.retiredBy >= KEPT_RETIREMENTS * entry.weight;
  if (kept.some(aged) || kept.length > MAX_KEPT) {
    const left = kept.filter((entry) => !aged(entry)).slice(-MAX_KEPT);
    const still = new Set(left.map((entry) => entry.buffer));
    for (const entry of kept) if (!still.has(entry.buffer)) keptBuffers.delete(entry.buffer);
    kept = left;
  }
}

/**
 * A reader begins: no buffer retired from now on is recycled until it calls the function this answers (once, when it
 * has read its last column).
 */
export function beginReading(): () => void {
  const reader = Symbol('reader');
  readers.set(reader, retirements);
  return () => {
    readers.delete(reader);
  };
}

/** Buffers retired and not yet recycled, and readers reading now: for tests and the bench. */
export const recycling = () => ({ kept: kept.length, readers: readers.size, retirements });

/** Forgets every buffer kept and every reader (tests). */
export function forgetRecycling(): void {
  kept.length = 0;
  keptBuffers.clear();
  readers.clear();
}
