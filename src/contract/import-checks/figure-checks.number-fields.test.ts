import { csvNumberCell, numberFieldIssue } from './figure-checks';
import { UNSAFE_NUMBER_MARK } from './unsafe-json-numbers';

describe('numberFieldIssue', () => {
  it.each([
    null,
    undefined,
    0,
    1500,
    2.5,
    Number.MAX_SAFE_INTEGER,
    -5,
    Infinity,
    NaN,
    true,
    {},
    [1500],
    'unknown',
    'N/A',
    '',
  ])('has nothing to say about %s (safe, or the schema’s job)', (value) => {
    expect(numberFieldIssue('figure.value', value)).toBeNull();
  });

  it.each([
    [
      `${UNSAFE_NUMBER_MARK}12345678901234567890`,
      /^12345678901234567890 is beyond 9,007,199,254,740,991, the largest whole number that can be stored exactly/,
    ],
    [`${UNSAFE_NUMBER_MARK}1e20`, /^1e20 is beyond/],
    [2 ** 60, /^1152921504606847000 is beyond/],
    ['12345678901234567890', /^"12345678901234567890" is beyond/],
    ['1e20', /^"1e20" \(100000000000000000000\) is beyond/],
  ])('refuses %s as an unsafe integer', (value, message) => {
    expect(numberFieldIssue('figure.value', value)).toEqual({
      field: 'figure.value',
      code: 'unsafe_integer',
      message: expect.stringMatching(message) as string,
    });
  });

  it.each([
    ['1500', '"1500" is a number written as text: give it as a number, without quotes: 1500.'],
    [
      '11.000',
      '"11.000" is text: in some countries it means eleven thousand, in others eleven. Write the number as digits only, without quotes: 11000 (or 11 if you meant eleven).',
    ],
    [
      '1,500',
      '"1,500" is text: in some countries it means one thousand five hundred, in others one point five. Write the number as digits only, without quotes: 1500 (or 1.5 if you meant one point five).',
    ],
    [
      '1 500',
      '"1 500" is text with thousands separators (spaces). Write the number as digits only, without quotes: 1500.',
    ],
    [
      "1'500",
      '"1\'500" is text with thousands separators (apostrophes). Write the number as digits only, without quotes: 1500.',
    ],
    [
      '15,000,000',
      '"15,000,000" is text with thousands separators (","). Write the number as digits only, without quotes: 15000000.',
    ],
    [
      '1.500,5',
      '"1.500,5" is text with thousands separators (".") and a decimal comma. Write the number as digits only, without quotes: 1500.5.',
    ],
    ['6,5', '"6,5" is text with a decimal comma. Write the number as digits only, without quotes: 6.5.'],
    ['1만5000', '"1만5000" is text with "만" (ten thousand). Write the number as digits only, without quotes: 15000.'],
    ['1.5만', '"1.5만" is text with "만" (ten thousand). Write the number as digits only, without quotes: 15000.'],
    [
      '12,000명',
      '"12,000명" is text with thousands separators and "명". Write the number as digits only, without quotes: 12000, and put "명" in the qualifier, the unit or the figure\'s text.',
    ],
    [
      '1억 2천만',
      '"1억 2천만" is text with "억" (hundred million), "천" (thousand) and "만" (ten thousand). Write the number as digits only, without quotes: 120000000.',
    ],
    ['12 тис.', '"12 тис." is text with "тис." (thousand). Write the number as digits only, without quotes: 12000.'],
    [
      '1,5 млн',
      '"1,5 млн" is text with a decimal comma and "млн" (million). Write the number as digits only, without quotes: 1500000.',
    ],
    ['12 тыс.', '"12 тыс." is text with "тыс." (thousand). Write the number as digits only, without quotes: 12000.'],
    ['12k', '"12k" is text with "k" (thousand). Write the number as digits only, without quotes: 12000.'],
    ['1.2 million', '"1.2 million" is text with "million". Write the number as digits only, without quotes: 1200000.'],
    [
      'twelve thousand',
      '"twelve thousand" is text with number words and "thousand". Write the number as digits only, without quotes: 12000.',
    ],
    [
      'about 1500',
      '"about 1500" is text with "about". Write the number as digits only, without quotes: 1500, and put "about" in the qualifier, the unit or the figure\'s text.',
    ],
    ['1e5', '"1e5" is written with an exponent. Write the number as digits only, without quotes: 100000.'],
  ])('describes %s and how to write it', (value, message) => {
    expect(numberFieldIssue('figure.value', value)).toEqual({ field: 'figure.value', code: 'number_as_text', message });
  });

  it.each(['several hundred', 'thousands', '12 troops and 5 tanks', '1,500 тис.'])(
    'asks for digits when %s gives no clear number',
    (value) => {
      expect(numberFieldIssue('figure.low', value)).toEqual({
        field: 'figure.low',
        code: 'number_as_text',
        message: expect.stringMatching(
          /is text, not a number\. Write the number as digits only, without quotes \(e\.g\. 1500/,
        ) as string,
      });
    },
  );
});

describe('csvNumberCell', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['1500', 1500],
    [' 2.5 ', 2.5],
    ['0', 0],
    ['0.500', 0.5],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %s', (cell, value) => {
    expect(csvNumberCell('value', cell)).toEqual({ value, issue: null });
  });

  it.each([
    ['9007199254740992', 'unsafe_integer', /^9007199254740992 is beyond 9,007,199,254,740,991/],
    ['123456789012345678901234567890', 'unsafe_integer', /is beyond/],
    ['-5', 'negative', /^Counts cannot be negative: -5$/],
    [
      '1.500',
      'number_as_text',
      /^"1\.500" is text: in some countries it means one thousand five hundred, in others one point five\. Write the number as digits only: 1500 \(or 1\.5/,
    ],
    [
      '11.000',
      'number_as_text',
      /^"11\.000" is text: in some countries it means eleven thousand, in others eleven\. Write the number as digits only: 11000 \(or 11 if you meant eleven\)\.$/,
    ],
    ['1,500', 'number_as_text', /^"1,500" is text: in some countries/],
    ['6,5', 'number_as_text', /^"6,5" is text with a decimal comma\. Write the number as digits only: 6\.5\.$/],
    ['1만5000', 'number_as_text', /Write the number as digits only: 15000\.$/],
    ['1,5 млн', 'number_as_text', /Write the number as digits only: 1500000\.$/],
    ['12k', 'number_as_text', /Write the number as digits only: 12000\.$/],
    [
      'unknown',
      'not_a_number',
      /^"unknown" is not a number: write it as digits only \(e\.g\. 1500\), or leave the cell empty/,
    ],
  ])('refuses %j with %s', (cell, code, message) => {
    const { value, issue } = csvNumberCell('value', cell);
    expect(value).toBeNull();
    expect(issue).toEqual({ field: 'value', code, message: expect.stringMatching(message) as string });
    expect(issue?.message).not.toMatch(/without quotes/);
  });
});
