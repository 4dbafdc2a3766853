import { parse } from 'csv-parse/sync';
import { csvComment, neutraliseCell, restoreCell, toCsv } from './csv';

describe('neutraliseCell (CSV formula injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['  =cmd|calc', "'  =cmd|calc"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ["'=1+1", "''=1+1"],
  ])('neutralises %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['1500', 'Reuters', 'Yonhap (citing the NIS)', 'a = b', 'e-mail', '', "'quoted", "it's"])(
    'leaves %j alone',
    (input) => {
      expect(neutraliseCell(input)).toBe(input);
    },
  );

  it.each(["'=1+1", "''=1", "'plain", "'"])('restores only what it neutralised: %j', (input) => {
    expect(restoreCell(neutraliseCell(input))).toBe(input);
  });

  it('keeps a neutralised cell one cell when read back', () => {
    const csv = toCsv([
      ['id', 'quote'],
      ['C1', '=1+1, "quoted"\nnext line'],
    ]);
    expect(parse(csv)[1]).toEqual(['C1', `'=1+1, "quoted"\nnext line`]);
  });

  it('quotes a cell starting with "#", so that no data line reads as a comment', () => {
    expect(toCsv([['#1', 'a#b']])).toBe('"#1",a#b\r\n');
  });

  it('writes a comment line that stays one text cell', () => {
    expect(csvComment('view: https://x.example/?a=1,2 "q"\nnext')).toBe(
      '# view: https://x.example/?a=1%2C2 %22q%22%0Anext\r\n',
    );
    expect(parse(csvComment('a, "b"'))).toEqual([['# a%2C %22b%22']]);
  });
});
