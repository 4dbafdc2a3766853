/*
 * Which characters a search text holds, as 64 bits (issue 15). A search for one or two characters finds them in about
 * half of a million claims' texts, so no index of words serves it, and reading every text took 25–30 ms. A text's
 * signature says which of the characters a search needs it lacks: a claim is read only when it has all of them, and a
 * search whose every word is one digit or letter needs no text at all.
 */

/** Bits 0–9 are the digits and 10–35 the letters a–z, one each; any other code unit shares one of the other 28. */
const SHARED_BITS = 28;

/** How many code units have a bit of their own: the digits and the letters a–z of a folded text. */
export const DIGITS_AND_LETTERS = 36;

/** A code unit's number among the digits and letters a–z (0–35: its own bit), or -1. */
export function digitOrLetterOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  return -1;
}

/** The bit (36–63) a code unit without one of its own shares with others. */
const sharedBitOf = (code: number) => DIGITS_AND_LETTERS + (code % SHARED_BITS);

/** bitOf of the code units below 128, looked up (every text is read code unit by code unit when a view is made). */
const ASCII_BITS = Int8Array.from({ length: 128 }, (_, code) => {
  const own = digitOrLetterOf(code);
  return own >= 0 ? own : sharedBitOf(code);
});

/** The bit (0–63) of a UTF-16 code unit of a folded text. */
function bitOf(code: number): number {
  return code < 128 ? (ASCII_BITS[code] as number) : sharedBitOf(code);
}

/** Whether a code unit has a bit of its own: then a signature says whether a text holds it, not only that it may. */
const hasOwnBit = (code: number) => digitOrLetterOf(code) >= 0;

/** Whether a signature says exactly whether a text holds `word`: a word of one digit or letter. */
export const answeredBySignature = (word: string) => word.length === 1 && hasOwnBit(word.charCodeAt(0));

/** A signature as two 32-bit halves: the low bits 0–31, the high 32–63. */
export interface Signature {
  low: number;
  high: number;
}

/** The signature of the code units of `texts` together. */
export function signatureOf(...texts: readonly string[]): Signature {
  let low = 0;
  let high = 0;
  for (const text of texts)
    for (let k = 0; k < text.length; k += 1) {
      const bit = bitOf(text.charCodeAt(k));
      if (bit < 32) low |= 1 << bit;
      else high |= 1 << (bit - 32);
    }
  return { low, high };
}

/**
 * What a search for `words` (folded, as searchWords gives them) needs of a text's signature, and whether having it is
 * enough: every word one code unit with a bit of its own.
 */
export function searchSignature(words: readonly string[]): Signature & { enough: boolean } {
  return {
    ...signatureOf(...words),
    enough: words.every(answeredBySignature),
  };
}

/** The signatures of `texts`, by position: the low halves and the high. */
export interface Signatures {
  low: Int32Array;
  high: Int32Array;
}

export function signaturesOf(texts: readonly string[]): Signatures {
  const low = new Int32Array(texts.length);
  const high = new Int32Array(texts.length);
  texts.forEach((text, i) => {
    const signature = signatureOf(text);
    low[i] = signature.low;
    high[i] = signature.high;
  });
  return { low, high };
}
