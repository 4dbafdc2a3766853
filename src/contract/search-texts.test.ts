import fc from 'fast-check';
import { searchTextsIn, withSearchTextInserted } from './search-texts';
import { textAt } from './text-chunks';
import { signatureOf } from './text-signature';

/** Short folded texts from few characters, some empty. */
const text = fc.string({ unit: fc.constantFrom(...'ab1-ü漢 '), maxLength: 8 });

describe('search texts', () => {
  it('keep each text and its signature in their place after texts are inserted anywhere, in chunks split alike', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.tuple(fc.nat(), text), { minLength: 1, maxLength: 25 }),
        (texts, size, inserts) => {
          let searched = searchTextsIn(texts, size);
          const expected = [...texts];
          for (const [at, t] of inserts) {
            const index = at % (expected.length + 1);
            searched = withSearchTextInserted(searched, index, t);
            expected.splice(index, 0, t);
          }
          const { texts: chunks, signatures } = searched;
          expect(expected.map((_, i) => textAt(chunks, i))).toEqual(expected);
          // One chunk of signatures per chunk of texts, as long.
          expect(signatures.map((chunk) => chunk.low.length)).toEqual(chunks.starts.map((s) => s.length - 1));
          expect(signatures.flatMap((chunk) => [...chunk.low])).toEqual(expected.map((t) => signatureOf(t).low));
          expect(signatures.flatMap((chunk) => [...chunk.high])).toEqual(expected.map((t) => signatureOf(t).high));
        },
      ),
      { numRuns: 500 },
    );
  });
});
