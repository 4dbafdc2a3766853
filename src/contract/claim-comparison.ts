import { z } from './zod-mini';
import { ClaimSchema, type Claim } from './claim-schema';
import { compareClaims } from './select-claims';
import { dateSpan, precisionOf, type PartialDate } from './partial-date';
import { periodOf } from './claim-periods';
import { originFigures } from './origins/origin-figures';
import { parseClaimFilters, type FilterProblem } from './claim-filter-params';
import type { ClaimFilters } from './claim-filters';

/*
 * The compare view's grouping: competing figures for one metric, by the period they refer to. Both APIs answer it
 * (GET /api/claims/compare), so the dashboard never needs every claim to compare them.
 */

export const COMPARE_WINDOWS = ['week', 'month', 'quarter'] as const;
export const CompareWindowSchema = z.enum(COMPARE_WINDOWS);
export type CompareWindow = z.infer<typeof CompareWindowSchema>;

/** At most this many claims are given per period (oldest first); the period's counts cover all of them. */
export const MAX_COMPARED_CLAIMS = 200;

const SpreadSchema = z.nullable(z.object({ min: z.number(), max: z.number() }));

export const ComparisonGroupSchema = z.object({
  key: z.string(),
  /**
   * What the key stands for: a week, month or quarter of the window, a month when the figure's day is not known
   * (in a weekly comparison), a year when its month is not known, or no date.
   */
  period: z.enum(['week', 'month', 'quarter', 'year', 'undated']),
  /** The period's first day (YYYY-MM-DD, UTC); null when undated. */
  start: z.nullable(z.string()),
  /** True for a month in a weekly comparison: the figures' day is not known. */
  dayUnknown: z.boolean(),
  claimCount: z.number(),
  /** The period's claims, oldest first, at most MAX_COMPARED_CLAIMS of them. */
  claims: z.array(ClaimSchema),
  /** Lowest and highest figure given in the period (ranges count by their ends). */
  spread: SpreadSchema,
  /** The same over independent origins: each origin's claims in the period collapsed to one figure (`originFigures`). */
  originSpread: SpreadSchema,
  /** Claims with a number, and independent origins among them: known origins, plus each claim of unknown origin. */
  figureCount: z.number(),
  originCount: z.number(),
  sourceCount: z.number(),
  /** Contradictions recorded in the data between two claims of this period. */
  contradictions: z.array(z.tuple([z.string(), z.string()])),
});
export type ComparisonGroup = z.infer<typeof ComparisonGroupSchema>;

export const ComparisonResponseSchema = z.object({
  /** The metric compared: the one asked for, else the one with the most claims under the other filters. */
  metric: z.nullable(z.string()),
  window: CompareWindowSchema,
  /** Claims per metric under the other filters, most first: what a metric picker offers. */
  metricCounts: z.array(z.object({ metricId: z.string(), count: z.number() })),
  groups: z.array(ComparisonGroupSchema),
});
export type ComparisonResponse = z.infer<typeof ComparisonResponseSchema>;

