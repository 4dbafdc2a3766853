import { balanceColumns, clampLines, wrapText, type TextMeasure } from './svg-text';

/** 1 px per character: widths are lengths. */
const mono: TextMeasure = (text) => text.length;
const style = { size: 10, weight: 400 };

describe('wrapText', () => {
  it.each([
    ['fills lines up to the width', 'aaa bbb ccc ddd', 7, ['aaa bbb', 'ccc ddd']],
    ['keeps a short text whole', 'aaa', 7, ['aaa']],
    [
      'cuts an address after a slash, starting on the current line',
      'see https://x.org/abcdef/ghijkl',
      12,
      ['see https://', 'x.org/abcdef', '/ghijkl'],
    ],
    ['cuts a word with no slash where it must', 'abcdefghijklmnop', 6, ['abcdef', 'ghijkl', 'mnop']],
  ])('%s', (_, text, width, lines) => {
    expect(wrapText(text, width, style, mono)).toEqual(lines);
  });

  it('lets the first line be wider (beside a hanging number)', () => {
    expect(wrapText('[1] aaa bbb ccc', 7, style, mono, 11)).toEqual(['[1] aaa bbb', 'ccc']);
  });

  it('never returns a line wider than it was given', () => {
    const text = 'word '.repeat(30) + 'https://example.org/' + 'x'.repeat(50);
    for (const width of [8, 13, 21, 40])
      for (const line of wrapText(text, width, style, mono)) expect(line.length).toBeLessThanOrEqual(width);
  });
});

describe('clampLines', () => {
  it('ends with an ellipsis that fits when lines are left out', () => {
    expect(clampLines(['aaaa', 'bbbb', 'cccc'], 2, 4, style, mono)).toEqual(['aaaa', 'bbb…']);
    expect(clampLines(['aaaa'], 2, 4, style, mono)).toEqual(['aaaa']);
  });
});

describe('balanceColumns', () => {
  it.each([
    [[3, 3, 3, 3], 2, [0, 2]],
    [[5, 1, 1, 1, 1, 1], 2, [0, 1]],
    [[1, 1, 1, 6], 2, [0, 3]],
    [[2, 2], 1, [0]],
    [[4], 2, [0]],
  ])('%j in %i columns starts them at %j', (heights, columns, starts) => {
    expect(balanceColumns(heights, columns)).toEqual(starts);
  });
});
