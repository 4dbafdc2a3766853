import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** From this many claims, a view derived whole is followed by a full collection. */
export const SETTLE_FROM = 100_000;

let collect: (() => void) | null | undefined;

/** V8's full collection, made callable once as `--expose-gc` would make it; null where the flag cannot be set. */
function fullCollection(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * Collects, at once, the garbage a view derived whole leaves (every row read, every claim parsed and derived: gigabytes
 * at 1,000,000 claims), while the derivation still holds the server. Left to the collector, that collection came during
 * the reads that followed, and with the view it marked took a first read 10.8 s and more (docs/benchmarks.md, tenth
 * pass). Below `from` claims a collection is short wherever it falls, and none is asked for. Says whether it ran.
 */
export function settleHeap(claims: number, from = SETTLE_FROM): boolean {
  if (claims < from) return false;
  const gc = fullCollection();
  if (!gc) return false;
  gc();
  return true;
}
