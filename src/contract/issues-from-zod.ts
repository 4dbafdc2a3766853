import type { z } from './zod-mini';
import type { Issue } from './issue-schema';
import { isUnsafeNumberMark, unsafeIntegerIssue, unsafeNumberLiteral } from './import-checks/unsafe-json-numbers';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'empty (null)',
};

/** What a value is, in words: "text ("1,500")", "a number (12)", "a list", "empty (null)". */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (value === undefined) return 'missing';
  if (typeof value === 'string') return `text ("${value.length > 40 ? `${value.slice(0, 40)}…` : value}")`;
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

const LOCALE_NUMBER = /^\s*[\d\s.,']+\s*$|만|억|천|тис|млн|мільй|тыс/i;

/** Where the fields of a parse are named: `prefix` puts them under a path; `whole` names the parsed value itself. */
export interface FieldNaming {
  prefix?: readonly PropertyKey[];
  /** The field of an issue about the whole value (no path): "(row)" unless given, e.g. "file". */
  whole?: string;
}

/**
 * A zod issue as the API's one issue shape, in plain words. Refinements name their own code
 * (`params: { code }`); zod's built-in checks get stable codes of ours.
 */
export function issueFromZod(
  zodIssue: z.core.$ZodIssue,
  root?: unknown,
  { prefix = [], whole = '(row)' }: FieldNaming = {},
): Issue {
  const field = [...prefix, ...zodIssue.path].map(String).join('.') || whole;
  const input: unknown = 'input' in zodIssue ? zodIssue.input : valueAt(root, zodIssue.path);
  switch (zodIssue.code) {
    case 'invalid_type': {
      if (input === undefined)
        return {
          field,
          code: 'required',
          message: /^Invalid input/.test(zodIssue.message) ? 'Required: the field is missing' : zodIssue.message,
        };
      if (isUnsafeNumberMark(input)) return unsafeIntegerIssue(field, unsafeNumberLiteral(input));
      const expected = TYPE_WORDS[zodIssue.expected] ?? zodIssue.expected;
      if (zodIssue.expected === 'number' && typeof input === 'string' && LOCALE_NUMBER.test(input)) {
        return {
          field,
          code: 'number_as_text',
          message: `${describeValue(input)} is a number written as text: give it as digits only, e.g. 1500 (no thousands separators, "." for decimals, no words such as 만 or тис.)`,
        };
      }
      return { field, code: 'wrong_type', message: `Must be ${expected}, not ${describeValue(input)}` };
    }
    case 'invalid_value':
      return {
        field,
        code: 'not_allowed',
        message: `${describeValue(input)} is not allowed here: use one of ${zodIssue.values.map((v) => `"${String(v)}"`).join(', ')}`,
      };
    case 'too_big':
      return {
        field,
        code: typeof input === 'string' ? 'too_long' : zodIssue.origin === 'array' ? 'too_many' : 'too_large',
        message: zodIssue.message,
      };
    case 'too_small':
      return {
        field,
        code: typeof input === 'string' ? 'empty_text' : zodIssue.origin === 'array' ? 'too_few' : 'too_small',
        message: zodIssue.message,
      };
    case 'invalid_format':
      return { field, code: 'bad_format', message: zodIssue.message };
    case 'unrecognized_keys':
      return {
        field,
        code: 'unknown_field',
        message: `Unknown field${zodIssue.keys.length > 1 ? 's' : ''}: ${zodIssue.keys.join(', ')}`,
      };
    case 'invalid_union':
      return { field, code: 'wrong_type', message: `Not a valid value: ${describeValue(input)}` };
    case 'custom': {
      const code = (zodIssue.params as { code?: unknown } | undefined)?.code;
      return { field, code: typeof code === 'string' ? code : 'invalid', message: zodIssue.message };
    }
    default:
      return { field, code: 'invalid', message: zodIssue.message };
  }
}

/** The value at a zod path in the parsed input (zod does not keep inputs on issues unless asked). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/**
 * Every issue of a failed parse in the one issue shape. Pass the parsed value as `root` so that
 * messages can say what was given ("text ("1,500")"). As text: `formatIssues` (issue-schema.ts).
 */
export const issuesFromZod = (
  error: { issues: z.core.$ZodIssue[] },
  root?: unknown,
  naming: FieldNaming = {},
): Issue[] => error.issues.map((i) => issueFromZod(i, root, naming));
