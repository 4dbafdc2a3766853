import { described, z } from './zod-mini';

/**
 * The one shape of every problem the API reports: a row issue or warning of an import, and a
 * request error. `field` names where (a dotted path, or "(file)", "(request)", "(row)"), `code`
 * is stable for programs, `message` is plain words for people.
 */
export const IssueSchema = z.object({
  field: described(z.string(), 'Where: a dotted field path, or "(file)", "(request)", "(row)"'),
  code: described(
    z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
    'Stable machine-readable code, e.g. unsafe_integer, hidden_character, unknown_metric',
  ),
  message: described(z.string(), 'What is wrong and how to fix it, in plain words'),
});
export type Issue = z.infer<typeof IssueSchema>;

export const issue = (field: string, code: string, message: string): Issue => ({ field, code, message });

/** One issue as people read it: "figure.value: A figure cannot be negative". */
export const formatIssue = (i: Issue): string => `${i.field}: ${i.message}`;

/** Issues as one line of text, "a: …; b: …": the one way issues become text (errors, logs, reports). */
export const formatIssues = (issues: readonly Issue[]): string => issues.map(formatIssue).join('; ');
