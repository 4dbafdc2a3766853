import { escapeXml } from './svg-snapshot';

/** Width in px of a text at a font size and weight. */
export type TextMeasure = (text: string, size: number, weight: number) => number;

/** Hangul, CJK and full-width forms: a full em each. */
const FULL_WIDTH = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/**
 * A generous estimate for where no canvas can measure (tests, old browsers): never narrower than real text. A
 * Korean syllable takes a full em (about twice a Latin letter), so it counts as one.
 */
export const estimateTextWidth: TextMeasure = (text, size, weight) => {
  const narrow = weight >= 600 ? 0.62 : 0.58;
  let ems = 0;
  for (const c of text) ems += FULL_WIDTH.test(c) ? 1 : c.length * narrow;
  return ems * size;
};

/**
 * Measures with a canvas in the font the image will name, plus 4% for a viewer that substitutes a
 * slightly wider font; falls back to the estimate when the browser has no 2D canvas.
 */
export function canvasTextMeasure(fontFamily: string): TextMeasure {
  const context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return estimateTextWidth;
  return (text, size, weight) => {
    context.font = `${weight} ${size}px ${fontFamily}`;
    return context.measureText(text).width * 1.04;
  };
}

export interface TextStyle {
  size: number;
  weight: number;
  fill: string;
}

/**
 * Breaks a text into lines no wider than `width` (`firstWidth` for the first, e.g. beside a hanging
 * number). A word wider than a whole line (an address) fills the rest of the line it starts on and
 * goes on in pieces, cut after a "/" or "-" where one is near.
 */
export function wrapText(
  text: string,
  width: number,
  style: Pick<TextStyle, 'size' | 'weight'>,
  measure: TextMeasure,
  firstWidth = width,
): string[] {
  const room = (lineIndex: number) => (lineIndex === 0 ? firstWidth : width);
  const fits = (line: string, lineIndex: number) => measure(line, style.size, style.weight) <= room(lineIndex);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate, lines.length)) {
      line = candidate;
      continue;
    }
    if (fits(word, lines.length + (line ? 1 : 0))) {
      lines.push(line);
      line = word;
      continue;
    }
    // Longer than a line: cut it into pieces, the first one on the current line.
    let rest = word;
    let prefix = line ? `${line} ` : '';
    while (!fits(prefix + rest, lines.length)) {
      let cut = rest.length - 1;
      while (cut > 0 && !fits(prefix + rest.slice(0, cut), lines.length)) cut--;
      if (cut === 0 && prefix) {
        lines.push(prefix.trimEnd());
        prefix = '';
        continue;
      }
      const soft = Math.max(rest.lastIndexOf('/', cut - 1), rest.lastIndexOf('-', cut - 1)) + 1;
      cut = soft >= cut * 0.7 ? soft : Math.max(cut, 1);
      lines.push(prefix + rest.slice(0, cut));
      rest = rest.slice(cut);
      prefix = '';
    }
    line = prefix + rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** At most `max` lines, the last ending in "…" when text was left out. */
export function clampLines(
  lines: string[],
  max: number,
  width: number,
  style: Pick<TextStyle, 'size' | 'weight'>,
  measure: TextMeasure,
): string[] {
  if (lines.length <= max) return lines;
  let last = `${lines[max - 1] ?? ''}…`;
  while (last.length > 1 && measure(last, style.size, style.weight) > width) last = `${last.slice(0, -2)}…`;
  return [...lines.slice(0, max - 1), last];
}

/**
 * Splits blocks (heights in lines) into `columns` runs in reading order, so that the tallest run
 * is as short as it can be; a block is never split. Returns the index each column starts at.
 */
export function balanceColumns(heights: number[], columns: number): number[] {
  if (columns <= 1 || heights.length === 0) return [0];
  const total = heights.reduce((a, b) => a + b, 0);
  // Smallest column height that fits all blocks in `columns` runs (binary search on the answer).
  const fitsIn = (limit: number) => {
    let used = 0;
    let runs = 1;
    for (const h of heights) {
      if (h > limit) return false;
      if (used + h > limit) {
        runs++;
        used = 0;
      }
      used += h;
    }
    return runs <= columns;
  };
  let low = Math.max(...heights);
  let high = total;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (fitsIn(mid)) high = mid;
    else low = mid + 1;
  }
  const starts = [0];
  let used = 0;
  heights.forEach((h, i) => {
    if (used + h > low && i > 0) {
      starts.push(i);
      used = 0;
    }
    used += h;
  });
  return starts;
}

/** One SVG text element, its content escaped. */
export function svgText(x: number, y: number, text: string, style: TextStyle, attributes = ''): string {
  const weight = style.weight === 400 ? '' : ` font-weight="${style.weight}"`;
  return `<text x="${round(x)}" y="${round(y)}" font-size="${round(style.size)}"${weight} fill="${style.fill}"${attributes}>${escapeXml(text)}</text>`;
}

export const round = (n: number) => Math.round(n * 100) / 100;
