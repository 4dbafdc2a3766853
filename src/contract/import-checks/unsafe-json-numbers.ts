import { issue, type Issue } from '../issue-schema';

/*
 * JSON.parse rounds a number it cannot hold exactly without a word: 12345678901234567890 comes
 * back as 12345678901234567000. Before parsing, every number literal beyond
 * Number.MAX_SAFE_INTEGER is turned into a marked string, so the import can refuse it by name
 * (figure-checks.ts) instead of storing a figure nobody wrote.
 */

/** Prefix of the string an unsafe number literal becomes; the NUL keeps it apart from any text a person would type. */
export const UNSAFE_NUMBER_MARK = '\u0000unsafe-number:';

/** The refusal of a number too large to hold exactly, wherever it is found (a marked JSON literal, a CSV cell, text). */
export const unsafeIntegerIssue = (field: string, written: string): Issue =>
  issue(
    field,
    'unsafe_integer',
    `${written} is beyond 9,007,199,254,740,991, the largest whole number that can be stored exactly, so it would be silently rounded; check the figure.`,
  );

const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Characters that can continue a number literal: digits, ".", "e", "E", "+", "-". */
const isNumberChar = (c: number) => isDigit(c) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === MINUS;

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Whether a number literal, as written (JSON grammar, or a CSV cell of digits), is beyond
 * Number.MAX_SAFE_INTEGER in magnitude: such a number cannot be held exactly. Decided on the
 * digits, never through Number(), so nothing is rounded on the way.
 */
export function isUnsafeNumberLiteral(literal: string): boolean {
  const match = /^[-+]?(\d*)(?:\.(\d*))?(?:[eE]([-+]?)(\d+))?$/.exec(literal);
  if (!match) return false;
  const [, whole = '', fraction = '', expSign = '', expDigits = '0'] = match;
  const digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '' || !/[1-9]/.test(digits)) return false;
  const trimmedExp = expDigits.replace(/^0+/, '');
  // An exponent this long makes the number astronomically large or small; Number holds the cap exactly.
  const exponentSize = trimmedExp.length > 15 ? 1e15 : Number(trimmedExp || '0');
  const exponent = expSign === '-' ? -exponentSize : exponentSize;
  const leadingZeros = (whole + fraction).length - digits.length;
  // How many digits the integer part has: digits before the point, moved by the exponent.
  const integerDigits = whole.length - leadingZeros + exponent;
  if (integerDigits !== MAX_SAFE_DIGITS.length) return integerDigits > MAX_SAFE_DIGITS.length;
  const integerPart = digits.slice(0, integerDigits).padEnd(integerDigits, '0');
  if (integerPart !== MAX_SAFE_DIGITS) return integerPart > MAX_SAFE_DIGITS;
  return /[1-9]/.test(digits.slice(integerDigits));
}

/**
 * The JSON text with every number literal beyond Number.MAX_SAFE_INTEGER in magnitude replaced by
 * the string `"<UNSAFE_NUMBER_MARK><literal as written>"`; everything else is left byte for byte,
 * so safe numbers parse to the same values. One pass, no backtracking: linear in the length.
 */
export function markUnsafeNumbers(jsonText: string): string {
  let out = '';
  let copiedUpTo = 0;
  const length = jsonText.length;
  let i = 0;
  while (i < length) {
    const c = jsonText.charCodeAt(i);
    if (c === QUOTE) {
      i += 1;
      while (i < length) {
        const s = jsonText.charCodeAt(i);
        if (s === BACKSLASH) i += 2;
        else if (s === QUOTE) break;
        else i += 1;
      }
      i += 1;
    } else if (isDigit(c) || c === MINUS) {
      const start = i;
      let hasExponent = false;
      while (i < length && isNumberChar(jsonText.charCodeAt(i))) {
        const n = jsonText.charCodeAt(i);
        hasExponent ||= n === 0x65 || n === 0x45;
        i += 1;
      }
      // Fifteen characters or fewer without an exponent cannot reach 9007199254740992.
      if (i - start <= 15 && !hasExponent) continue;
      const literal = jsonText.slice(start, i);
      if (JSON_NUMBER.test(literal) && isUnsafeNumberLiteral(literal)) {
        out += jsonText.slice(copiedUpTo, start) + JSON.stringify(UNSAFE_NUMBER_MARK + literal);
        copiedUpTo = i;
      }
    } else {
      i += 1;
    }
  }
  return copiedUpTo === 0 ? jsonText : out + jsonText.slice(copiedUpTo);
}

/** Whether a parsed value is a number literal that markUnsafeNumbers set aside. */
export const isUnsafeNumberMark = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(UNSAFE_NUMBER_MARK);

/** The number literal as written in the JSON, from its mark. */
export const unsafeNumberLiteral = (mark: string): string => mark.slice(UNSAFE_NUMBER_MARK.length);
