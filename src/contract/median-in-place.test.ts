import fc from 'fast-check';
import { medianInPlace } from './median-in-place';

/** The median as the summary took it before: sort, then the middle value or the mean of the two middle ones. */
function sortedMedian(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Numbers with many repeats and both zeros, as groups of figures have them. */
const value = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom(0, -0, 1e9, -1e9, 0.5),
  fc.double({ noNaN: true }),
);

describe('medianInPlace', () => {
  it('gives the median a sort gives, sign of zero included, for a run inside a longer array', () => {
    fc.assert(
      fc.property(fc.array(value), fc.array(value, { minLength: 1 }), fc.array(value), (before, run, after) => {
        const values = Float64Array.from([...before, ...run, ...after]);
        const median = medianInPlace(values, before.length, before.length + run.length);
        expect(Object.is(median, sortedMedian(run))).toBe(true);
        // Only the run is reordered, and it keeps its values.
        expect([...values.subarray(0, before.length)]).toEqual(before);
        expect([...values.subarray(before.length + run.length)]).toEqual(after);
        expect([...values.subarray(before.length, before.length + run.length).sort()]).toEqual([
          ...Float64Array.from(run).sort(),
        ]);
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the middle of an odd run and the mean of the two middle values of an even one', () => {
    expect(medianInPlace(Float64Array.from([9, 1, 5]), 0, 3)).toBe(5);
    expect(medianInPlace(Float64Array.from([9, 1, 5, 3]), 0, 4)).toBe(4);
    expect(medianInPlace(Float64Array.from([7, 7, 7, 7, 7, 7]), 0, 6)).toBe(7);
    expect(Object.is(medianInPlace(Float64Array.from([0, -0, -0]), 0, 3), -0)).toBe(true);
  });

  it('selects in runs long enough to need several partitions, in order, reversed and all equal', () => {
    const ascending = Float64Array.from({ length: 10_001 }, (_, i) => i);
    expect(medianInPlace(ascending, 0, ascending.length)).toBe(5000);
    const descending = Float64Array.from({ length: 10_000 }, (_, i) => 10_000 - i);
    expect(medianInPlace(descending, 0, descending.length)).toBe(5000.5);
    expect(medianInPlace(new Float64Array(9999).fill(3), 0, 9999)).toBe(3);
  });
});
