import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkedList } from './chunked-list';

describe('ChunkedList', () => {
  it('reads as the array it was made from, by position and in order, in chunks of any size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 0, max: 4 }), (items, bits) => {
        const list = ChunkedList.of(items, bits);
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
              fc.integer({ min: 0, max: 3 }),
            ),
          ),
        ([items, replacements, bits]) => {
          const before = ChunkedList.of([...items], bits);
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

  it('refuses a position outside the list rather than growing it', () => {
    const list = ChunkedList.of([1, 2, 3], 1);
    expect(() => list.withReplaced([[3, 9]])).toThrow('No position 3 in a list of 3');
    expect(() => list.withReplaced([[-1, 9]])).toThrow(RangeError);
    expect(list.withReplaced([])).toBe(list);
  });
});
