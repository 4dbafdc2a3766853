import { z } from './zod-mini';
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
