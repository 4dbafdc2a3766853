/** First strong isolate and pop directional isolate (Unicode bidi algorithm, UAX #9). */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** LRI, RLI, FSI: what opens an isolate. */
const OPENERS = new Set(['\u2066', '\u2067', FSI]);
const ANY_ISOLATE_MARK = /[\u2066-\u2069]/;

/**
 * What can reorder text: right-to-left letters and digits (Hebrew, Arabic, Syriac, Thaana, N'Ko…,
 * their presentation forms, the historic right-to-left scripts) and the bidi controls.
 */
const REORDERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]|\p{Bidi_Control}/u;

/**
 * Text from data as one bidi isolate, FSI + text + PDI, for SVG `<text>`, canvas and export strings
 * (Chromium honours isolates in SVG): it takes its direction from its first strong character, and
 * nothing in it (right-to-left words, an override) can reorder what stands around it. Isolate marks
 * inside the text are balanced first, so a stray PDI cannot end ours early. In HTML use `<bdi>`
 * (`DataText`) instead, so the page's text stays free of invisible characters.
 *
 * Text with no right-to-left character and no bidi control is returned as it is: it cannot reorder
 * its neighbours (an isolated neighbour counts as a neutral from outside), and the marks would
 * otherwise travel into every copy, print and PDF text (where they swallow the space beside them).
 */
export function isolate(text: string): string {
  return REORDERS.test(text) ? `${FSI}${balanced(text)}${PDI}` : text;
}

/** Drops PDIs that close nothing and closes isolates left open. */
function balanced(text: string): string {
  if (!ANY_ISOLATE_MARK.test(text)) return text;
  let open = 0;
  let out = '';
  for (const ch of text) {
    if (OPENERS.has(ch)) open += 1;
    else if (ch === PDI) {
      if (open === 0) continue;
      open -= 1;
    }
    out += ch;
  }
  return out + PDI.repeat(open);
}

/**
 * Lines of one wrapped text, each balanced on its own: every SVG `<text>` is a paragraph of its own,
 * so an isolate broken over two lines is closed at the end of the first and opened again on the
 * next, in the direction the whole field takes (LRI or RLI), not the direction its rest would take.
 */
export function isolateLines(lines: string[]): string[] {
  if (!lines.some((line) => ANY_ISOLATE_MARK.test(line))) return lines;
  const all = lines.flatMap((line) => [...line]);
  const open: string[] = [];
  let at = 0;
  return lines.map((line) => {
    const reopened = open.join('');
    for (const ch of line) {
      at += 1;
      if (ch === FSI) open.push(directionFrom(all, at));
      else if (OPENERS.has(ch)) open.push(ch);
      else if (ch === PDI) open.pop();
    }
    return `${reopened}${line}${PDI.repeat(open.length)}`;
  });
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** LRI or RLI: the direction an FSI starting at `start` takes from its first strong character (left-to-right when it has none). */
function directionFrom(chars: string[], start: number): string {
  let depth = 0;
  for (let i = start; i < chars.length; i += 1) {
    const ch = chars[i] ?? '';
    if (OPENERS.has(ch)) depth += 1;
    else if (ch === PDI) {
      if (depth === 0) break;
      depth -= 1;
    } else if (depth === 0 && RTL_LETTER.test(ch) && /\p{L}/u.test(ch)) return '\u2067';
    else if (depth === 0 && /\p{L}/u.test(ch)) return '\u2066';
  }
  return '\u2066';
}

/** A string composed with `isolate()`, cut into its plain runs and its isolated data parts (without the marks), for HTML. */
export function splitIsolates(text: string): { text: string; isolated: boolean }[] {
  const parts: { text: string; isolated: boolean }[] = [];
  let depth = 0;
  let run = '';
  const flush = (isolated: boolean) => {
    if (run) parts.push({ text: run, isolated });
    run = '';
  };
  for (const ch of text) {
    if (depth === 0 && ch === FSI) {
      flush(false);
      depth = 1;
    } else if (depth === 1 && ch === PDI) {
      flush(true);
      depth = 0;
    } else {
      if (depth > 0 && OPENERS.has(ch)) depth += 1;
      else if (depth > 1 && ch === PDI) depth -= 1;
      run += ch;
    }
  }
  flush(depth > 0);
  return parts;
}

/**
 * Printable Latin, Greek, Cyrillic and Hangul syllables, and punctuation other than joiners and direction
 * controls: no combining mark, joiner, surrogate, variation selector, regional indicator, jamo or CR LF pair.
 */
const ONE_UNIT_PER_CHARACTER =
  /^[\x20-\x7E\xA0-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\uAC00-\uD7A3]*$/;

let segmenter: Intl.Segmenter | null | undefined;
const defaultSegmenter = () =>
  (segmenter ??=
    typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
      : null);

/**
 * The characters a reader sees (grapheme clusters): a surrogate pair, a letter with its combining
 * marks, a flag or an emoji sequence is one. Without Intl.Segmenter, code points with their marks.
 */
export function graphemes(text: string, by?: Intl.Segmenter | null): string[] {
  // Text whose every code unit is a character of its own needs no segmenter (a page's first Intl segmenter loads
  // the locale data: one long task in the first view's script).
  if (by === undefined && ONE_UNIT_PER_CHARACTER.test(text)) return text.split('');
  const segmenter = by === undefined ? defaultSegmenter() : by;
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.segment);
  return text.match(/\P{M}\p{M}*|\p{M}+/gsu) ?? [];
}

/**
 * At most `max` characters (as a reader counts them), ending in "…" when shortened: cut after the
 * last whole word when that keeps more than half, and never inside a character.
 */
export function shorten(text: string, max: number): string {
  // A character is at least one code unit: text this short needs no counting.
  if (text.length <= max) return text;
  const chars = graphemes(text);
  if (chars.length <= max) return text;
  const kept = chars.slice(0, Math.max(max - 1, 1));
  const space = kept.findLastIndex((c) => /^\s+$/u.test(c));
  const cut = space > max / 2 ? kept.slice(0, space) : kept;
  return `${cut.join('').trimEnd()}…`;
}
