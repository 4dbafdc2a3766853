import type { Figure } from '@/contract/claim-schema';
import { precisionOf, type PartialDate } from '@/contract/partial-date';
import { monthName } from './periods';

/**
 * A number as `Intl.NumberFormat('en-GB')` writes it ("12,345.679": groups of three, at most three decimals, half
 * rounded away from zero), without Intl: a page's first Intl formatter loads the locale data, one long task
 * (about 40 ms here, 4× that on a slow phone) in the first view's script.
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const [whole, fraction] = roundedDigits(Math.abs(value));
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** The shortest decimal that reads back as `value` (as Intl starts from), rounded to three decimals. */
function roundedDigits(value: number): [whole: string, fraction: string] {
  if (value >= 1e21) {
    // "5e+300": the shortest digits, then zeros (as Intl writes it), never the binary value's long tail.
    const [mantissa = '', exponent = '0'] = value.toExponential().split('e');
    return [mantissa.replace('.', '').padEnd(Number(exponent) + 1, '0'), ''];
  }
  if (value < 5e-4) return ['0', ''];
  // No exponent from here: String() writes 1e-7 <= value < 1e21 positionally.
  const [whole = '0', decimals = ''] = String(value).split('.');
  const thousandths = BigInt(whole + decimals.slice(0, 3).padEnd(3, '0')) + ((decimals[3] ?? '0') >= '5' ? 1n : 0n);
  const fraction = (thousandths % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return [(thousandths / 1000n).toString(), fraction];
}

/** "18 Oct 2024", "Feb 2024 (day not known)", "2024 (month not known)". */
export function formatPartialDate(date: PartialDate | null, options: { showPrecision?: boolean } = {}): string {
  if (date === null) return 'Date not known';
  const [y, m, d] = date.split('-');
  const month = m ? monthName(Number(m) - 1, 'short') : undefined;
  const precision = precisionOf(date);
  if (precision === 'day') return `${Number(d)} ${month} ${y}`;
  if (precision === 'month') return `${month} ${y}${options.showPrecision ? ' (day not known)' : ''}`;
  return `${y}${options.showPrecision ? ' (month not known)' : ''}`;
}

/** Compact axis numbers: 1,500 -> "1.5k", 2,000,000 -> "2M". */
export function formatCompact(value: number): string {
  if (value >= 1_000_000) return `${trim(value / 1_000_000)}M`;
  if (value >= 1_000) return `${trim(value / 1_000)}k`;
  return String(value);
}

function trim(value: number): string {
  return value.toFixed(value < 10 ? 1 : 0).replace(/\.0$/, '');
}

/** The figure as stated: "more than 10,000", "400,000–2,000,000", "several hundred casualties". */
export function formatFigure(figure: Figure, options: { withUnit?: boolean } = {}): string {
  const parts: string[] = [];
  if (figure.value !== null) parts.push(formatNumber(figure.value));
  if (figure.low !== null && figure.high !== null) {
    const range = `${formatNumber(figure.low)}–${formatNumber(figure.high)}`;
    parts.push(figure.value !== null ? `(range ${range})` : range);
  }
  if (parts.length === 0) return figure.text ?? 'No figure given';
  const unit = options.withUnit && figure.unit ? ` ${figure.unit}` : '';
  const number = `${parts.join(' ')}${unit}`;
  if (!figure.qualifier) return number;
  // A short qualifier reads before the number; a long one ("up to (if all 152mm); …") after it.
  return isShortQualifier(figure.qualifier) ? `${figure.qualifier} ${number}` : `${number} — ${figure.qualifier}`;
}

function isShortQualifier(qualifier: string): boolean {
  return qualifier.length <= 20 && !/[(;]/.test(qualifier);
}
