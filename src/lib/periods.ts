import type { Period } from '@/contract/claim-periods';
import { formatCalendarDate, monthName } from '@/i18n/format-date';
import { t } from '@/i18n/translate';

export { monthName };

/** The quarter (1–4) that holds time `t`. */
export const quarterOf = (t: number): number => Math.floor(new Date(t).getUTCMonth() / 3) + 1;

/** The period that starts at `start`, in words: "Week of 14 Oct 2024", "October 2024", "Q4 2024", "2024". */
export function periodLabel(start: number, period: Period): string {
  const d = new Date(start);
  const year = d.getUTCFullYear();
  if (period === 'week') return t('format.weekOf', { date: formatCalendarDate(year, d.getUTCMonth(), d.getUTCDate()) });
  if (period === 'month') return formatCalendarDate(year, d.getUTCMonth(), null, { length: 'long' });
  if (period === 'year') return formatCalendarDate(year, null, null);
  return t('format.quarter', { quarter: String(quarterOf(start)), year: String(year) });
}
