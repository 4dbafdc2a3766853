/** Characters that change how text reads without showing: zero-width marks, bidi controls, soft hyphen. */
const HIDDEN = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The hidden characters in `text`, as code points ("U+202E"), in order of appearance. */
export function hiddenCharacters(text: string): string[] {
  return [...text.matchAll(HIDDEN)].map(
    (m) => `U+${(m[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
