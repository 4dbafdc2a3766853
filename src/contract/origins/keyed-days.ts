import type { Claim } from '../claim-schema';
import { ChunkedList, sameSegments, type Positional, type Segment } from '../chunked-list';
import { insertionPoint } from '../select-claims';
import type { SourceEntity } from '../source-schema';
import { isWholeDay, readChainHead, readHead, type ChainHead, type HeadReading } from './chain-head';

/*
 * A day's claims of one chain head's key, as a new claim's origin is grouped with (origins-with-claim.ts), kept per day
 * from one list to the next (issue 15). Finding them read every claim of the day and its head: at 1,000,000 SYNTHETIC
 * claims, 1,250 claims spread over the heap, about 5 ms of a new claim's 12 ms answer. A day read is kept with the
 * claims it found, and is used again only for a list that holds those very claims (the same objects), in the same
 * order, and no other claim of the day: what reading the day again would find. Any other list reads the day again.
 */

/** One day's claims of a list, in the list's order, each with its key's number (-1: no head, or no day to group by). */
interface KeyedDay {
  claims: readonly Claim[];
  keys: Int32Array;
  keyNumbers: ReadonlyMap<string, number>;
  /**
   * Where a list in chunks held them, when last seen: a list holding the same chunks there holds them, which is seen
   * without reading a claim (at 1,000,000 SYNTHETIC claims, reading a day's 1,250 took 0.4–1.2 ms of an answer).
   */
  segments?: readonly Segment<Claim>[];
}

/** Days kept per registry, at most: then forgotten, and read again as asked. */
export const MAX_DAYS_KEPT = 20_000;

/** Per registry (which a chain head is read with), the days read. */
const daysRead = new WeakMap<readonly SourceEntity[], Map<string, KeyedDay>>();

/** Heads kept per registry, at most: then forgotten, and read again as asked. */
export const MAX_HEADS_KEPT = 50_000;

/** A claim's chain head, read once for one registry (by the claim itself: an edited claim is another). */
type HeadsRead = (claim: Claim) => ChainHead | null;

const headsRead = new WeakMap<readonly SourceEntity[], HeadsRead>();
/**
 * The heads of one registry's claims, each read once and kept: a server adds claims to a view with the same registry
 * many times, and mostly near the same days, whose claims' heads each new claim reads (at 1,000,000 SYNTHETIC claims,
 * 3 days of them took 8 ms of a new claim's answer).
 */
export function headsOf(registry: readonly SourceEntity[]): HeadsRead {
  let heads = headsRead.get(registry);
  if (!heads) {
    const reading: HeadReading = readHead(registry);
    const kept = new Map<Claim, ChainHead | null>();
    heads = (claim) => {
      let head = kept.get(claim);
      if (head === undefined) {
        head = readChainHead(claim, registry, reading);
        if (kept.size >= MAX_HEADS_KEPT) kept.clear();
        kept.set(claim, head);
      }
      return head;
    };
    headsRead.set(registry, heads);
  }
  return heads;
}

/** The claims of `raw`, a list in answer order, made on `day` (a whole day): side by side, from `start` on. */
function claimsFrom(raw: Positional<Claim>, start: number, day: string): Claim[] {
  const found: Claim[] = [];
  for (let i = start; i < raw.length; i += 1) {
    const claim = raw.at(i) as Claim;
    if (claim.claimedOn !== day) break;
    found.push(claim);
  }
  return found;
}

/** The first place in `raw` (answer order) of a claim made on `day`, or of the first claim after them. */
const dayStart = (raw: Positional<Claim>, day: string) => insertionPoint(raw, { id: '', claimedOn: day });

/** Whether the claims `raw` holds from `start` on made on `day` are those of `read`, and no others. */
function holdsExactly(raw: Positional<Claim>, start: number, day: string, read: KeyedDay): boolean {
  const { claims } = read;
  const end = start + claims.length;
  if (end > raw.length) return false;
  const segments = raw instanceof ChunkedList ? raw.segments(start, end) : undefined;
  if (!segments || !read.segments || !sameSegments(segments, read.segments)) {
    for (let k = 0; k < claims.length; k += 1) if (raw.at(start + k) !== claims[k]) return false;
    read.segments = segments;
  }
  return end === raw.length || (raw.at(end) as Claim).claimedOn !== day;
}

/**
 * The day of `claims` keyed by their heads (`headOf`). With the day as read before (`before`), a claim it holds keeps
 * the key read then, not read again: the claims of a day read again after a change are mostly those it held, in the
 * same order, with a few inserted or replaced. A claim is the same claim only as the same object (an edit makes another).
 */
