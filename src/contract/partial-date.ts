import { described, z } from './zod-mini';

/**
 * A date known to the day ("2024-10-18"), the month ("2024-02") or the year ("2024").
 * Reporting often gives no exact day: the precision is kept, never padded with a made-up day.
 */
export const PartialDateSchema = described(
  z.string().check(
    z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'Expected YYYY, YYYY-MM or YYYY-MM-DD'),
    // Reporting on this subject starts in the 20th century; older years are typing errors (and
    // JavaScript reads years 0-99 as 1900-1999).
    z.refine(
      (value) => value.slice(0, 4) >= '1900' && value.slice(0, 4) <= '2100',
      'The year must be between 1900 and 2100',
    ),
    z.refine((value) => value.length < 10 || isRealDay(value), 'Not a real calendar day'),
  ),
  'A date at day, month or year precision: YYYY-MM-DD, YYYY-MM or YYYY',
);
export type PartialDate = z.infer<typeof PartialDateSchema>;

export type DatePrecision = 'day' | 'month' | 'year';

export function precisionOf(date: PartialDate): DatePrecision {
  if (date.length === 10) return 'day';
  if (date.length === 7) return 'month';
  return 'year';
}

/** First and last instant (UTC milliseconds) that a partial date may stand for. */
export function dateSpan(date: PartialDate): { start: number; end: number } {
  // Filtering, sorting and charting ask for the same few thousand dates again and again.
  let span = spans.get(date);
  if (!span) {
    span = computeSpan(date);
    if (spans.size >= MAX_REMEMBERED_SPANS) spans.clear();
    spans.set(date, span);
  }
  return span;
}

const spans = new Map<string, Readonly<{ start: number; end: number }>>();
const MAX_REMEMBERED_SPANS = 50_000;

function computeSpan(date: PartialDate): { start: number; end: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d !== undefined && m !== undefined) {
    const start = Date.UTC(y, m - 1, d);
    return Object.freeze({ start, end: start + 86_400_000 - 1 });
  }
  if (m !== undefined) return Object.freeze({ start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1) - 1 });
  return Object.freeze({ start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) - 1 });
}

/** Orders partial dates by their first day; at the same start, the more precise date comes first. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const sa = dateSpan(a).start;
  const sb = dateSpan(b).start;
  return sa === sb ? b.length - a.length : sa - sb;
}

function isRealDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
