import type { Figure } from '@/contract/claim-schema';
import { precisionOf, type PartialDate } from '@/contract/partial-date';
import { monthName } from './periods';

const numberFormat = new Intl.NumberFormat('en-GB');

export function formatNumber(value: number): string {
  return numberFormat.format(value);
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
