import { z } from './zod-mini';

/** C0 and C1 control characters; tab, line feed and carriage return are checked apart. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** Invisible characters that change how text reads or make two texts look alike. */
const HIDDEN_NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
};
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u180E]/;

const codePointOf = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
const codePoint = (text: string, pattern: RegExp) => codePointOf(pattern.exec(text)?.[0] ?? '');

/** The first bidi control or zero-width character in the text, by code point and Unicode name. */
export function findHiddenCharacter(text: string): { codePoint: string; name: string } | null {
  const found = HIDDEN.exec(text)?.[0];
  return found === undefined
    ? null
    : { codePoint: codePointOf(found), name: HIDDEN_NAMES[found.charCodeAt(0)] ?? 'INVISIBLE CHARACTER' };
}

function hiddenCharacterMessage(text: string): string {
  const found = findHiddenCharacter(text);
  if (!found) return 'Contains an invisible character; remove it';
  const effect = /OVERRIDE/.test(found.name)
    ? 'which can reverse how the text around it reads'
    : /MARK|EMBEDDING|ISOLATE|DIRECTIONAL/.test(found.name)
      ? 'which can change the direction in which the text around it reads'
      : 'which can make two different texts look the same';
  return `Contains an invisible ${found.codePoint} ${found.name}, ${effect}; remove it`;
}

const lengthOf = (input: unknown) => (typeof input === 'string' ? input.length : '?');

/*
 * Each rule is a refinement naming its issue code (`params.code`, read by issuesFromZod). Where
 * zod has a built-in check for the same limit (minLength, maxLength, nonnegative), it follows the
 * refinement only to put the limit into the OpenAPI document: the refinement aborts first, so the
 * built-in never reports anything of its own.
 */

/**
 * Trimmed, non-empty text of at most `max` characters with no control characters. Multi-line
 * fields (quotes, notes, rationales) may hold tabs, line breaks and bidi or zero-width characters
 * (they are shown isolated); single-line ones (names, outlets, units) may not.
 */
export function text(max: number, options: { multiline?: boolean } = {}) {
  const multiline = options.multiline === true;
  return z.string().check(
    z.trim(),
    z.refine((value) => value.length > 0, { error: 'Must not be empty', abort: true, params: { code: 'empty_text' } }),
    z.minLength(1),
    z.refine((value) => value.length <= max, {
      error: (issue) => `At most ${max} characters (this has ${lengthOf(issue.input)})`,
      abort: true,
      params: { code: 'too_long' },
    }),
    z.maxLength(max),
    z.refine((value) => !CONTROL.test(value), {
      error: (issue) =>
        `Contains a control character (${codePoint(String(issue.input), CONTROL)}), which has no place in text`,
      params: { code: 'control_character' },
    }),
    z.refine((value) => multiline || !LINE_BREAK_OR_TAB.test(value), {
      error: 'Must be one line: no tabs or line breaks',
      params: { code: 'not_one_line' },
    }),
    z.refine((value) => multiline || !HIDDEN.test(value), {
      error: (issue) => hiddenCharacterMessage(String(issue.input)),
      params: { code: 'hidden_character' },
    }),
  );
}

/** A count or size: a non-negative number, with a specific word for text such as "1,500". */
export function count(what: string) {
  return z
    .number({
      error: (issue) => {
        if (typeof issue.input === 'string') {
          return /\d[.,\s]\d/.test(issue.input)
            ? `"${issue.input}" is text, and as a locale-formatted number it is ambiguous (1,500 or 1.500?): give the digits, e.g. 1500`
            : `"${issue.input}" is text, not a number`;
        }
        return undefined;
      },
    })
    .check(
      z.refine((value) => value >= 0, {
        error: `${what} cannot be negative`,
        abort: true,
        params: { code: 'negative' },
      }),
      z.nonnegative(),
    );
}
