/*
 * The median of a run of numbers without sorting it (issue 15). A summary of 500,000 claims spent most of its time
 * sorting each group's values for the middle one; selecting it (Hoare's quickselect) reads each value a few times.
 */

/**
 * Reorders `values[from, to)` so that the one at `k` is the one a numeric sort would put there: those before it are no
 * larger, those after it no smaller.
 */
function selectInPlace(values: Float64Array, from: number, to: number, k: number): void {
  let low = from;
  let high = to - 1;
  while (high > low) {
    const a = values[low] as number;
    const b = values[(low + high) >>> 1] as number;
    const c = values[high] as number;
    // The median of three: no worse than halves on runs already in order.
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i += 1;
      while ((values[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const swapped = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swapped;
        i += 1;
        j -= 1;
      }
    }
    // [low, j] are no larger than the pivot, [i, high] no smaller, and any between equal it.
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return;
  }
}

/** Whether `value` sorts before 0 in a typed array's sort: negative, or -0. */
const belowZero = (value: number) => value < 0 || Object.is(value, -0);

/**
 * The value at `k` of a sort of `values[from, to)` when that is 0: -0 if more than `k - from` of them sort before 0
 * (a typed array's sort puts -0 before 0; the selection treats them as equal).
 */
function signedZeroAt(values: Float64Array, from: number, to: number, k: number): number {
  let below = 0;
  for (let i = from; i < to; i += 1) if (belowZero(values[i] as number)) below += 1;
  return below > k - from ? -0 : 0;
}

/**
 * The median of `values[from, to)` (at least one, none NaN), as a sort would give it: the middle value, or the mean of
 * the two middle ones. Reorders them.
 */
export function medianInPlace(values: Float64Array, from: number, to: number): number {
  const middle = from + ((to - from) >> 1);
  selectInPlace(values, from, to, middle);
  let upper = values[middle] as number;
  if (upper === 0) upper = signedZeroAt(values, from, to, middle);
  if ((to - from) % 2 === 1) return upper;
  // The one before the middle in a sort: the largest of those the selection left before it.
  let lower = -Infinity;
  for (let i = from; i < middle; i += 1) if ((values[i] as number) > lower) lower = values[i] as number;
  if (lower === 0) lower = signedZeroAt(values, from, to, middle - 1);
  return (lower + upper) / 2;
}
