import { issue, type Issue } from '../issue-schema';
import {
  isUnsafeNumberLiteral,
  isUnsafeNumberMark,
  unsafeIntegerIssue,
  unsafeNumberLiteral,
} from './unsafe-json-numbers';

/*
 * The checks an imported figure gets beyond its type: numbers a double cannot hold, numbers
 * written as text (described, never converted: "1.500" is 1500 to some and 1.5 to others), and
 * numbers no count can be (negative, a percentage over 100, above the metric's ceiling).
 */

type Where = 'json' | 'csv';
type Bounds = { value: number | null; low: number | null; high: number | null; unit: string | null };
type MetricBounds = { id: string; unit: string; plausibleMax: number | null };

const PLAIN = /^-?\d+(?:\.\d+)?$/;
/** One group of three after "." or ",": a thousands separator to some, a decimal mark to others. */
const AMBIGUOUS = /^-?[1-9]\d{0,2}[.,]\d{3}$/;
const SPACE = /[\s'’]/g;
const ONES =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
    ' ',
  );
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const MICRO = 1_000_000n;

const formatNumber = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
const joinAnd = (parts: readonly string[]) =>
  parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
const quoted = (words: readonly string[]) => joinAnd(words.map((w) => `"${w}"`));
const howToWrite = (where: Where) => `Write the number as digits only${where === 'json' ? ', without quotes' : ''}`;

