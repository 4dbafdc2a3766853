import fc from 'fast-check';
import { writeSetBits } from './set-bits';

describe('the set bits of a bitmap', () => {
  it('are written ascending, from where asked, offset, as testing each bit finds them, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 12 }),
        fc.nat({ max: 12 }),
        fc.nat({ max: 12 }),
        fc.nat({ max: 1000 }),
        fc.nat({ max: 5 }),
        (words, start, length, offset, at) => {
          const bits = Int32Array.from(words);
          const from = Math.min(start, bits.length);
          const count = Math.min(length, bits.length - from);
          const expected: number[] = [];
          for (let w = 0; w < count; w += 1)
            for (let j = 0; j < 32; j += 1)
              if (((bits[from + w] as number) >>> j) & 1) expected.push(offset + w * 32 + j);
          const out = new Int32Array(at + count * 32).fill(-7);
          const next = writeSetBits(bits, from, count, offset, out, at);
          expect([...out.subarray(at, next)]).toEqual(expected);
          expect([...out.subarray(0, at), ...out.subarray(next)].every((v) => v === -7)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