/** The date a figure refers to: its as-of date where given, otherwise when it was claimed. */
export function referenceDate(claim: Claim): PartialDate | null {
  return claim.figureAsOf ?? claim.claimedOn;
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

type Bucket = Pick<ComparisonGroup, 'key' | 'period' | 'start' | 'dayUnknown'> & { time: number };

function bucket(date: PartialDate, window: CompareWindow): Bucket {
  const precision = precisionOf(date);
  const { start } = dateSpan(date);
  const year = new Date(start).getUTCFullYear();
  if (precision === 'year')
    return { key: `${year}`, period: 'year', start: isoDay(start), dayUnknown: false, time: start };
  if (window === 'quarter') {
    const quarter = periodOf(start, 'quarter').start;
    const q = Math.floor(new Date(start).getUTCMonth() / 3) + 1;
    return { key: `${year}-Q${q}`, period: 'quarter', start: isoDay(quarter), dayUnknown: false, time: quarter };
  }
  if (window === 'month' || precision === 'month') {
    const month = periodOf(start, 'month').start;
    const dayUnknown = window === 'week';
    return {
      key: `${date.slice(0, 7)}${dayUnknown ? '~' : ''}`,
      period: 'month',
      start: isoDay(month),
      dayUnknown,
      time: month,
    };
  }
  const monday = periodOf(start, 'week').start;
  return { key: isoDay(monday), period: 'week', start: isoDay(monday), dayUnknown: false, time: monday };
}

const UNDATED: Bucket = { key: 'undated', period: 'undated', start: null, dayUnknown: false, time: Infinity };

const numbersOf = (claims: Claim[]) =>
  claims.flatMap((c) => [c.figure.value, c.figure.low, c.figure.high]).filter((v): v is number => v !== null);

/** Not Math.min(...list): a period may hold more figures than a call takes arguments. */
function spreadOf(numbers: number[]): ComparisonGroup['spread'] {
  if (numbers.length === 0) return null;
  return { min: numbers.reduce((a, b) => Math.min(a, b)), max: numbers.reduce((a, b) => Math.max(a, b)) };
}

function originSpreadOf(claims: Claim[]): Pick<ComparisonGroup, 'originSpread' | 'figureCount' | 'originCount'> {
  const figures = originFigures(claims);
  return {
    originSpread: spreadOf(figures.flatMap((f) => f.numbers)),
    figureCount: figures.reduce((n, f) => n + f.claims.length, 0),
    originCount: figures.length,
  };
}

/** Competing figures for one metric, grouped by the period they refer to, oldest period first. */
export function toComparison(claims: readonly Claim[], metricId: string, window: CompareWindow): ComparisonGroup[] {
  const groups = new Map<string, Bucket & { members: Claim[] }>();
  for (const claim of claims) {
    if (claim.metricId !== metricId) continue;
    const date = referenceDate(claim);
    const b = date ? bucket(date, window) : UNDATED;
    const group = groups.get(b.key) ?? { ...b, members: [] };
    group.members.push(claim);
    groups.set(b.key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.time - b.time || a.key.localeCompare(b.key))
    .map(({ members, key, period, start, dayUnknown }) => {
      const ids = new Set(members.map((c) => c.id));
      const contradictions = members.flatMap((c) =>
        c.contradictingClaimIds
          .filter((other) => ids.has(other) && c.id < other)
          .map((other): [string, string] => [c.id, other]),
      );
      return {
        key,
        period,
        start,
        dayUnknown,
        claimCount: members.length,
        claims: [...members].sort(compareClaims).slice(0, MAX_COMPARED_CLAIMS),
        spread: spreadOf(numbersOf(members)),
        ...originSpreadOf(members),
        sourceCount: new Set(members.map((c) => c.speaker.organisation)).size,
        contradictions,
      };
    });
}

/**
 * GET /api/claims/compare's answer from the claims the other filters keep (every metric): the metric asked for (or
 * the busiest), the counts per metric, and that metric's periods.
 */
export function comparisonAnswer(
  claims: readonly Claim[],
  metric: string | undefined,
  window: CompareWindow,
): ComparisonResponse {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.metricId, (counts.get(c.metricId) ?? 0) + 1);
  const metricCounts = [...counts]
    .map(([metricId, count]) => ({ metricId, count }))
    .sort((a, b) => b.count - a.count || a.metricId.localeCompare(b.metricId));
  const chosen = metric ?? metricCounts[0]?.metricId ?? null;
  return { metric: chosen, window, metricCounts, groups: chosen ? toComparison(claims, chosen, window) : [] };
}

/** Reads GET /api/claims/compare's query: the filters (`metric` picks the metric compared) and `window`. */
export function parseCompareParams(params: URLSearchParams): {
  filters: ClaimFilters;
  window: CompareWindow;
  problems: FilterProblem[];
} {
  const { filters, problems } = parseClaimFilters(params, ['window']);
  const windows = params.getAll('window');
  let window: CompareWindow = 'month';
  if (windows.length > 0) {
    const parsed = CompareWindowSchema.safeParse(windows.length === 1 ? windows[0] : null);
    if (parsed.success) window = parsed.data;
    else
      problems.push({
        param: 'window',
        value: windows.join(','),
        reason: `Must be one of ${COMPARE_WINDOWS.join(', ')}`,
      });
  }
  return { filters, window, problems };
}
