import { describe, expect, it } from 'vitest';
import { copiedPages } from './copied-pages';

describe('copiedPages', () => {
  it('copies each page it changes once, shares the others, and leaves the pages before as they were', () => {
    const before = [Uint8Array.of(1, 2, 3, 4), Uint8Array.of(5, 6, 7, 8), Uint8Array.of(9, 10)];
    const pages = copiedPages(before, 2);
    pages.set(1, 20);
    pages.set(3, 40);
    pages.set(9, 100);
    expect(pages.pages.map((page) => [...page])).toEqual([
      [1, 20, 3, 40],
      [5, 6, 7, 8],
      [9, 100],
    ]);
    expect(pages.pages[1]).toBe(before[1]);
    expect(pages.pages[0]).not.toBe(before[0]);
    expect(before.map((page) => [...page])).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10],
    ]);
  });
});
