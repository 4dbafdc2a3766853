import type { Locale } from '@/contract/locale';
import { formatCalendarDate } from '@/i18n/format-date';
import { currentLocale } from '@/i18n/locale-store';
import { monthName } from '@/lib/periods';
import type { ChartModel } from './chart-model-types';

const DAY = 86_400_000;

/** The chart's time domain: every dated claim it draws, padded so edge marks are not clipped (less for a short range). */
export function chartTimeDomain(model: ChartModel): [number, number] {
  // A chart drawn from the summary has its groups alone (their periods hold every claim they count).
  const placed = [
    ...model.plotted,
    ...model.unquantified,
    ...(model.plotted.length ? [] : (model.aggregate?.points ?? [])),
  ];
  if (placed.length === 0) {
    const now = Date.now();
    return [now - 365 * DAY, now];
  }
  let start = Infinity;
  let end = -Infinity;
  for (const p of placed) {
    start = Math.min(start, p.start);
    end = Math.max(end, p.end);
  }
  const span = end - start;
  const pad = Math.max(span * 0.04, Math.min(20 * DAY, Math.max(span * 0.2, 3 * DAY)));
  return [start - pad, end + pad];
}

/** What one step of the time axis is: a number of days, of months, or of years. */
export type TickStep = { unit: 'day' | 'month' | 'year'; every: number };

const STEPS: TickStep[] = [
  { unit: 'day', every: 1 },
  { unit: 'day', every: 2 },
  { unit: 'day', every: 7 },
  { unit: 'day', every: 14 },
  { unit: 'month', every: 1 },
  { unit: 'month', every: 2 },
  { unit: 'month', every: 3 },
  { unit: 'month', every: 6 },
  { unit: 'year', every: 1 },
  { unit: 'year', every: 2 },
  { unit: 'year', every: 5 },
  { unit: 'year', every: 10 },
];

function ticksFor([start, end]: [number, number], step: TickStep): number[] {
  const ticks: number[] = [];
  const first = new Date(start);
  if (step.unit === 'day') {
    // Weekly ticks fall on Mondays; daily ones on every day.
    let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
    if (step.every >= 7) while (new Date(t).getUTCDay() !== 1) t += DAY;
    for (; t <= end; t += step.every * DAY) if (t >= start) ticks.push(t);
    return ticks;
  }
  const months = step.unit === 'year' ? step.every * 12 : step.every;
  let index = first.getUTCFullYear() * 12 + first.getUTCMonth();
  index = Math.ceil(index / months) * months;
  for (; ; index += months) {
    const t = Date.UTC(Math.floor(index / 12), index % 12, 1);
    if (t > end) break;
    if (t >= start) ticks.push(t);
  }
  return ticks;
}

/**
 * Ticks that suit the visible range: days or weeks for a range of weeks, months for a year,
 * years beyond; the finest step that keeps at most `maxTicks` (and at least two where it can).
 */
export function timeTicks(domain: [number, number], maxTicks: number): { ticks: number[]; step: TickStep } {
  for (const step of STEPS) {
    const ticks = ticksFor(domain, step);
    if (ticks.length <= Math.max(maxTicks, 2)) return { ticks, step };
  }
  const step = STEPS.at(-1)!;
  return { ticks: ticksFor(domain, step), step };
}

/**
 * A tick's text, readable without hovering: "17 Oct" for days and weeks, "Oct" for months, the
 * year on January, on the first tick, and for year steps ("2025"). In the page's language: "10월 17일", "2024년",
 * "17 жовт.", "2024 р.".
 */
export function tickLabel(t: number, step: TickStep, first = false, locale: Locale = currentLocale()): string {
  const d = new Date(t);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
  if (locale !== 'en') {
    if (step.unit === 'year' || (step.unit === 'month' && m === 0))
      return formatCalendarDate(y, null, null, { locale });
    if (step.unit === 'month')
      return first ? formatCalendarDate(y, m, null, { locale }) : monthName(m, 'short', locale);
    return first || (m === 0 && day <= step.every)
      ? formatCalendarDate(y, m, day, { locale })
      : dayAndMonth(locale).format(t);
  }
  const year = String(y);
  const month = monthName(m, 'short', locale);
  if (step.unit === 'year') return year;
  if (step.unit === 'month') return m === 0 ? year : first ? `${month} ${year}` : month;
  const dayText = `${day} ${month}`;
  return first || (m === 0 && day <= step.every) ? `${dayText} ${year}` : dayText;
}

const dayAndMonthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "10월 17일", "17 жовт.": a day and its month, as the language writes them together. */
function dayAndMonth(locale: Locale): Intl.DateTimeFormat {
  let format = dayAndMonthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    dayAndMonthFormats.set(locale, format);
  }
  return format;
}
