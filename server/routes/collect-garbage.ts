import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Views of this many claims or more are followed by a full collection once made (claim-list-cache.ts): reading one
 * leaves gigabytes of garbage (the rows as read and parsed), and V8 otherwise collected it during the reads that came
 * next. At 1,000,000 claims the summary thread's own collection (2,392 → 2,141 MB, 3.9 s of marking) made its share of
 * six summaries late, and they took 276–387 ms against 38–51 (sixteenth pass, docs/benchmarks.md).
 */
export const COLLECT_AFTER_VIEWS_OF = 100_000;

/** V8's collection as `--expose-gc` gives it: a full one, or with `{ type: 'minor' }` the young generation's. */
type Collect = (options?: { type: 'minor' | 'major' }) => void;

let gc: Collect | null = null;

/**
 * Runs V8's full collection of this thread's heap now, and says how long it took (ms). Node gives it only with
 * `--expose-gc`: the flag is set for this process the first time it is asked for, and the function is taken from a new
 * context, which V8 gives it to once the flag is set (or from the global one, where node was started with it).
 */
export function collectGarbage(): number {
  gc ??= (globalThis as { gc?: Collect }).gc ?? exposedGc();
  const started = performance.now();
  gc();
  return performance.now() - started;
}

/**
 * Runs V8's collection of the young generation now (a scavenge), and says how long it took (ms). A server runs one
 * after bringing a large view up to date after a write (claim-list-cache.ts): the update is work no answer but the read
 * after the write waits for, and it leaves the young generation full of what the new view keeps. At 1,000,000 claims a
 * scavenge takes 14–27 ms; one that fell in the next write or read put it over its 20 ms budget.
 */
export function collectYoungGarbage(): number {
  gc ??= (globalThis as { gc?: Collect }).gc ?? exposedGc();
  const started = performance.now();
  gc({ type: 'minor' });
  return performance.now() - started;
}

function exposedGc(): Collect {
  setFlagsFromString('--expose-gc');
  const found: unknown = runInNewContext('gc');
  if (typeof found !== 'function') throw new Error('V8 did not expose its collection (--expose-gc)');
  return found as Collect;
}
