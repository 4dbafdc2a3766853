/*
 * Advance widths of the charts' typeface (Arial and its metric twins Liberation Sans and Helvetica: the font the
 * chart CSS names), in thousandths of an em, for regular and bold. Measured once with a canvas in Chromium. Text is
 * measured with this table on the server and in the browser alike, so a chart's layout needs no measurement and the
 * browser hydrates exactly what the server drew.
 */

const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ ¡¢£¤¥§©«®°±²³´µ¶·¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖ×ØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõö÷øùúûüýÿ–—‘’‚“”„†•…‰‹›€™−≈≤≥';
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584, 278, 333, 556, 556, 556, 556, 556, 737, 556, 737, 400, 549, 333, 333, 333, 576, 537, 278, 333, 365,
  556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 778,
  778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556,
  556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556, 500, 500, 556, 1000, 222, 222,
  222, 333, 333, 333, 556, 350, 1000, 1000, 333, 333, 556, 1000, 584, 549, 549, 549,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611,
  556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389,
  280, 389, 584, 278, 333, 556, 556, 556, 556, 556, 737, 556, 737, 400, 549, 333, 333, 333, 576, 556, 278, 333, 365,
  556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 778,
  778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556,
  556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611, 556, 556, 556, 1000, 278, 278,
  278, 500, 500, 500, 556, 350, 1000, 1000, 333, 333, 556, 1000, 584, 549, 549, 549,
];

const regular = new Map<string, number>();
const bold = new Map<string, number>();
[...CHARS].forEach((c, i) => {
  regular.set(c, REGULAR[i] ?? 556);
  bold.set(c, BOLD[i] ?? 611);
});

/** Wide East Asian scripts (Hangul, CJK, full-width forms) take a full em. */
const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
/** Marks that take no room: combining accents, zero-width and bidi controls (isolates around data). */
const ZERO_WIDTH = /[\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

function charWidth(c: string, table: Map<string, number>): number {
  const known = table.get(c);
  if (known !== undefined) return known;
  if (ZERO_WIDTH.test(c)) return 0;
  if (FULL_WIDTH.test(c)) return 1000;
  // Cyrillic, Greek and other alphabets: about a capital's width.
  return 640;
}

/** The width in px of `text` at `size` px and `weight` (600 and over: bold), in the charts' typeface. */
export function chartTextWidth(text: string, size: number, weight: number): number {
  const table = weight >= 600 ? bold : regular;
  let thousandths = 0;
  for (const c of text) thousandths += charWidth(c, table);
  return (thousandths * size) / 1000;
}
