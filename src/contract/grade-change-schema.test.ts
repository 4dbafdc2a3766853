import { z } from './zod-mini';
import { ClaimSchema } from './claim-schema';
import { GradeChangeRequestSchema, GradeChangeSchema, gradeFromHistory, type GradeChange } from './grade-change-schema';
import { issuesFromZod } from './issues-from-zod';
import { makeClaim } from '@/testing/make-claim';

/** Synthetic grade changes (test fixtures, not real grading). */
const change = (at: string, reliability: GradeChange['reliability'], credibility: GradeChange['credibility']) =>
  GradeChangeSchema.parse({ at, reliability, credibility, rationale: `Synthetic grade on ${at}`, by: 'tester' });

const issuesOf = (body: unknown) => {
  const parsed = z.safeParse(GradeChangeRequestSchema, body);
  return parsed.success ? [] : issuesFromZod(parsed.error, body);
};

describe('GradeChangeSchema', () => {
  it('takes a day, either half unset, a rationale and who; `from` defaults to none', () => {
    const parsed = change('2025-01-02', 'B', null);
    expect(parsed).toEqual({
      at: '2025-01-02',
      from: null,
      reliability: 'B',
      credibility: null,
      rationale: 'Synthetic grade on 2025-01-02',
      by: 'tester',
    });
  });

  it.each([
    ['a month instead of a day', { at: '2025-01' }],
    ['a day that does not exist', { at: '2025-02-30' }],
    ['a reliability outside A–F', { reliability: 'G' }],
    ['a credibility outside 1–6', { credibility: 7 }],
    ['a credibility as text', { credibility: '2' }],
    ['a rationale under 3 characters', { rationale: 'ok' }],
    ['a rationale with a control character', { rationale: 'bad \u0007 bell' }],
  ])('refuses %s', (_name, patch) => {
    const base = { at: '2025-01-02', reliability: 'B', credibility: 2, rationale: 'Because', by: null };
    expect(GradeChangeSchema.safeParse({ ...base, ...patch }).success).toBe(false);
  });
});

describe('Claim.gradeHistory', () => {
  it('defaults to empty, so claims stored or exported before it stay valid', () => {
    const { gradeHistory, ...before } = makeClaim({ grade: { reliability: 'C', credibility: 3 } });
    expect(gradeHistory).toEqual([]);
    expect(ClaimSchema.parse(before).gradeHistory).toEqual([]);
  });
});

describe('GradeChangeRequestSchema', () => {
  it('takes a grade with either half unset, and an optional day', () => {
    expect(issuesOf({ reliability: null, credibility: 4, rationale: 'Doubtful figure' })).toEqual([]);
    expect(issuesOf({ reliability: 'A', credibility: null, rationale: 'Known', at: '2025-03-01' })).toEqual([]);
  });

  it('names the field of each problem, in words', () => {
    const issues = issuesOf({ reliability: 'Z', credibility: 9, rationale: ' x ', at: 'yesterday' });
    expect([...new Set(issues.map((i) => i.field))].sort()).toEqual(['at', 'credibility', 'rationale', 'reliability']);
    expect(issues.find((i) => i.field === 'reliability')?.message).toMatch(/"Z".*use one of "A", "B"/);
    expect(issues.find((i) => i.field === 'credibility')?.message).toMatch(/\(9\).*use one of "1", "2"/);
    expect(issues.find((i) => i.field === 'at')?.message).toMatch(/YYYY-MM-DD/);
    expect(issues.find((i) => i.field === 'rationale')?.message).toMatch(/at least 3 characters/);
  });

  it('requires both halves to be given (null to unset) and a rationale', () => {
    expect(issuesOf({ rationale: 'No grade given' }).map((i) => [i.field, i.code])).toEqual([
      ['reliability', 'not_allowed'],
      ['credibility', 'not_allowed'],
    ]);
    expect(issuesOf({ reliability: 'A', credibility: 1 }).map((i) => i.field)).toEqual(['rationale']);
  });
});

describe('gradeFromHistory', () => {
  const history = [
    { ...change('2025-01-10', 'C', 3), from: { reliability: 'D' as const, credibility: null } },
    change('2025-02-10', null, null),
  ];
  it.each([
    ['no history: the grade the claim came with', [], { reliability: 'B', credibility: 2 }, Infinity, 'B2'],
    ['after every change: the last', history, null, Infinity, 'none'],
    ['between changes: the one set by then', history, null, Date.parse('2025-01-31T23:59:59Z'), 'C3'],
    ['before the first: what it replaced', history, null, Date.parse('2025-01-09T23:59:59Z'), 'D?'],
  ] as const)('%s', (_name, changes, initial, upTo, expected) => {
    const { grade } = gradeFromHistory(changes, initial, upTo);
    expect(grade ? `${grade.reliability ?? '?'}${grade.credibility ?? '?'}` : 'none').toBe(expected);
  });
});
