/** A calendar period claims are grouped by (always in UTC; weeks start on Monday). */
export type Period = 'week' | 'month' | 'quarter' | 'year';

const DAY = 86_400_000;
const MONTH_NAMES = [
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
const MONTHS_IN: Record<Exclude<Period, 'week'>, number> = { month: 1, quarter: 3, year: 12 };

/** A month's name from its index (0 = January): "October", or "Oct" when short. */
export function monthName(month: number, length: 'long' | 'short' = 'long'): string {
  const name = MONTH_NAMES[month] ?? '';
  return length === 'short' ? name.slice(0, 3) : name;
}

/** The UTC period of `period` that holds time `t`: its first and its last millisecond. */
export function periodOf(t: number, period: Period): { start: number; end: number } {
  const d = new Date(t);
  if (period === 'week') {
    const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
    return { start: monday, end: monday + 7 * DAY - 1 };
  }
  const months = MONTHS_IN[period];
  const firstMonth = d.getUTCMonth() - (d.getUTCMonth() % months);
  return {
    start: Date.UTC(d.getUTCFullYear(), firstMonth, 1),
    end: Date.UTC(d.getUTCFullYear(), firstMonth + months, 1) - 1,
  };
}

/** The quarter (1–4) that holds time `t`. */
export const quarterOf = (t: number): number => Math.floor(new Date(t).getUTCMonth() / 3) + 1;

/** The period that starts at `start`, in words: "Week of 14 Oct 2024", "October 2024", "Q4 2024", "2024". */
export function periodLabel(start: number, period: Period): string {
  const d = new Date(start);
  const year = d.getUTCFullYear();
  if (period === 'week') return `Week of ${d.getUTCDate()} ${monthName(d.getUTCMonth(), 'short')} ${year}`;
  if (period === 'month') return `${monthName(d.getUTCMonth())} ${year}`;
  if (period === 'year') return String(year);
  return `Q${quarterOf(start)} ${year}`;
}
