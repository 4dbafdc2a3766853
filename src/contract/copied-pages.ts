import { recycledCopy } from './recycled-arrays';

/**
 * A column kept in pages of 2 ** `bits` places (a typed array each), to change a few places of: each page changed is
 * copied once, the others shared with the column before, which is left as it was. A write at 1,000,000 claims copies
 * a page, not a column (docs/benchmarks.md, twentieth pass).
 */
export function copiedPages<P extends Uint8Array | Int32Array>(pages: readonly P[], bits: number) {
  const copy = [...pages];
  const copied = new Set<number>();
  const mask = (1 << bits) - 1;
  return {
    pages: copy,
    /** Sets the place `index` of the column (page `index >>> bits`) to `value`. */
    set(index: number, value: number): void {
      const p = index >>> bits;
      if (!copied.has(p)) {
        copied.add(p);
        copy[p] = recycledCopy(copy[p] as P);
      }
      (copy[p] as P)[index & mask] = value;
    },
  };
}
