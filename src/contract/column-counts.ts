import type { ClaimColumns } from './claim-columns';
import { orderSpeakerCounts } from './claim-summary';

/*
 * What a chart's summary counts of its claims' origins and speakers, read from the claims' columns (claim-columns.ts)
 * at the claims' positions.
 */

/*
 * Members are read by index, not `for…of`: at 1,000,000 claims the iterator's results were most of what a summary
 * allocated (measured with V8's sampling heap profiler).
 */

/** Counts per organisation, zeroed again after each use: no array allocated per chart. */
let tally = new Int32Array(1024);
function tallyOf(size: number): Int32Array {
  if (tally.length < size) tally = new Int32Array(Math.max(size, tally.length * 2));
  return tally;
}

/**
 * Per origin, whether the claims counted so far hold it once and whether twice, a bit each: with as many origins as
 * claims (at 1,000,000 claims, synthetic ones each have their own) a count per origin was 4 MB read at random, twice
 * a chart; these bits are 250 KB. Zeroed again after each use.
 */
let seenOnce = new Int32Array(32);
let seenTwice = new Int32Array(32);
function originBits(origins: number): { once: Int32Array; twice: Int32Array } {
  const words = (origins + 31) >>> 5;
  if (seenOnce.length < words) {
    seenOnce = new Int32Array(Math.max(words, seenOnce.length * 2));
    seenTwice = new Int32Array(seenOnce.length);
  }
  return { once: seenOnce, twice: seenTwice };
}

/** How many distinct origins the claims at `members` have, how many have one claim among them, and how many have none. */
export function countOriginsAt(columns: Pick<ClaimColumns, 'origin' | 'originIds'>, members: Int32Array) {
  const { once, twice } = originBits(columns.originIds.length);
  let origins = 0;
  let singleSource = 0;
  let unknown = 0;
  for (let k = 0; k < members.length; k += 1) {
    const origin = columns.origin[members[k] as number] as number;
    if (origin < 0) {
      unknown += 1;
      continue;
    }
    const word = origin >>> 5;
    const bit = 1 << (origin & 31);
    const seen = once[word] as number;
    if ((seen & bit) === 0) {
      once[word] = seen | bit;
      origins += 1;
      singleSource += 1;
    } else if (((twice[word] as number) & bit) === 0) {
      twice[word] = (twice[word] as number) | bit;
      singleSource -= 1;
    }
  }
  // Left as found: the words these claims set (every bit set in them is one of theirs), or all, when that is fewer.
  const words = (columns.originIds.length + 31) >>> 5;
  if (members.length >= words) {
    once.fill(0, 0, words);
    twice.fill(0, 0, words);
  } else {
    for (let k = 0; k < members.length; k += 1) {
      const origin = columns.origin[members[k] as number] as number;
      if (origin >= 0) {
        once[origin >>> 5] = 0;
        twice[origin >>> 5] = 0;
      }
    }
  }
  return { claims: members.length, origins, singleSource, unknown };
}

/** The claims at `members` per speaker organisation, most claims first. */
export function countSpeakersAt(columns: Pick<ClaimColumns, 'organisation' | 'organisations'>, members: Int32Array) {
  const counts = tallyOf(columns.organisations.length);
  const met: number[] = [];
  for (let k = 0; k < members.length; k += 1) {
    const organisation = columns.organisation[members[k] as number] as number;
    if (counts[organisation] === 0) met.push(organisation);
    counts[organisation] = (counts[organisation] as number) + 1;
  }
  const byName = new Map(met.map((o) => [columns.organisations[o] as string, counts[o] as number]));
  for (const o of met) counts[o] = 0;
  return orderSpeakerCounts(byName);
}
