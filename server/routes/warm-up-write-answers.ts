import type { Claim } from '../../src/contract/claim-schema';
import { withAdded, withEdited, withStateChanged } from '../../src/contract/origins/origin-answers';
import type { ClaimView } from './claim-view';

/** Claims whose answers are derived, spread over the list: enough runs for V8 to optimise what they run. */
const CLAIMS = 8;

/** Whether this process has run them (warmUpWriteAnswers). */
let warmedUp = false;

/**
 * Derives, and drops, the answers an edit, a state change and a copy posted anew of a few claims of `view` would get,
 * the first time it is called in a process: nothing is stored, and the view is left as it was. V8 optimises code only
 * once it has run: at 1,000,000 SYNTHETIC claims the first edit a server answered derived its claim in 49 ms, the next
 * ones in 10–13, and the first two edits took 40–44 ms to answer against 14–22 for the next eighteen
 * (docs/benchmarks.md, twenty-third pass). A server calls it with its first view, as it warms its searches and
 * summaries. Answers how many answers it derived (0 when it had run before).
 */
export function warmUpWriteAnswers(view: ClaimView): number {
  if (warmedUp) return 0;
  warmedUp = true;
  const count = view.raw.length;
  let derived = 0;
  for (let k = 0; k < Math.min(CLAIMS, count); k += 1) {
    const claim = view.raw.at(Math.floor((k * count) / CLAIMS)) as Claim;
    const note = 'A warm-up edit, never stored';
    if (withEdited(view, { ...claim, verification: { ...claim.verification, note } })) derived += 1;
    if (withStateChanged(view, claim)) derived += 1;
    // A new claim's answer too: a copy under an id the view lacks, added to nothing. At 1,000,000 SYNTHETIC claims the
    // first new claim a server answered took 200–300 ms without it, 90–130 with it; the next ones 25–70 (twenty-fourth
    // pass, a client in another process).
    if (withAdded(view, { ...claim, id: `${claim.id}-warm-up` })) derived += 1;
  }
  return derived;
}

/** For tests: runs the next call again, as in a new process. */
export function forgetWarmUpWriteAnswers(): void {
  warmedUp = false;
}