function below1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest < 20 ? ONES[rest] : `${TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${ONES[rest % 10]}` : ''}`;
  if (hundreds === 0) return restWords ?? '';
  return `${ONES[hundreds]} hundred${rest ? ` ${restWords}` : ''}`;
}

/** "1500" → "one thousand five hundred", "1.5" → "one point five" (below a million). */
function inWords(decimal: string): string {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = ''] = decimal.replace('-', '').split('.');
  const n = Number(whole);
  const thousands = Math.floor(n / 1000);
  const parts = [thousands ? `${below1000(thousands)} thousand` : '', n % 1000 ? below1000(n % 1000) : ''];
  const integer = n === 0 ? 'zero' : parts.filter(Boolean).join(' ');
  const point = fraction ? ` point ${[...fraction].map((d) => ONES[Number(d)]).join(' ')}` : '';
  return `${negative ? 'minus ' : ''}${integer}${point}`;
}

const trimZeros = (decimal: string) => (decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal);

/** A figure as exact millionths, so "1.1" times ten thousand is 11000 and not 11000.000000000002. */
function toMillionths(decimal: string): bigint | null {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const significant = fraction.replace(/0+$/, '');
  return significant.length > 6 ? null : BigInt(whole || '0') * MICRO + BigInt(significant.padEnd(6, '0'));
}
const fromMillionths = (n: bigint) => trimZeros(`${n / MICRO}.${(n % MICRO).toString().padStart(6, '0')}`);

/** "1.5" with the point moved `exponent` places: shiftDecimal("1.5", 3) is "1500", exactly. */
function shiftDecimal(mantissa: string, exponent: number): string {
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const split = Math.max(point, 1);
  const integer = padded.slice(0, split).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(split);
  return rest ? trimZeros(`${integer}.${rest}`) : integer;
}

/** Text made of digits and separators only ("1,500", "6,5", "1 500", "1.500,5"). */
function readSeparators(body: string): { what: string; digits: string } | { ambiguous: [string, string] } | null {
  const t = body.replace(SPACE, (c) => (c === "'" || c === '’' ? "'" : ' '));
  if (AMBIGUOUS.test(t)) return { ambiguous: [t.replace(/[.,]/, ''), trimZeros(t.replace(',', '.'))] };
  const grouped: [RegExp, string, string][] = [
    [/^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?$/, ',', '","'],
    [/^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/, '.', '"."'],
    [/^[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d+)?$/, ' ', 'spaces'],
    [/^[1-9]\d{0,2}(?:'\d{3})+(?:[.,]\d+)?$/, "'", 'apostrophes'],
  ];
  for (const [pattern, separator, name] of grouped) {
    if (!pattern.test(t)) continue;
    const digits = t.split(separator).join('').replace(',', '.');
    const decimalComma = t.includes(',') && separator !== ',' ? ' and a decimal comma' : '';
    return { what: `thousands separators (${name})${decimalComma}`, digits };
  }
  if (/^\d+,\d+$/.test(t)) return { what: 'a decimal comma', digits: t.replace(',', '.') };
  return null;
}

type Unit = { power: number; large: boolean; meaning: string };
const UNITS: [RegExp, Unit][] = [
  [/^십$/, { power: 1, large: false, meaning: 'ten' }],
  [/^(백|hundreds?)$/i, { power: 2, large: false, meaning: 'hundred' }],
  [/^천$/, { power: 3, large: false, meaning: 'thousand' }],
  [/^만$/, { power: 4, large: true, meaning: 'ten thousand' }],
  [/^억$/, { power: 8, large: true, meaning: 'hundred million' }],
  [/^(k|thousands?|тис|тыс|тисяч[аі]?|тысяч[аи]?)$/i, { power: 3, large: true, meaning: 'thousand' }],
  [/^(m|mn|mln|millions?|млн|мільйон(а|ів)?|миллион(а|ов)?)$/i, { power: 6, large: true, meaning: 'million' }],
  [/^(b|bn|billions?|млрд|мільярд(а|ів)?|миллиард(а|ов)?)$/i, { power: 9, large: true, meaning: 'billion' }],
];
const wordNumber = (word: string): number | null => {
  const lower = word.toLowerCase();
  if (ONES.includes(lower)) return ONES.indexOf(lower);
  return TENS.indexOf(lower) >= 2 ? TENS.indexOf(lower) * 10 : null;
};

/** Digits in a unit phrase: Korean and English write 12,000.5; Ukrainian and Russian 12 000,5. */
function readUnitDigits(token: string, decimalComma: boolean): { digits: string; parts: string[] } | null {
  const t = token.replace(SPACE, ' ');
  const grouping = (group: RegExp) => (group.test(t) ? ['thousands separators'] : []);
  if (decimalComma && /^(?:\d+|\d{1,3}(?:[ .]\d{3})+)(?:,\d+)?$/.test(t) && !/^\d{1,3}[.,]\d{3}$/.test(t)) {
    const parts = [...grouping(/[ .]/), ...(t.includes(',') ? ['a decimal comma'] : [])];
    return { digits: t.replace(/[ .]/g, '').replace(',', '.'), parts };
  }
  if (decimalComma) return /^\d+\.(?:\d{1,2}|\d{4,})$/.test(t) ? { digits: t, parts: [] } : null;
  return /^(?:\d+|\d{1,3}(?:[ ,]\d{3})+)(?:\.\d+)?$/.test(t)
    ? { digits: t.replace(/[ ,]/g, ''), parts: grouping(/[ ,]/) }
    : null;
}

/**
 * A number in units or words ("1만5000", "1,5 млн", "12k", "twelve thousand"): what it uses, its
 * digits when they are clear (null when not: "several hundred", two numbers), and its other words.
 */
function readUnits(body: string): { uses: string[]; digits: string | null; words: string[] } {
  const decimalComma = /\p{Script=Cyrillic}/u.test(body);
  const uses = new Set<string>();
  const words: string[] = [];
  let total = 0n;
  let section = 0n;
  let current: bigint | null = null;
  let lastLarge = Infinity;
  let clear = true;
  let previousSpelled = false;
  let hangulWordEnd = -1;
  for (const match of body.matchAll(/(\d(?:[\d.,'’\s]*\d)?)|(\p{Script=Hangul})|\p{L}+\.?|[^\s\-.,]/gu)) {
    const [token, written, hangul] = match;
    const spelled = written === undefined && hangul === undefined ? wordNumber(token) : null;
    if (written !== undefined || spelled !== null) {
      const read =
        written === undefined
          ? { digits: String(spelled), parts: ['number words'] }
          : readUnitDigits(written, decimalComma);
      const millionths = read && toMillionths(read.digits);
      if (millionths == null || (current !== null && !(previousSpelled && spelled !== null))) clear = false;
      read?.parts.forEach((part) => uses.add(part));
      current = (current ?? 0n) + (millionths ?? 0n);
      previousSpelled = spelled !== null;
      continue;
    }
    previousSpelled = false;
    const unit = UNITS.find(([pattern]) => pattern.test(token.replace(/\.$/, '')))?.[1];
    if (!unit) {
      if (hangul !== undefined && match.index === hangulWordEnd) words[words.length - 1] += token;
      else if (!/^(and|a|an)$/i.test(token)) words.push(token);
      hangulWordEnd = hangul === undefined ? -1 : match.index + token.length;
      continue;
    }
    uses.add(token.toLowerCase().startsWith(unit.meaning) ? `"${token}"` : `"${token}" (${unit.meaning})`);
    // "several hundred" and "thousands" name no number; Korean counts 만 alone as ten thousand.
    if (current === null && section === 0n && hangul === undefined) clear = false;
    const factor = 10n ** BigInt(unit.power);
    if (unit.large) {
      if (unit.power >= lastLarge) clear = false;
      total += (section + (current ?? (section === 0n ? MICRO : 0n))) * factor;
      section = 0n;
      lastLarge = unit.power;
    } else {
      section += (current ?? MICRO) * factor;
    }
    current = null;
  }
  if (total === 0n && section === 0n && current === null) clear = false;
  return { uses: [...uses], digits: clear ? fromMillionths(total + section + (current ?? 0n)) : null, words };
}

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
