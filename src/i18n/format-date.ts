import type { Locale } from '@/contract/locale';
import { currentLocale } from './locale-store';

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

type DateParts = 'day' | 'month' | 'year' | 'monthName';
const formats = new Map<string, Intl.DateTimeFormat>();

function intlFormat(locale: Locale, parts: DateParts, length: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale} ${parts} ${length}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      parts === 'day'
        ? { day: 'numeric', month: length, year: 'numeric' }
        : parts === 'month'
          ? { month: length, year: 'numeric' }
          : parts === 'year'
            ? { year: 'numeric' }
            : { month: length };
    formats.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  }
  return format;
}

/** A month's name from its index (0 = January) in the page's language: "October", or "Oct" when short. */
export function monthName(month: number, length: 'long' | 'short' = 'long', locale: Locale = currentLocale()): string {
  if (locale === 'en') {
    const name = ENGLISH_MONTHS[month] ?? '';
    return length === 'short' ? name.slice(0, 3) : name;
  }
  return intlFormat(locale, 'monthName', length).format(Date.UTC(2000, month, 1));
}

/**
 * A calendar day, month or year in the page's language: "18 Oct 2024", "Oct 2024", "2024" in English (without Intl:
 * see format-number.ts); "2024년 10월 18일" in Korean, "18 жовт. 2024 р." in Ukrainian.
 */
export function formatCalendarDate(
  year: number,
  month: number | null,
  day: number | null,
  options: { length?: 'long' | 'short'; locale?: Locale } = {},
): string {
  const { length = 'short', locale = currentLocale() } = options;
  if (locale === 'en') {
    if (month === null) return String(year);
    const name = monthName(month, length, 'en');
    return day === null ? `${name} ${year}` : `${day} ${name} ${year}`;
  }
  const time = Date.UTC(year, month ?? 0, day ?? 1);
  return intlFormat(locale, day !== null && month !== null ? 'day' : month !== null ? 'month' : 'year', length).format(
    time,
  );
}
