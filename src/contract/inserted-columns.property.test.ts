import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { insertedIn, insertedInPages } from './inserted-columns';
import { forgetRecycling, recycled, retireArrays } from './recycled-arrays';

afterEach(forgetRecycling);

/** Pages of 2 ** bits places holding `values`, every page full but the last. */
const paged = (values: number[], bits: number) => {
  const pages: Int32Array[] = [];
  for (let first = 0; first < values.length; first += 2 ** bits)
    pages.push(Int32Array.from(values.slice(first, first + 2 ** bits)));
  return pages;
};

/** Buffers full of a value no column holds, retired: the inserts below are written into them. */
function litterRecycling(lengths: number[]) {
  const litter = lengths.map((length) => recycled(Int32Array, length).fill(-77));
  retireArrays(litter, []);
}

const VALUES = fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 40 });

describe('columns with a place inserted', () => {
  it('insertedIn: the column with the value at its position, every later place one on, the column left as it was', () => {
    fc.assert(
      fc.property(VALUES, fc.nat(), fc.integer({ min: 0, max: 1000 }), (values, at, value) => {
        const position = at % (values.length + 1);
        const column = Int32Array.from(values);
        litterRecycling([values.length + 1]);
        const inserted = insertedIn(column, position, value);
        const expected = [...values];
        expected.splice(position, 0, value);
        expect([...inserted]).toEqual(expected);
        expect([...column]).toEqual(values);
      }),
    );
  });

  it('insertedInPages: the same places, in pages all full but the last, the pages before its page shared', () => {
    fc.assert(
      fc.property(
        VALUES,
        fc.nat(),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 3 }),
        (values, at, value, bits) => {
          const position = at % (values.length + 1);
          const pages = paged(values, bits);
          litterRecycling([2 ** bits, 2 ** bits, 1, 2]);
          const inserted = insertedInPages(pages, bits, position, value, Int32Array);
          const expected = [...values];
          expected.splice(position, 0, value);
          expect(inserted.flatMap((page) => [...page])).toEqual(expected);
          inserted.forEach((page, p) => expect(page.length).toBe(p < inserted.length - 1 ? 2 ** bits : page.length));
          expect(inserted.length).toBe(Math.ceil(expected.length / 2 ** bits));
          for (let p = 0; p < position >>> bits; p += 1) expect(inserted[p]).toBe(pages[p]);
          expect(pages.flatMap((page) => [...page])).toEqual(values);
        },
      ),
    );
  });
});
