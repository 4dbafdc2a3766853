import { z } from './zod-mini';

/** C0 and C1 control characters; tab, line feed and carriage return are checked apart. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

const codePoint = (text: string, pattern: RegExp) => {
  const found = pattern.exec(text)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
};

/**
 * Trimmed, non-empty text of at most `max` characters with no control characters. Multi-line
 * fields (quotes, notes, rationales) may hold tabs and line breaks; single-line ones (names,
 * outlets, units) may not.
 */
export function text(max: number, options: { multiline?: boolean } = {}) {
  return z.string().check(
    z.trim(),
    z.minLength(1, 'Must not be empty'),
    z.maxLength(max, { error: (issue) => `At most ${max} characters (this has ${typeof issue.input === 'string' ? issue.input.length : '?'})` }),
    z.refine((value) => !CONTROL.test(value), { error: (issue) => `Contains a control character (${codePoint(String(issue.input), CONTROL)}), which has no place in text` }),
    z.refine((value) => options.multiline === true || !LINE_BREAK_OR_TAB.test(value), { error: 'Must be one line: no tabs or line breaks' }),
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
    .check(z.nonnegative(`${what} cannot be negative`));
}
