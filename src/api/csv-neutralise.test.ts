import { neutraliseCell, parseCsv, toCsv } from './csv';

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
  ])('neutralises %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['1500', 'Reuters', 'Yonhap (citing the NIS)', 'a = b', 'e-mail', ''])('leaves %j alone', (input) => {
    expect(neutraliseCell(input)).toBe(input);
  });

  it('keeps a neutralised cell one cell when read back', () => {
    const csv = toCsv([['id', 'quote'], ['C1', '=1+1, "quoted"\nnext line']]);
    expect(parseCsv(csv)[1]).toEqual(['C1', `'=1+1, "quoted"\nnext line`]);
  });
});
