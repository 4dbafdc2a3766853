import fc from 'fast-check';
import { chunkHolding } from './chunk-layout';
import { chunkTexts, withTextsReplaced, type TextChunks } from './text-chunks';
import { holdsPair, pairOf, writeTextsHoldingPair, type PairIndex } from './text-pairs';

/** Short texts from few characters (digits, letters, others), so that pairs are often found, some empty. */
// A text may hold the chunks' own separator (a stored text from before text rules refused control characters).
const text = fc.string({ unit: fc.constantFrom(...'az09-ü漢 \u0000'), maxLength: 40 });
/** Words of two characters, some of them not two digits or letters. */
const word = fc.string({ unit: fc.constantFrom(...'az09-ü '), minLength: 2, maxLength: 2 });

/** Which texts the chunks' pair indexes say hold `w`. */
const holders = (chunks: TextChunks, w: string) =>
  Array.from({ length: chunks.length }, (_, i) => {
    const c = chunkHolding(chunks.layout, i);
    return holdsPair(chunks.pairs[c] as PairIndex, pairOf(w), i - (chunks.layout.firsts[c] as number));
  });

describe('pair indexes of text chunks', () => {
  it('number exactly the words of two digits or letters', () => {
    expect(pairOf('23')).toBeGreaterThanOrEqual(0);
    expect(pairOf('un')).toBeGreaterThanOrEqual(0);
    expect(pairOf('23')).not.toBe(pairOf('32'));
    for (const w of ['2', '234', 'u-', 'ü1', ' 1', 'UN', '']) expect(pairOf(w)).toBe(-1);
  });

  it('say which texts hold a pair, in chunks of any size (more than 32 texts too), after some texts are replaced', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 90 }),
        fc.integer({ min: 1, max: 70 }),
        fc.array(
          word.filter((w) => pairOf(w) >= 0),
          { minLength: 1, maxLength: 3 },
        ),
        fc.array(fc.tuple(fc.nat(), text), { maxLength: 5 }),
        (texts, size, words, replacements) => {
          const chunks = chunkTexts(texts, size);
          for (const w of words) expect(holders(chunks, w)).toEqual(texts.map((t) => t.includes(w)));
          if (texts.length === 0) return;
          const replaced = new Map(replacements.map(([at, t]) => [at % texts.length, t]));
          const after = texts.map((t, i) => replaced.get(i) ?? t);
          const edited = withTextsReplaced(chunks, replaced);
          for (const w of words) {
            expect(holders(edited, w)).toEqual(after.map((t) => t.includes(w)));
            // The index before is left as it was.
            expect(holders(chunks, w)).toEqual(texts.map((t) => t.includes(w)));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('write the places of the texts that hold a pair, ascending, as testing each text one by one finds them', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 200 }),
        fc.integer({ min: 1, max: 100 }),
        word.filter((w) => pairOf(w) >= 0),
        fc.nat({ max: 5 }),
        (texts, size, w, at) => {
          const chunks = chunkTexts(texts, size);
          const out = new Int32Array(at + texts.length).fill(-7);
          let next = at;
          chunks.pairs.forEach((index, chunk) => {
            next = writeTextsHoldingPair(index, pairOf(w), chunk * size, out, next);
          });
          const expected = texts.flatMap((t, i) => (t.includes(w) ? [i] : []));
          expect([...out.subarray(at, next)]).toEqual(expected);
          // Nothing written before `at` or after the last place.
          expect([...out.subarray(0, at), ...out.subarray(next)].every((v) => v === -7)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('find a pair only inside a text, never across the end of one and the start of the next', () => {
    const chunks = chunkTexts(['ab', 'cd', 'b c', 'x9'], 4);
    expect(holders(chunks, 'bc')).toEqual([false, false, false, false]);
    expect(holders(chunks, 'x9')).toEqual([false, false, false, true]);
    expect(holders(chunks, 'ab')).toEqual([true, false, false, false]);
  });
});
