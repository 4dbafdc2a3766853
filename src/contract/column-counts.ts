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

/** Counts per number (an origin, an organisation), zeroed again after each use: no array allocated per chart. */
let tally = new Int32Array(1024);
function tallyOf(size: number): Int32Array {
  if (tally.length < size) tally = new Int32Array(Math.max(size, tally.length * 2));
  return tally;
}

/** How many distinct origins the claims at `members` have, how many have one claim among them, and how many have none. */
export function countOriginsAt(columns: Pick<ClaimColumns, 'origin' | 'originIds'>, members: Int32Array) {
  const counts = tallyOf(columns.originIds.length);
  let origins = 0;
  let singleSource = 0;
  let unknown = 0;
  for (let k = 0; k < members.length; k += 1) {
    const origin = columns.origin[members[k] as number] as number;
    if (origin < 0) {
      unknown += 1;
      continue;
    }
    const before = counts[origin] as number;
    counts[origin] = before + 1;
    if (before === 0) {
      origins += 1;
      singleSource += 1;
    } else if (before === 1) singleSource -= 1;
  }
  for (let k = 0; k < members.length; k += 1) {
    const origin = columns.origin[members[k] as number] as number;
    if (origin >= 0) counts[origin] = 0;
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
