import fc from 'fast-check';
import { chunkTexts, countTextsHolding, SEPARATOR, textAt, withTextsReplaced } from './text-chunks';

/** Short texts from few characters, so that words are often found, some empty. */
const text = fc.string({ unit: fc.constantFrom(...'ab1-ü漢 '), maxLength: 8 });
const word = fc.string({ unit: fc.constantFrom(...'ab1-ü漢'), minLength: 1, maxLength: 3 });

describe('text chunks', () => {
  it('give back each text, in chunks of any size, and after some are replaced', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.tuple(fc.nat(), text), { maxLength: 5 }),
        (texts, size, replacements) => {
          const chunks = chunkTexts(texts, size);
          expect(texts.map((_, i) => textAt(chunks, i))).toEqual(texts);
          if (texts.length === 0) return;
          const replaced = new Map(replacements.map(([at, t]) => [at % texts.length, t]));
          const after = texts.map((t, i) => replaced.get(i) ?? t);
          const edited = withTextsReplaced(chunks, replaced);
          expect(after.map((_, i) => textAt(edited, i))).toEqual(after);
          // The chunks before are left as they were.
          expect(texts.map((_, i) => textAt(chunks, i))).toEqual(texts);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('count, word after word, the texts that hold every word so far, across chunk ends', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(word, { minLength: 1, maxLength: 3 }),
        (texts, size, words) => {
          const chunks = chunkTexts(texts, size);
          const counts = new Uint8Array(texts.length);
          words.forEach((w, k) => countTextsHolding(chunks, w, counts, k));
          const holdsEvery = texts.map((t) => words.every((w) => t.includes(w)));
          expect([...counts].map((n) => n === words.length)).toEqual(holdsEvery);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('find a word only inside a text, never across the end of one and the start of the next', () => {
    const chunks = chunkTexts(['ab', 'cd', 'b c'], 2);
    const counts = new Uint8Array(3);
    countTextsHolding(chunks, 'bc', counts, 0);
    expect([...counts]).toEqual([0, 0, 0]);
    countTextsHolding(chunks, 'b', counts, 0);
    expect([...counts]).toEqual([1, 0, 1]);
    expect(chunks.chunks.every((chunk) => chunk.endsWith(SEPARATOR))).toBe(true);
  });
});
