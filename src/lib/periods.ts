import type { Period } from '@/contract/claim-periods';

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

/** A month's name from its index (0 = January): "October", or "Oct" when short. */
export function monthName(month: number, length: 'long' | 'short' = 'long'): string {
  const name = MONTH_NAMES[month] ?? '';
  return length === 'short' ? name.slice(0, 3) : name;
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
