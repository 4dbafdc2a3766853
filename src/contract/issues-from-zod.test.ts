import { z } from './zod-mini';
import { formatIssue, formatIssues } from './issue-schema';
import { issuesFromZod } from './issues-from-zod';
import { UNSAFE_NUMBER_MARK } from './import-checks/unsafe-json-numbers';

const issuesOf = (schema: z.ZodMiniType, value: unknown) => {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? [] : issuesFromZod(parsed.error, value);
};

describe('issuesFromZod: one shape, plain words, stable codes', () => {
  const figure = z.object({
    value: z.number(),
    kind: z.enum(['estimate', 'reported_count']),
    note: z.string().check(z.maxLength(3)),
  });

  it.each([
    [{ kind: 'estimate', note: 'ok' }, 'value', 'required', /missing/],
    [{ value: '1,500', kind: 'estimate', note: 'ok' }, 'value', 'number_as_text', /"1,500".*digits only/],
    [{ value: true, kind: 'estimate', note: 'ok' }, 'value', 'wrong_type', /Must be a number, not true/],
    [{ value: 1, kind: 'rumour', note: 'ok' }, 'kind', 'not_allowed', /"rumour".*"estimate", "reported_count"/],
    [{ value: 1, kind: 'estimate', note: 'long' }, 'note', 'too_long', /3/],
    [
      { value: `${UNSAFE_NUMBER_MARK}9007199254740993`, kind: 'estimate', note: 'ok' },
      'value',
      'unsafe_integer',
      /9007199254740993 is beyond/,
    ],
  ])('%j -> %s %s', (value, field, code, message) => {
    const [first] = issuesOf(figure, value);
    expect(first).toMatchObject({ field, code });
    expect(first?.message).toMatch(message);
  });

  it('takes a refinement’s own code from its params, and names the row when there is no path', () => {
    const schema = z.string().check(z.refine((v) => v !== 'x', { message: 'No x', params: { code: 'no_x' } }));
    expect(issuesOf(schema, 'x')).toEqual([{ field: '(row)', code: 'no_x', message: 'No x' }]);
  });
});

describe('field naming', () => {
  const schema = z.object({ name: z.string() });

  it('puts the fields under a prefix, and names the whole value as asked', () => {
    const inner = z.safeParse(schema, { name: 1 });
    const whole = z.safeParse(schema, 'not an object');
    if (inner.success || whole.success) throw new Error('both parses should fail');
    expect(issuesFromZod(inner.error, { name: 1 }, { prefix: ['metrics', 2] })[0]?.field).toBe('metrics.2.name');
    expect(issuesFromZod(whole.error, 'not an object')[0]?.field).toBe('(row)');
    expect(issuesFromZod(whole.error, 'not an object', { whole: 'file' })[0]?.field).toBe('file');
  });
});

describe('formatIssues: the one way issues become text', () => {
  const issues = [
    { field: 'figure.value', code: 'negative', message: 'A figure cannot be negative' },
    { field: 'file', code: 'wrong_type', message: 'Must be an object, not a list' },
  ];

  it('says where, then what', () => {
    expect(formatIssue(issues[0]!)).toBe('figure.value: A figure cannot be negative');
  });

  it('joins several into one line, and gives nothing for none', () => {
    expect(formatIssues(issues)).toBe('figure.value: A figure cannot be negative; file: Must be an object, not a list');
    expect(formatIssues([])).toBe('');
  });

  it('reads a failed parse in plain words', () => {
    expect(formatIssues(issuesOf(z.object({ value: z.number() }), { value: true }))).toBe(
      'value: Must be a number, not true',
    );
  });
});
