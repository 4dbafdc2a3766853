import { gradeCode, gradeInWords } from './grade-labels';

describe('grade labels', () => {
  it.each([
    [null, 'Not graded', 'Not graded'],
    [{ reliability: null, credibility: null }, 'Not graded', 'Not graded'],
    [{ reliability: 'B', credibility: 2 }, 'B2', 'B2 — source usually reliable; information probably true'],
    [
      { reliability: 'F', credibility: null },
      'F?',
      'F? — source reliability cannot be judged; information credibility not set',
    ],
    [
      { reliability: null, credibility: 6 },
      '?6',
      '?6 — source reliability not set; information truth cannot be judged',
    ],
  ] as const)('%j reads %s', (grade, code, words) => {
    expect(gradeCode(grade)).toBe(code);
    expect(gradeInWords(grade)).toBe(words);
  });
});
