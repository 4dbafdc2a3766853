import fc from 'fast-check';
import { holdsPair, pairOf } from './text-pairs';
import { chunkHolding } from './chunk-layout';
import { chunkTexts, countTextsHolding, SEPARATOR, textAt, withTextInserted, withTextsReplaced } from './text-chunks';

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

  it('give back each text after texts are inserted anywhere, each chunk below twice the size, the chunks before kept', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 30 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.tuple(fc.nat(), text), { minLength: 1, maxLength: 25 }),
        fc.array(word, { minLength: 1, maxLength: 2 }),
        (texts, size, inserts, words) => {
          let chunks = chunkTexts(texts, size);
          const expected = [...texts];
          for (const [at, t] of inserts) {
            const before = chunks;
            const kept = [...expected];
            const index = at % (expected.length + 1);
            chunks = withTextInserted(chunks, index, t);
            expected.splice(index, 0, t);
            expect(kept.map((_, i) => textAt(before, i))).toEqual(kept);
          }
          expect(expected.map((_, i) => textAt(chunks, i))).toEqual(expected);
          expect(chunks.length).toBe(expected.length);
          // Each chunk's first position, and its texts: fewer than twice the size, none empty.
          chunks.starts.forEach((starts, c) => {
            const count = starts.length - 1;
            expect(count).toBeGreaterThan(0);
            expect(count).toBeLessThan(2 * size);
            expect((chunks.layout.firsts[c + 1] as number) - (chunks.layout.firsts[c] as number)).toBe(count);
          });
          expect([chunks.layout.firsts[0], chunks.layout.firsts[chunks.chunks.length]]).toEqual([0, expected.length]);
          // Searches read the chunks as made: the words, and the pairs of digits or letters.
          const counts = new Uint8Array(expected.length);
          words.forEach((w, k) => countTextsHolding(chunks, w, counts, k));
          expect([...counts].map((n) => n === words.length)).toEqual(
            expected.map((t) => words.every((w) => t.includes(w))),
          );
          for (const w of words.filter((w) => pairOf(w) >= 0))
            expect(
              expected.map((_, i) => {
                const c = chunkHolding(chunks.layout, i);
                return holdsPair(chunks.pairs[c]!, pairOf(w), i - (chunks.layout.firsts[c] as number));
              }),
            ).toEqual(expected.map((t) => t.includes(w)));
        },
      ),
      { numRuns: 500 },
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
