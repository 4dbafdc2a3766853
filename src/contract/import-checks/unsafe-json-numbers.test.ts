import fc from 'fast-check';
import {
  isUnsafeNumberLiteral,
  isUnsafeNumberMark,
  markUnsafeNumbers,
  UNSAFE_NUMBER_MARK,
  unsafeNumberLiteral,
} from './unsafe-json-numbers';

const marked = (literal: string) => JSON.stringify(UNSAFE_NUMBER_MARK + literal);

describe('markUnsafeNumbers', () => {
  it.each([
    ['9007199254740991', false],
    ['-9007199254740991', false],
    ['9007199254740992', true],
    ['-9007199254740992', true],
    ['9007199254740993', true],
    ['12345678901234567890', true],
    ['1e15', false],
    ['9.007199254740991e15', false],
    ['1e16', true],
    ['1E20', true],
    ['-1e+20', true],
    ['1.5e16', true],
    ['9007199254740991.0', false],
    ['9007199254740992.000', true],
    ['9007199254740991.5', true],
    ['1e400', true],
    ['123456789012345.678', false],
    ['0.000000000000000000001', false],
    ['1e-400', false],
    ['0e999999999999999999999', false],
    ['100000000000000000000e-5', false],
    ['100000000000000000000e-4', true],
    ['0.9007199254740992e16', true],
  ])('%s → unsafe: %s', (literal, unsafe) => {
    const json = `{"value":${literal}}`;
    expect(markUnsafeNumbers(json)).toBe(unsafe ? `{"value":${marked(literal)}}` : json);
  });

  it('marks numbers at any depth and keeps the rest byte for byte', () => {
    const json = '[1, [2, [12345678901234567890, {"a": [-99999999999999999999]}]], 3.5, true, null]';
    const out = markUnsafeNumbers(json);
    expect(out).toBe(
      `[1, [2, [${marked('12345678901234567890')}, {"a": [${marked('-99999999999999999999')}]}]], 3.5, true, null]`,
    );
    const parsed = JSON.parse(out) as [number, [number, [string, { a: [string] }]], number];
    expect(unsafeNumberLiteral(parsed[1][1][0])).toBe('12345678901234567890');
    expect(isUnsafeNumberMark(parsed[1][1][1].a[0])).toBe(true);
  });

  it.each([
    ['a number inside a string', '{"note": "12345678901234567890 shells"}'],
    ['an escaped quote before the digits', '{"note": "say \\"12345678901234567890\\" twice"}'],
    ['an escaped backslash then a closing quote', '{"a": "C:\\\\", "b": 5}'],
    ['a key made of digits', '{"12345678901234567890": 1}'],
  ])('leaves %s untouched', (_, json) => {
    expect(markUnsafeNumbers(json)).toBe(json);
  });

  it('marks a number right after a string ending in an escaped backslash', () => {
    expect(markUnsafeNumbers('["\\\\",12345678901234567890]')).toBe(`["\\\\",${marked('12345678901234567890')}]`);
  });

  it('leaves text that is not a JSON number alone', () => {
    expect(markUnsafeNumbers('[1234567890123456789-0]')).toBe('[1234567890123456789-0]');
  });

  it('leaves any JSON made of safe numbers exactly as it was', () => {
    const safeNumber = fc.oneof(
      fc.maxSafeInteger(),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
    );
    // Printable ASCII, and what string escaping must get right: quotes, backslashes, control and non-BMP characters.
    const unit = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('"', '\\', '\n', '\u0000', '\u2028', '😀', '\ud800'),
    );
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { maxDepth: 3 },
        fc.constant(null),
        fc.boolean(),
        safeNumber,
        fc.string({ unit, maxLength: 12 }),
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(fc.string({ unit, maxLength: 6 }), tie('value'), { maxKeys: 5 }),
      ),
    }));
    fc.assert(
      fc.property(value, fc.boolean(), (v, pretty) => {
        const input = JSON.stringify(v, null, pretty ? 2 : undefined);
        return markUnsafeNumbers(input) === input;
      }),
    );
  });

  it('marks every unsafe integer and nothing else', () => {
    const big = fc.bigInt({ min: 9007199254740992n, max: 10n ** 30n }).chain((n) => fc.constantFrom(n, -n));
    fc.assert(
      fc.property(fc.maxSafeInteger(), big, fc.string(), (safe, unsafe, words) => {
        const json = JSON.stringify({ words, safe, unsafe: 0 }).replace('"unsafe":0', `"unsafe":${unsafe}`);
        const parsed = JSON.parse(markUnsafeNumbers(json)) as { words: string; safe: number; unsafe: string };
        expect(parsed.words).toBe(words);
        expect(parsed.safe).toBe(safe);
        expect(unsafeNumberLiteral(parsed.unsafe)).toBe(String(unsafe));
      }),
    );
  });

  it('is fast on a multi-megabyte body', () => {
    const row = '{"id":"C-1","note":"a \\"quoted\\" 12345678901234567890","value":12345678901234567890,"low":1500}';
    const body = `[${Array.from({ length: 40_000 }, () => row).join(',')}]`;
    const started = performance.now();
    const out = markUnsafeNumbers(body);
    // About 30 ms for 4 MB on a quiet machine; the bound only catches a blowup (anything quadratic takes hours).
    expect(performance.now() - started).toBeLessThan(4000);
    expect((JSON.parse(out) as { value: unknown }[]).every((r) => isUnsafeNumberMark(r.value))).toBe(true);
  });
});

describe('isUnsafeNumberLiteral', () => {
  it.each([
    ['00009007199254740992', true],
    ['+9007199254740992', true],
    ['', false],
    ['abc', false],
    ['0.5', false],
  ])('%s → %s', (literal, unsafe) => {
    expect(isUnsafeNumberLiteral(literal)).toBe(unsafe);
  });
});

describe('isUnsafeNumberMark', () => {
  it.each([
    [`${UNSAFE_NUMBER_MARK}1e20`, true],
    ['1e20', false],
    [1e20, false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(isUnsafeNumberMark(value)).toBe(expected);
  });
});
