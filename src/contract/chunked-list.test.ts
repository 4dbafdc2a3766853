import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkedList, sameSegments } from './chunked-list';

describe('ChunkedList', () => {
  it('reads as the array it was made from, by position and in order, in chunks of any size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 9 }), (items, size) => {
        const list = ChunkedList.of(items, size);
        expect(list.length).toBe(items.length);
        expect([...list]).toEqual(items);
        for (let i = -items.length - 1; i <= items.length; i += 1) expect(list.at(i)).toBe(items.at(i));
        expect(list.at(0.5)).toBeUndefined();
        expect(list.toArray()).toBe(items);
      }),
    );
  });

  it('copies with items replaced, leaving the list it was copied from as it was', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer(), { minLength: 1 })
          .chain((items) =>
            fc.tuple(
              fc.constant(items),
              fc.array(fc.tuple(fc.nat(items.length - 1), fc.integer())),
              fc.integer({ min: 1, max: 9 }),
            ),
          ),
        ([items, replacements, size]) => {
          const before = ChunkedList.of([...items], size);
          const expected = [...items];
          for (const [i, value] of replacements) expected[i] = value;
          const after = before.withReplaced(replacements);
          expect([...after]).toEqual(expected);
          expect(after.toArray()).toEqual(expected);
          expect(after.length).toBe(items.length);
          expect([...before]).toEqual(items);
          expect(before.toArray()).toEqual(items);
        },
      ),
    );
  });

  it('copies with items inserted anywhere, then replaced, leaving each list it was copied from as it was', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.integer()), { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.integer()), { maxLength: 5 }),
        fc.integer({ min: 1, max: 9 }),
        (items, inserts, replacements, size) => {
          let list = ChunkedList.of([...items], size);
          const expected = [...items];
          for (const [at, value] of inserts) {
            const before = list;
            const seen = [...before];
            const index = at % (expected.length + 1);
            list = list.withInserted(index, value);
            expected.splice(index, 0, value);
            expect([...before]).toEqual(seen);
            expect(list.length).toBe(expected.length);
          }
          // Read by position, from either end, as by iteration: every chunk found wherever the inserts put it.
          expect([...list]).toEqual(expected);
          for (let i = -expected.length - 1; i <= expected.length; i += 1) expect(list.at(i)).toBe(expected.at(i));
          if (expected.length === 0) return;
          const valid = replacements.map(([at, value]) => [at % expected.length, value] as const);
          for (const [i, value] of valid) expected[i] = value;
          const replaced = list.withReplaced(valid);
          expect([...replaced]).toEqual(expected);
          expected.forEach((value, i) => expect(replaced.at(i)).toBe(value));
          expect(replaced.toArray()).toEqual(expected);
        },
      ),
    );
  });

  it('gives the chunks holding a span, which are the same chunks in a copy changed elsewhere only', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer()), { maxLength: 6 }),
        fc.integer({ min: 1, max: 9 }),
        (items, a, b, changes, size) => {
          const from = a % (items.length + 1);
          const to = from + (b % (items.length - from + 1));
          let list = ChunkedList.of([...items], size);
          const expected = [...items];
          // Changed by inserts and replacements, alternately, anywhere.
          changes.forEach(([at, value], k) => {
            if (k % 2 === 0) {
              const index = at % (expected.length + 1);
              list = list.withInserted(index, value);
              expected.splice(index, 0, value);
            } else {
              const index = at % expected.length;
              list = list.withReplaced([[index, value]]);
              expected[index] = value;
            }
          });
          const end = Math.min(to, expected.length);
          const segments = list.segments(from, end);
          // The items of the span, in order, each chunk once.
          expect(segments.flatMap((s) => s.chunk.slice(s.from, s.to))).toEqual(expected.slice(from, end));
          expect(segments.every((s) => s.from < s.to)).toBe(true);
          expect(new Set(segments.map((s) => s.chunk)).size).toBe(segments.length);
          // A copy with an item changed: its segments of the span are the same exactly when the change is outside
          // every chunk that holds it.
          if (expected.length === 0) return;
          const at = (a + b) % expected.length;
          const copy = list.withReplaced([[at, 0.5]]);
          const outside = segments.every((s) => s.chunk !== list.segments(at, at + 1)[0]?.chunk);
          expect(sameSegments(copy.segments(from, end), segments)).toBe(outside);
          expect(sameSegments(list.segments(from, end), segments)).toBe(true);
        },
      ),
    );
  });

  it('inserts into an empty list, and refuses a position past its end', () => {
    const empty = ChunkedList.of<number>([], 2);
    const one = empty.withInserted(0, 7);
    expect([...one]).toEqual([7]);
    expect(one.at(0)).toBe(7);
    expect(() => one.withInserted(2, 9)).toThrow('No position 2 to insert at in a list of 1');
    expect(() => one.withInserted(-1, 9)).toThrow(RangeError);
  });

  it('refuses a position outside the list rather than growing it', () => {
    const list = ChunkedList.of([1, 2, 3], 2);
    expect(() => list.withReplaced([[3, 9]])).toThrow('No position 3 in a list of 3');
    expect(() => list.withReplaced([[-1, 9]])).toThrow(RangeError);
    expect(list.withReplaced([])).toBe(list);
  });
});
