import fc from 'fast-check';
import { z } from './zod-mini';
import { count, findHiddenCharacter, text } from './text-rules';
import { issuesFromZod } from './issues-from-zod';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? [] : issuesFromZod(result.error);
};
const codesOf = (schema: z.ZodMiniType, value: unknown) => issuesOf(schema, value).map((i) => i.code);

const HIDDEN: [string, string][] = [
  ['\u061C', 'ARABIC LETTER MARK'],
  ['\u200E', 'LEFT-TO-RIGHT MARK'],
  ['\u200F', 'RIGHT-TO-LEFT MARK'],
  ['\u202A', 'LEFT-TO-RIGHT EMBEDDING'],
  ['\u202B', 'RIGHT-TO-LEFT EMBEDDING'],
  ['\u202C', 'POP DIRECTIONAL FORMATTING'],
  ['\u202D', 'LEFT-TO-RIGHT OVERRIDE'],
  ['\u202E', 'RIGHT-TO-LEFT OVERRIDE'],
  ['\u2066', 'LEFT-TO-RIGHT ISOLATE'],
  ['\u2067', 'RIGHT-TO-LEFT ISOLATE'],
  ['\u2068', 'FIRST STRONG ISOLATE'],
  ['\u2069', 'POP DIRECTIONAL ISOLATE'],
  ['\u200B', 'ZERO WIDTH SPACE'],
  ['\u200C', 'ZERO WIDTH NON-JOINER'],
  ['\u200D', 'ZERO WIDTH JOINER'],
  ['\u2060', 'WORD JOINER'],
  ['\uFEFF', 'ZERO WIDTH NO-BREAK SPACE'],
  ['\u180E', 'MONGOLIAN VOWEL SEPARATOR'],
];
const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

describe('text', () => {
  it.each([
    ['', 'empty_text', 'Must not be empty'],
    ['   ', 'empty_text', 'Must not be empty'],
    ['x'.repeat(201), 'too_long', 'At most 200 characters (this has 201)'],
    ['NIS\u0007', 'control_character', 'Contains a control character (U+0007), which has no place in text'],
    ['Reuters\nEvil', 'not_one_line', 'Must be one line: no tabs or line breaks'],
    ['Reuters\tEvil', 'not_one_line', 'Must be one line: no tabs or line breaks'],
  ])('refuses %j in a one-line field with %s', (value, code, message) => {
    expect(issuesOf(text(200), value)).toEqual([{ field: '(row)', code, message }]);
  });

  it.each(HIDDEN)('refuses %j (%s) in a one-line field, naming it', (char, name) => {
    const issues = issuesOf(text(200), `Yon${char}hap`);
    expect(issues).toEqual([
      {
        field: '(row)',
        code: 'hidden_character',
        message: expect.stringContaining(`Contains an invisible ${codePoint(char)} ${name}, which `) as string,
      },
    ]);
    expect(issues[0]?.message).toMatch(/; remove it$/);
  });

  it('says what a right-to-left override does', () => {
    expect(issuesOf(text(200), 'invoice\u202Egnp.exe')[0]?.message).toBe(
      'Contains an invisible U+202E RIGHT-TO-LEFT OVERRIDE, which can reverse how the text around it reads; remove it',
    );
  });

  it.each(HIDDEN)('accepts %j (%s) in a multi-line field, with tabs and line breaks', (char) => {
    const value = `"We will\u00a0${char}send"\n\t— the minister`;
    expect(z.safeParse(text(2000, { multiline: true }), value)).toEqual({ success: true, data: value });
  });

  it('trims, and accepts ordinary text in any script', () => {
    expect(z.safeParse(text(200), '  연합뉴스 · Укрінформ · العربية · עברית  ')).toEqual({
      success: true,
      data: '연합뉴스 · Укрінформ · العربية · עברית',
    });
  });

  it('keeps the limits in the OpenAPI document', () => {
    expect(z.toJSONSchema(text(120))).toMatchObject({ type: 'string', minLength: 1, maxLength: 120 });
    expect(z.toJSONSchema(count('A figure'))).toMatchObject({ type: 'number', minimum: 0 });
  });

  it('refuses a hidden character wherever it is inserted in a one-line field, and never in a multi-line one', () => {
    const letters = fc.constantFrom(...'aZ 9-가나Укр\u00e9عبשל'.split(''));
    fc.assert(
      fc.property(
        fc.string({ unit: letters, minLength: 1, maxLength: 40 }),
        fc.constantFrom(...HIDDEN),
        fc.nat(),
        (base, [char, name], at) => {
          const position = at % (base.length + 1);
          const value = `${base.slice(0, position)}${char}${base.slice(position)}`;
          // String.prototype.trim removes U+FEFF (a byte order mark) at either end: trimmed away, not hidden.
          const survivesTrim = findHiddenCharacter(value.trim()) !== null;
          expect(survivesTrim || char === '\uFEFF').toBe(true);
          if (survivesTrim) {
            expect(codesOf(text(200), value)).toContain('hidden_character');
            expect(findHiddenCharacter(value)).toEqual({ codePoint: codePoint(char), name });
          }
          expect(codesOf(text(200, { multiline: true }), value)).not.toContain('hidden_character');
        },
      ),
    );
  });
});

describe('findHiddenCharacter', () => {
  it.each([
    ['plain text', null],
    ['', null],
    ['a\u00a0b', null],
    ['a\u202Eb\u200Bc', { codePoint: 'U+202E', name: 'RIGHT-TO-LEFT OVERRIDE' }],
  ])('%j → %j', (value, expected) => {
    expect(findHiddenCharacter(value)).toEqual(expected);
  });
});

describe('count', () => {
  it.each([[0], [1500], [2.5]])('accepts %s', (value) => {
    expect(z.safeParse(count('A figure'), value)).toEqual({ success: true, data: value });
  });

  it('refuses a negative number with its code, and only once', () => {
    expect(issuesOf(count('A figure'), -1)).toEqual([
      { field: '(row)', code: 'negative', message: 'A figure cannot be negative' },
    ]);
  });
});
