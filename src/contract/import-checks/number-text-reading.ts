import { wordNumber } from './number-words';

/*
 * Reading a number written as text into exact digits: thousands separators and decimal commas ("1,500", "6,5"),
 * exponents ("1.5e3"), and units or words ("1만5000", "1,5 млн", "12k", "twelve thousand"). Exact decimal
 * arithmetic in millionths, so no reading picks up a floating-point error.
 */

/** One group of three after "." or ",": a thousands separator to some, a decimal mark to others. */
export const AMBIGUOUS = /^-?[1-9]\d{0,2}[.,]\d{3}$/;
const SPACE = /[\s'’]/g;
const MICRO = 1_000_000n;

const trimZeros = (decimal: string) => (decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal);

/** A figure as exact millionths, so "1.1" times ten thousand is 11000 and not 11000.000000000002. */
function toMillionths(decimal: string): bigint | null {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const significant = fraction.replace(/0+$/, '');
  return significant.length > 6 ? null : BigInt(whole || '0') * MICRO + BigInt(significant.padEnd(6, '0'));
}
const fromMillionths = (n: bigint) => trimZeros(`${n / MICRO}.${(n % MICRO).toString().padStart(6, '0')}`);

/** "1.5" with the point moved `exponent` places: shiftDecimal("1.5", 3) is "1500", exactly. */
export function shiftDecimal(mantissa: string, exponent: number): string {
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
export function readSeparators(
  body: string,
): { what: string; digits: string } | { ambiguous: [string, string] } | null {
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
export function readUnits(body: string): { uses: string[]; digits: string | null; words: string[] } {
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
