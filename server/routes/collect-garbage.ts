import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Views of this many claims or more are followed by a full collection once made (claim-list-cache.ts): reading one
 * leaves gigabytes of garbage (the rows as read and parsed), and V8 otherwise collected it during the reads that came
 * next. At 1,000,000 claims the summary thread's own collection (2,392 → 2,141 MB, 3.9 s of marking) made its share of
 * six summaries late, and they took 276–387 ms against 38–51 (sixteenth pass, docs/benchmarks.md).
 */
export const COLLECT_AFTER_VIEWS_OF = 100_000;

let gc: (() => void) | null = null;

/**
 * Runs V8's full collection of this thread's heap now, and says how long it took (ms). Node gives it only with
 * `--expose-gc`: the flag is set for this process the first time it is asked for, and the function is taken from a new
 * context, which V8 gives it to once the flag is set (or from the global one, where node was started with it).
 */
export function collectGarbage(): number {
  gc ??= (globalThis as { gc?: () => void }).gc ?? exposedGc();
  const started = performance.now();
  gc();
  return performance.now() - started;
}

function exposedGc(): () => void {
  setFlagsFromString('--expose-gc');
  const found: unknown = runInNewContext('gc');
  if (typeof found !== 'function') throw new Error('V8 did not expose its collection (--expose-gc)');
  return found as () => void;
}
