import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkCount, chunkHolding, chunkLayout, evenLayout, insertion, type ChunkLayout } from './chunk-layout';

/** Each chunk's length. */
const lengths = (layout: ChunkLayout) =>
  Array.from({ length: chunkCount(layout) }, (_, c) => (layout.firsts[c + 1] as number) - (layout.firsts[c] as number));

/** Every position found in the chunk whose first position and end hold it; past the end, the last chunk. */
function expectEveryPositionFound(layout: ChunkLayout) {
  const { firsts } = layout;
  const length = firsts[firsts.length - 1] as number;
  for (let i = 0; i < length; i += 1) {
    const c = chunkHolding(layout, i);
    expect(firsts[c]! <= i && i < firsts[c + 1]!, `position ${i} in chunk ${c} of ${firsts.join(',')}`).toBe(true);
  }
  expect(chunkHolding(layout, length)).toBe(Math.max(0, chunkCount(layout) - 1));
}

describe('chunk layout', () => {
  it('finds every position after inserts anywhere, each chunk but the last at least the size and all below twice it', () => {
    fc.assert(
      fc.property(
        fc.nat(60),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
        (length, size, inserts) => {
          let layout = evenLayout(length, size);
          expectEveryPositionFound(layout);
          let total = length;
          for (const at of inserts) {
            const index = at % (total + 1);
            const before = lengths(layout);
            const { chunk, parts, layout: after } = insertion(layout, index);
            // The chunk it joins holds its position (the last, for the end).
            if (before.length > 0) expect(chunk).toBe(chunkHolding(layout, index));
            const joined = (before[chunk] ?? 0) + 1;
            expect(parts.map(([from, to]) => to - from)).toEqual(
              joined >= 2 * size ? [joined >>> 1, joined - (joined >>> 1)] : [joined],
            );
            expect(parts[0]![0]).toBe(0);
            // Every other chunk as it was, in its place.
            expect(lengths(after)).toEqual([
              ...before.slice(0, chunk),
              ...parts.map(([from, to]) => to - from),
              ...before.slice(chunk + 1),
            ]);
            total += 1;
            layout = after;
          }
          expect(layout.firsts[0]).toBe(0);
          expect(layout.firsts[chunkCount(layout)]).toBe(total);
          const each = lengths(layout);
          each.slice(0, -1).forEach((n) => expect(n).toBeGreaterThanOrEqual(size));
          each.forEach((n) => expect(n).toBeLessThan(2 * size));
          expectEveryPositionFound(layout);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('starts an empty list with one chunk, and refuses a size below one', () => {
    const empty = evenLayout(0, 4);
    expect(chunkCount(empty)).toBe(0);
    const { chunk, parts, layout } = insertion(empty, 0);
    expect([chunk, parts, [...layout.firsts]]).toEqual([0, [[0, 1]], [0, 1]]);
    expect(() => chunkLayout(new Int32Array([0]), 0)).toThrow('Not a chunk size: 0');
    expect(() => evenLayout(3, 1.5)).toThrow(RangeError);
  });
});
