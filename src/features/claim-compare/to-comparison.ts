import type { Claim } from '@/contract/claim-schema';
import { compareClaims } from '@/contract/select-claims';
import { dateSpan, precisionOf, type PartialDate } from '@/contract/partial-date';
import { formatPartialDate } from '@/lib/format';
import { periodOf } from '@/contract/claim-periods';
import { periodLabel, quarterOf } from '@/lib/periods';
import { originFigures } from './origin-figures';

export const COMPARE_WINDOWS = ['week', 'month', 'quarter'] as const;
export type CompareWindow = (typeof COMPARE_WINDOWS)[number];

export interface ComparisonGroup {
  key: string;
  label: string;
  start: number;
  claims: Claim[];
  /** Lowest and highest figure given in the period (ranges count by their ends). */
  spread: { min: number; max: number } | null;
  /** The same over independent origins: each origin's claims in the period collapsed to one figure (see `originFigures`). */
  originSpread: { min: number; max: number } | null;
  /** Claims with a number, and independent origins among them: known origins, plus each claim of unknown origin on its own. */
  figureCount: number;
  originCount: number;
  sourceCount: number;
  /** Contradictions recorded in the data between two claims of this period. */
  contradictions: [string, string][];
}

/** The date a figure refers to: its as-of date where given, otherwise when it was claimed. */
export function referenceDate(claim: Claim): PartialDate | null {
  return claim.figureAsOf ?? claim.claimedOn;
}

function bucket(date: PartialDate, window: CompareWindow): { key: string; label: string; start: number } {
  const precision = precisionOf(date);
  const { start } = dateSpan(date);
  const year = new Date(start).getUTCFullYear();
  if (precision === 'year') return { key: `${year}`, label: `${year} (month not known)`, start };
  if (window === 'quarter') {
    const quarter = periodOf(start, 'quarter').start;
    return { key: `${year}-Q${quarterOf(start)}`, label: periodLabel(quarter, 'quarter'), start: quarter };
  }
  if (window === 'month' || precision === 'month') {
    const key = date.slice(0, 7);
    const coarse = window === 'week' ? ' (day not known)' : '';
    return {
      key: `${key}${coarse ? '~' : ''}`,
      label: `${formatPartialDate(key)}${coarse}`,
      start: periodOf(start, 'month').start,
    };
  }
  const monday = periodOf(start, 'week').start;
  return { key: new Date(monday).toISOString().slice(0, 10), label: periodLabel(monday, 'week'), start: monday };
}

const numbersOf = (claims: Claim[]) =>
  claims.flatMap((c) => [c.figure.value, c.figure.low, c.figure.high]).filter((v): v is number => v !== null);

function spreadOf(numbers: number[]): ComparisonGroup['spread'] {
  return numbers.length ? { min: Math.min(...numbers), max: Math.max(...numbers) } : null;
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
export function toComparison(claims: Claim[], metricId: string, window: CompareWindow): ComparisonGroup[] {
  const groups = new Map<
    string,
    Omit<ComparisonGroup, 'spread' | 'originSpread' | 'figureCount' | 'originCount' | 'sourceCount' | 'contradictions'>
  >();
  for (const claim of claims.filter((c) => c.metricId === metricId)) {
    const date = referenceDate(claim);
    const b = date
      ? bucket(date, window)
      : { key: 'undated', label: 'Date not known', start: Number.POSITIVE_INFINITY };
    const group = groups.get(b.key) ?? { ...b, claims: [] };
    group.claims.push(claim);
    groups.set(b.key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.start - b.start || a.key.localeCompare(b.key))
    .map((g) => {
      const ids = new Set(g.claims.map((c) => c.id));
      const contradictions = g.claims.flatMap((c) =>
        c.contradictingClaimIds
          .filter((other) => ids.has(other) && c.id < other)
          .map((other): [string, string] => [c.id, other]),
      );
      return {
        ...g,
        claims: [...g.claims].sort(compareClaims),
        spread: spreadOf(numbersOf(g.claims)),
        ...originSpreadOf(g.claims),
        sourceCount: new Set(g.claims.map((c) => c.speaker.organisation)).size,
        contradictions,
      };
    });
}
