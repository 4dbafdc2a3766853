import type { Figure } from '@/contract/claim-schema';
import { precisionOf, type PartialDate } from '@/contract/partial-date';
import { currentLocale } from '@/i18n/locale-store';
import { formatCalendarDate } from '@/i18n/format-date';
import { formatNumber } from '@/i18n/format-number';
import { t } from '@/i18n/translate';

export { formatNumber };

/** "18 Oct 2024", "Feb 2024 (day not known)", "2024 (month not known)". */
export function formatPartialDate(date: PartialDate | null, options: { showPrecision?: boolean } = {}): string {
  if (date === null) return t('format.dateNotKnown');
  const [y, m, d] = date.split('-').map(Number);
  const precision = precisionOf(date);
  const text = formatCalendarDate(y ?? 0, m ? m - 1 : null, d ?? null);
  if (precision === 'day' || !options.showPrecision) return text;
  return t(precision === 'month' ? 'format.dayNotKnown' : 'format.monthNotKnown', { date: text });
}

/** Compact axis numbers: 1,500 -> "1.5k", 2,000,000 -> "2M". */
export function formatCompact(value: number): string {
  const locale = currentLocale();
  if (locale !== 'en') return compactFormat(locale).format(value);
  if (value >= 1_000_000) return `${trim(value / 1_000_000)}M`;
  if (value >= 1_000) return `${trim(value / 1_000)}k`;
  return String(value);
}

const compactFormats = new Map<string, Intl.NumberFormat>();
function compactFormat(locale: string): Intl.NumberFormat {
  let format = compactFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(locale, format);
  }
  return format;
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
    parts.push(figure.value !== null ? t('format.range', { range }) : range);
  }
  if (parts.length === 0) return figure.text ?? t('format.noFigure');
  const unit = options.withUnit && figure.unit ? ` ${figure.unit}` : '';
  const number = `${parts.join(' ')}${unit}`;
  if (!figure.qualifier) return number;
  // A short qualifier reads before the number; a long one ("up to (if all 152mm); …") after it.
  return isShortQualifier(figure.qualifier) ? `${figure.qualifier} ${number}` : `${number} — ${figure.qualifier}`;
}

function isShortQualifier(qualifier: string): boolean {
  return qualifier.length <= 20 && !/[(;]/.test(qualifier);
}