function keyedDay(claims: readonly Claim[], headOf: (claim: Claim) => ChainHead | null, before?: KeyedDay): KeyedDay {
  const keyNumbers = new Map(before?.keyNumbers);
  const keys = new Int32Array(claims.length);
  const held = before?.claims ?? [];
  let j = 0;
  claims.forEach((claim, k) => {
    if (held[j] === claim) {
      keys[k] = (before as KeyedDay).keys[j] as number;
      j += 1;
      return;
    }
    // Not the claim held next: a claim inserted (the one held next comes next), or one in its place (it does not).
    if (j < held.length && held[j] !== claims[k + 1]) j += 1;
    const head = headOf(claim);
    if (!head || head.day === null) {
      keys[k] = -1;
      return;
    }
    let n = keyNumbers.get(head.key);
    if (n === undefined) {
      n = keyNumbers.size;
      keyNumbers.set(head.key, n);
    }
    keys[k] = n;
  });
  return { claims, keys, keyNumbers };
}

function keep(registry: readonly SourceEntity[], day: string, read: KeyedDay): void {
  let days = daysRead.get(registry);
  if (!days) {
    days = new Map();
    daysRead.set(registry, days);
  }
  if (days.size >= MAX_DAYS_KEPT && !days.has(day)) days.clear();
  days.set(day, read);
}

/** The day's claims of `raw` (a list in answer order) read and kept, from `start` (its first place), heads by `headOf`. */
function readDay(
  raw: Positional<Claim>,
  start: number,
  day: string,
  registry: readonly SourceEntity[],
  headOf: (claim: Claim) => ChainHead | null = headsOf(registry),
): KeyedDay {
  const read = keyedDay(claimsFrom(raw, start, day), headOf, daysRead.get(registry)?.get(day));
  if (raw instanceof ChunkedList) read.segments = raw.segments(start, start + read.claims.length);
  keep(registry, day, read);
  return read;
}

/**
 * The claims of `raw` (a list in answer order) made on `day` (a whole day) whose chain head (read for `registry`, by
 * `headOf` when the day is read) has `key`, in the list's order: as a pass over the day's claims reading each one's
 * head finds them.
 */
export function keyedClaimsOfDay(
  raw: Positional<Claim>,
  day: string,
  key: string,
  registry: readonly SourceEntity[],
  headOf: (claim: Claim) => ChainHead | null = headsOf(registry),
): Claim[] {
  const start = dayStart(raw, day);
  let read = daysRead.get(registry)?.get(day);
  if (!read || !holdsExactly(raw, start, day, read)) read = readDay(raw, start, day, registry, headOf);
  const wanted = read.keyNumbers.get(key);
  const found: Claim[] = [];
  if (wanted === undefined) return found;
  for (let k = 0; k < read.claims.length; k += 1) if (read.keys[k] === wanted) found.push(read.claims[k] as Claim);
  return found;
}

/**
 * Reads and keeps again the days (whole days; others are passed over) of `changed`, claims new or edited in `raw`, a list
 * in answer order: a server does so after such a change, so that the next new claim's answer on one of those days
 * finds it read.
 */
export function rereadDays(
  raw: Positional<Claim>,
  changed: Iterable<Pick<Claim, 'claimedOn'>>,
  registry: readonly SourceEntity[],
): void {
  const days = new Set<string>();
  for (const { claimedOn } of changed) if (claimedOn !== null && isWholeDay(claimedOn)) days.add(claimedOn);
  for (const day of days) readDay(raw, dayStart(raw, day), day, registry);
}

/**
 * Reads and keeps every day of `raw` (a list in answer order) at once, each claim's head read for `registry`: a server
 * does so with a view it made, so that no new claim's answer waits for its day's claims to be read (at 1,000,000
 * SYNTHETIC claims, 800 days, this took 2.3–2.9 s in process). Answers the days kept.
 */
export function readKeyedDays(raw: Positional<Claim>, registry: readonly SourceEntity[]): number {
  const reading = readHead(registry);
  const headOf = (claim: Claim) => readChainHead(claim, registry, reading);
  let kept = 0;
  for (let i = 0; i < raw.length && kept < MAX_DAYS_KEPT;) {
    const day = (raw.at(i) as Claim).claimedOn;
    if (day === null || !isWholeDay(day) || dayStart(raw, day) !== i) {
      i += 1;
      continue;
    }
    i += readDay(raw, i, day, registry, headOf).claims.length;
    kept += 1;
  }
  return kept;
}
