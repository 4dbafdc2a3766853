import { issue, type Issue } from '../issue-schema';
import {
  isUnsafeNumberLiteral,
  isUnsafeNumberMark,
  unsafeIntegerIssue,
  unsafeNumberLiteral,
} from './unsafe-json-numbers';
import { inWords } from './number-words';
import { AMBIGUOUS, readSeparators, readUnits, shiftDecimal } from './number-text-reading';

/*
 * The checks an imported figure gets beyond its type: numbers a double cannot hold, numbers
 * written as text (described, never converted: "1.500" is 1500 to some and 1.5 to others), and
 * numbers no count can be (negative, a percentage over 100, above the metric's ceiling).
 */

type Where = 'json' | 'csv';
type Bounds = { value: number | null; low: number | null; high: number | null; unit: string | null };
type MetricBounds = { id: string; unit: string; plausibleMax: number | null };

const PLAIN = /^-?\d+(?:\.\d+)?$/;

const formatNumber = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
const joinAnd = (parts: readonly string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
const quoted = (words: readonly string[]) => joinAnd(words.map((w) => `"${w}"`));
const howToWrite = (where: Where) => `Write the number as digits only${where === 'json' ? ', without quotes' : ''}`;

/** What is wrong with a number written as text, and exactly how to write it; null when the text holds no number. */
function numberTextIssue(field: string, text: string, where: Where): Issue | null {
  const t = text.trim();
  const how = howToWrite(where);
  const sign = t.startsWith('-') ? '-' : '';
  const body = t.slice(sign.length);
  const asText = (digits: string, message: string) => {
    if (!isUnsafeNumberLiteral(digits)) return issue(field, 'number_as_text', message);
    return unsafeIntegerIssue(field, digits === t ? `"${t}"` : `"${t}" (${digits})`);
  };
  if (PLAIN.test(t) && !AMBIGUOUS.test(t))
    return asText(t, `"${text}" is a number written as text: give it as a number, without quotes: ${t}.`);
  const exponent = /^(\d+(?:\.\d+)?)[eE]([-+]?\d{1,2})$/.exec(body);
  if (exponent) {
    const digits = sign + shiftDecimal(exponent[1] ?? '', Number(exponent[2]));
    return asText(digits, `"${text}" is written with an exponent. ${how}: ${digits}.`);
  }
  const separated = readSeparators(body);
  if (separated && 'ambiguous' in separated) {
    const [thousands, decimal] = separated.ambiguous.map((d) => sign + d) as [string, string];
    const readings = `in some countries it means ${inWords(thousands)}, in others ${inWords(decimal)}`;
    return issue(
      field,
      'number_as_text',
      `"${text}" is text: ${readings}. ${how}: ${thousands} (or ${decimal} if you meant ${inWords(decimal)}).`,
    );
  }
  if (separated)
    return asText(
      sign + separated.digits,
      `"${text}" is text with ${separated.what}. ${how}: ${sign}${separated.digits}.`,
    );
  const units = readUnits(body);
  if (units.digits !== null) {
    const uses = joinAnd([...units.uses, ...units.words.map((w) => `"${w}"`)]);
    const wordsNote = units.words.length
      ? `, and put ${quoted(units.words)} in the qualifier, the unit or the figure's text`
      : '';
    return asText(sign + units.digits, `"${text}" is text with ${uses}. ${how}: ${sign}${units.digits}${wordsNote}.`);
  }
  if (units.uses.length === 0 && !/\d/.test(t)) return null;
  const example = '(e.g. 1500, with "." for decimals and no separators)';
  return issue(
    field,
    'number_as_text',
    `"${text}" is text, not a number. ${how} ${example}, and keep words such as "about" in the qualifier or the figure's text.`,
  );
}

/** A raw figure field (value, low, high) of a JSON import: numbers beyond the safe range, numbers written as text. */
export function numberFieldIssue(field: string, value: unknown): Issue | null {
  if (isUnsafeNumberMark(value)) return unsafeIntegerIssue(field, unsafeNumberLiteral(value));
  if (typeof value === 'number') {
    const unsafe = Number.isFinite(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER;
    return unsafe ? unsafeIntegerIssue(field, String(value)) : null;
  }
  return typeof value === 'string' ? numberTextIssue(field, value, 'json') : null;
}

/** A figure cell of a CSV import: empty, a plain number, or an issue saying exactly how to write it. */
export function csvNumberCell(field: string, cell: string): { value: number | null; issue: Issue | null } {
  const t = cell.trim();
  if (t === '') return { value: null, issue: null };
  if (PLAIN.test(t) && !AMBIGUOUS.test(t)) {
    if (isUnsafeNumberLiteral(t)) return { value: null, issue: unsafeIntegerIssue(field, t) };
    const value = Number(t);
    return value < 0
      ? { value: null, issue: issue(field, 'negative', `Counts cannot be negative: ${t}`) }
      : { value, issue: null };
  }
  const notANumber = () =>
    issue(
      field,
      'not_a_number',
      `"${t}" is not a number: write it as digits only (e.g. 1500), or leave the cell empty if there is no figure.`,
    );
  return { value: null, issue: numberTextIssue(field, t, 'csv') ?? notANumber() };
}

/** "percent", "per cent", "%", "percentage points", and any unit starting with "percent" or "%". */
export const isPercentUnit = (unit: string | null | undefined) => unit != null && /^(per ?cent|%)/i.test(unit.trim());

/** Numbers no figure of this metric can be: negative, a percentage over 100, above the metric's plausibility ceiling. */
export function figureBoundIssues(
  figure: Bounds,
  metric: MetricBounds | null,
  options: { acceptAboveCeiling: boolean },
): { issues: Issue[]; warnings: Issue[] } {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const percent = isPercentUnit(figure.unit) || isPercentUnit(metric?.unit);
  for (const key of ['value', 'low', 'high'] as const) {
    const n = figure[key];
    const field = `figure.${key}`;
    if (n === null || !Number.isFinite(n)) continue;
    if (n < 0) issues.push(issue(field, 'negative', `Counts cannot be negative: ${formatNumber(n)}`));
    if (percent && n > 100) {
      issues.push(
        issue(
          field,
          'percent_out_of_range',
          `${formatNumber(n)} is not a percentage: a percentage is between 0 and 100`,
        ),
      );
    }
    const ceiling = metric?.plausibleMax ?? null;
    if (ceiling !== null && n > ceiling) {
      const message =
        `${formatNumber(n)} is above the plausibility ceiling of ${formatNumber(ceiling)} for ${metric?.id}; check the figure, ` +
        'or import with acceptAboveCeiling (CLI --accept-above-ceiling) if it is really what the source says';
      (options.acceptAboveCeiling ? warnings : issues).push(issue(field, 'above_ceiling', message));
    }
  }
  return { issues, warnings };
}
