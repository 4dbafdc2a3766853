import fc from 'fast-check';
import { searchSignature, signatureOf, signaturesOf } from './text-signature';

/** Whether a text with this signature may hold every word: the test a scan makes before reading the text. */
const mayHold = (text: string, words: string[]) => {
  const had = signatureOf(text);
  const needed = searchSignature(words);
  return (had.low & needed.low) === needed.low && (had.high & needed.high) === needed.high;
};

/** Short texts from few characters (digits, letters, others that share bits), so that words are often found. */
const text = fc.string({ unit: fc.constantFrom(...'09azk-– зж漢ü'), maxLength: 12 });

describe('text signatures', () => {
  it('never rule out a text that holds every word, and are enough for words of one digit or letter', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(
          text.filter((w) => w.length > 0),
          { minLength: 1, maxLength: 3 },
        ),
        (t, words) => {
          const holds = words.every((w) => t.includes(w));
          if (holds) expect(mayHold(t, words)).toBe(true);
          if (searchSignature(words).enough) expect(mayHold(t, words)).toBe(holds);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('give a digit or a letter a bit of its own and tell a text without it', () => {
    expect(mayHold('syn-000123', ['7'])).toBe(false);
    expect(mayHold('syn-000123', ['3'])).toBe(true);
    expect(mayHold('kursk', ['z'])).toBe(false);
    expect(searchSignature(['7', 'k']).enough).toBe(true);
    // Two characters, or one without a bit of its own, need the text read.
    expect(searchSignature(['12']).enough).toBe(false);
    expect(searchSignature(['з']).enough).toBe(false);
    expect(searchSignature(['-']).enough).toBe(false);
  });

  it('are kept per text, by position', () => {
    const signatures = signaturesOf(['a', '7', '']);
    expect([...signatures.low]).toEqual([signatureOf('a').low, signatureOf('7').low, 0]);
    expect([...signatures.high]).toEqual([0, 0, 0]);
  });
});
