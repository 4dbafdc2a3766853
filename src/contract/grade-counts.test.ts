import { makeClaim } from '@/testing/make-claim';
import { GRADE_TOKENS, claimsToCount, gradeCounts, parseGradeCountParams } from './grade-counts';

const counted = (answer: ReturnType<typeof gradeCounts>) =>
  Object.fromEntries(answer.counts.filter((c) => c.count > 0).map((c) => [c.token, c.count]));

/** Synthetic claims (test fixtures, not real grading). */
const claims = [
  makeClaim({ id: 'G1', grade: { reliability: 'B', credibility: 2 } }),
  makeClaim({ id: 'G2', grade: { reliability: 'B', credibility: null } }),
  makeClaim({ id: 'G3', grade: { reliability: null, credibility: null } }),
  makeClaim({ id: 'G4', grade: null }),
];

describe('gradeCounts', () => {
  it('counts each claim for its letter and its digit, or as ungraded', () => {
    const answer = gradeCounts(claims);
    expect([answer.total, answer.graded]).toEqual([4, 2]);
    expect(counted(answer)).toEqual({ B: 2, 2: 1, ungraded: 2 });
    expect(answer.counts.map((c) => c.token)).toEqual(GRADE_TOKENS);
  });

  it('says none are graded when none are', () => {
    expect(gradeCounts([makeClaim()])).toMatchObject({ total: 1, graded: 0 });
  });

  it('counts grades as known on a day when asked', () => {
    const later = makeClaim({
      id: 'G5',
      claimedOn: '2024-10-18',
      grade: { reliability: 'A', credibility: 1 },
      gradeHistory: [{ at: '2025-01-01', from: null, reliability: 'A', credibility: 1, rationale: 'Set', by: null }],
    });
    expect(gradeCounts(claimsToCount([later], [later], '2024-12-31')).graded).toBe(0);
    expect(gradeCounts(claimsToCount([later], [later], undefined)).graded).toBe(1);
  });
});

describe('parseGradeCountParams', () => {
  it('takes asof and refuses every other parameter, naming it', () => {
    expect(parseGradeCountParams(new URLSearchParams('asof=2025-01-01'))).toEqual({ asof: '2025-01-01', problems: [] });
    const { problems } = parseGradeCountParams(new URLSearchParams('asof=2025-02-30&state=corroborated&x=1'));
    expect(problems.map((p) => p.param).sort()).toEqual(['asof', 'state', 'x']);
  });
});
