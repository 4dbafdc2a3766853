/*
 * Bitmaps of 32-bit words read back as the numbers of their set bits (bit j of word w is number 32 × w + j): a
 * summary's claims grouped by metric (places-by-metric.ts) and the texts that hold a pair (text-pairs.ts).
 */

/**
 * Writes into `out` from `at`, ascending, `offset` plus the number of each bit set in the `words` words of `bits` from
 * `from`: where the next would go. A word a bit at a time, lowest first, so a word with none set costs one test.
 */
export function writeSetBits(
  bits: Int32Array,
  from: number,
  words: number,
  offset: number,
  out: Int32Array,
  at: number,
): number {
  let next = at;
  for (let w = 0; w < words; w += 1) {
    const base = offset + (w << 5);
    for (let word = bits[from + w] as number; word !== 0; word &= word - 1)
      out[next++] = base + 31 - Math.clz32(word & -word);
  }
  return next;
}
