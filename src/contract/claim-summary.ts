import { described, z } from './zod-mini';
import type { Claim } from './claim-schema';
import { comparePartialDates, PartialDateSchema, type PartialDate } from './partial-date';
import { OriginCountsSchema } from './origins/origin-counts';
import { periodOf, PERIODS, PeriodSchema, type Period } from './claim-periods';
import { parseClaimFilters, type FilterProblem } from './claim-filter-params';
import type { ClaimFilters } from './claim-filters';
import { readWholeNumber } from './query-number';
import {
  CLAIM_KINDS,
  ClaimKindSchema,
  VERIFICATION_STATES,
  VerificationStateSchema,
  type ClaimKind,
  type VerificationState,
} from './vocabulary';

/*
 * GET /api/claims/summary: the claims a filter keeps, counted per chart group, per period × verification state ×
 * kind, with the count, median, minimum and maximum figure and a few sample ids. This is what a chart drawn as
 * groups shows (ADR 007), computed where the claims are. Claims without a figure, and undated claims, are counted
 * apart: they have no place on a value or time axis.
 */

/** At most this many groups (periods × states × kinds) in one chart: more can be neither told apart nor drawn fast. */
export const MAX_GROUPS = 120;
export const DEFAULT_SAMPLES = 5;
export const MAX_SAMPLES = 50;
/** `period=auto`: per chart, the finest period that keeps its groups within MAX_GROUPS. */
export const SUMMARY_PERIODS = ['auto', ...PERIODS] as const;
export const SummaryPeriodSchema = z.enum(SUMMARY_PERIODS);
export type SummaryPeriod = z.infer<typeof SummaryPeriodSchema>;

const count = z.number().check(z.int(), z.nonnegative());
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const sampleIds = described(z.array(z.string()), 'Up to `samples` claim ids of the group, in time order');

export const SummaryGroupSchema = z.object({
  from: described(isoDay, 'First day of the period (UTC)'),
  to: described(isoDay, 'Last day of the period (UTC)'),
  state: VerificationStateSchema,
  kind: ClaimKindSchema,
  count,
  median: described(z.number(), 'Median figure (a range counts as its middle)'),
  min: described(z.number(), 'Lowest figure, or lowest bound of a range'),
  max: described(z.number(), 'Highest figure, or highest bound of a range'),
  sampleIds,
});
export type SummaryGroup = z.infer<typeof SummaryGroupSchema>;

const CountedApartSchema = z.object({ count, sampleIds });

export const ChartSummarySchema = z.object({
  chartGroupId: z.string(),
  label: z.string(),
  metrics: z.array(z.object({ id: z.string(), count })),
  claimCount: described(count, 'Every claim of this chart the filters keep'),
  period: PeriodSchema,
  groups: z.array(SummaryGroupSchema),
  withoutFigure: described(CountedApartSchema, 'Dated claims that give no figure (statements, denials)'),
  undated: described(CountedApartSchema, 'Claims no source dates'),
  latestClaimedOn: described(z.nullable(PartialDateSchema), 'The latest date any of the claims was made'),
  origins: described(OriginCountsSchema, 'How many origins the claims go back to'),
  sources: described(
    z.array(z.object({ organisation: z.string(), count })),
    'Every speaker organisation of the claims, most claims first',
  ),
});
export type ChartSummary = z.infer<typeof ChartSummarySchema>;

export const ClaimSummaryResponseSchema = z.object({
  charts: z.array(ChartSummarySchema),
  matched: described(count, 'Claims the filters keep'),
  total: described(count, 'Claims in the store before filtering'),
});
export type ClaimSummaryResponse = z.infer<typeof ClaimSummaryResponseSchema>;

/** A figure on a value axis: its value (a range: its middle) and its extent; null when it gives none to draw. */
export function figureExtent({
  value,
  low,
  high,
}: Pick<Claim['figure'], 'value' | 'low' | 'high'>): { value: number; min: number; max: number } | null {
  if (value === null && (low === null || high === null)) return null;
  const middle = value ?? ((low ?? 0) + (high ?? 0)) / 2;
  return { value: middle, min: low ?? middle, max: high ?? middle };
}

/** Speaker organisations behind claims, most claims first (ties in alphabetical order). */
export function countSpeakers(claims: readonly Pick<Claim, 'speaker'>[]): { organisation: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.speaker.organisation, (counts.get(c.speaker.organisation) ?? 0) + 1);
  return orderSpeakerCounts(counts);
}

/** Claims per speaker organisation, most claims first (ties in alphabetical order). */
export function orderSpeakerCounts(counts: Map<string, number>): { organisation: string; count: number }[] {
  return [...counts]
    .map(([organisation, count]) => ({ organisation, count }))
    .sort(
      (a, b) => b.count - a.count || (a.organisation < b.organisation ? -1 : a.organisation > b.organisation ? 1 : 0),
    );
}

/** The latest of the claims' dates, or null when none is dated. */
export function latestClaimDate(claims: readonly Pick<Claim, 'claimedOn'>[]): PartialDate | null {
  let latest: PartialDate | null = null;
  for (const { claimedOn } of claims)
    if (claimedOn !== null && (latest === null || comparePartialDates(claimedOn, latest) > 0)) latest = claimedOn;
  return latest;
}

/** What a group is keyed by: the period that holds a time, a verification state and a kind. */
export interface Groupable {
  time: number;
  state: VerificationState;
  kind: ClaimKind;
}

/** The key of the group a point falls in, for one period. */
export const groupKey = (point: Groupable, period: Period): string =>
  `${periodOf(point.time, period).start}|${point.state}|${point.kind}`;

/** The finest period that keeps the groups (periods × states × kinds) within MAX_GROUPS. */
export function choosePeriod(points: Groupable[]): Period {
  for (const period of PERIODS) {
    const keys = new Set<string>();
    for (const point of points) keys.add(groupKey(point, period));
    if (keys.size <= MAX_GROUPS) return period;
  }
  return 'year';
}

/** The order of groups: by period, then state and kind in vocabulary order. */
export function compareGroups(
  a: { start: number; state: VerificationState; kind: ClaimKind },
  b: { start: number; state: VerificationState; kind: ClaimKind },
): number {
  return (
    a.start - b.start ||
    VERIFICATION_STATES.indexOf(a.state) - VERIFICATION_STATES.indexOf(b.state) ||
    CLAIM_KINDS.indexOf(a.kind) - CLAIM_KINDS.indexOf(b.kind)
  );
}

export function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The summary's own parameters, beside the filters. */
export const SUMMARY_PARAMS = ['period', 'samples'] as const;

/** Reads GET /api/claims/summary's query: the filters, as GET /api/claims reads them, and `period` and `samples`. */
export function parseSummaryParams(params: URLSearchParams): {
  filters: ClaimFilters;
  period: SummaryPeriod;
  samples: number;
  problems: FilterProblem[];
} {
  const { filters, problems } = parseClaimFilters(params, SUMMARY_PARAMS);
  let period: SummaryPeriod = 'auto';
  const periods = params.getAll('period');
  if (periods.length > 0) {
    const parsed = SummaryPeriodSchema.safeParse(periods.length === 1 ? periods[0] : null);
    if (parsed.success) period = parsed.data;
    else
      problems.push({
        param: 'period',
        value: periods.join(','),
        reason: `Must be one of ${SUMMARY_PERIODS.join(', ')}`,
      });
  }
  const samples = readWholeNumber(
    params,
    'samples',
    { min: 0, max: MAX_SAMPLES, digits: 3, fallback: DEFAULT_SAMPLES },
    problems,
  );
  return { filters, period, samples, problems };
}
