import { z } from './zod-mini';

/** The calendar periods claims are grouped by (always in UTC; weeks start on Monday), finest first. */
export const PERIODS = ['week', 'month', 'quarter', 'year'] as const;
export const PeriodSchema = z.enum(PERIODS);
export type Period = z.infer<typeof PeriodSchema>;

const DAY = 86_400_000;
const MONTHS_IN: Record<Exclude<Period, 'week'>, number> = { month: 1, quarter: 3, year: 12 };

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
