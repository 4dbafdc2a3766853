import type { ClaimKind, VerificationState } from '@/contract/vocabulary';
import { VERIFICATION_STATES } from '@/contract/vocabulary';
import type { PlottedClaim } from './to-chart-models';

/** Above this many plotted claims a chart draws groups, not single claims: thousands of marks can be neither read nor drawn fast. */
export const AGGREGATE_ABOVE = 250;

export type AggregateBucket = 'week' | 'month' | 'quarter' | 'year';

/** Claims of one verification state in one period, drawn as one mark: median, full range and count. */
export interface AggregatePoint {
  id: string;
  state: VerificationState;
  /** The kind when every claim in the group has it, else null (drawn with a plain outline). */
  kind: ClaimKind | null;
  colour: string;
  start: number;
  end: number;
  mid: number;
  count: number;
  median: number;
  low: number;
  high: number;
  /** The period as dates for the filters (YYYY-MM-DD), so opening a group narrows the view to it. */
  from: string;
  to: string;
}

export interface Aggregation {
  bucket: AggregateBucket;
  points: AggregatePoint[];
  claimCount: number;
}

const DAY = 86_400_000;
const NEUTRAL = '#5f6b7a';
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** At most this many groups in a chart: more can be neither told apart nor drawn fast. */
export const MAX_GROUPS = 120;
const BUCKETS: AggregateBucket[] = ['week', 'month', 'quarter', 'year'];

/** The finest period that keeps the groups (periods × verification states) within MAX_GROUPS. */
export function chooseBucket(plotted: PlottedClaim[]): AggregateBucket {
  for (const bucket of BUCKETS) {
    const keys = new Set<string>();
    for (const p of plotted) keys.add(`${periodOf(p.mid, bucket).start}|${p.claim.verification.state}`);
    if (keys.size <= MAX_GROUPS) return bucket;
  }
  return 'year';
}

/** The UTC period of `bucket` that holds time `t`. */
export function periodOf(t: number, bucket: AggregateBucket): { start: number; end: number } {
  const d = new Date(t);
  if (bucket === 'week') {
    const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
    return { start: monday, end: monday + 7 * DAY - 1 };
  }
  const months = bucket === 'month' ? 1 : bucket === 'quarter' ? 3 : 12;
  const firstMonth = d.getUTCMonth() - (d.getUTCMonth() % months);
  return {
    start: Date.UTC(d.getUTCFullYear(), firstMonth, 1),
    end: Date.UTC(d.getUTCFullYear(), firstMonth + months, 1) - 1,
  };
}

const valueOf = (p: PlottedClaim) => p.value ?? ((p.low ?? 0) + (p.high ?? 0)) / 2;

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Groups plotted claims by period and verification state: each group keeps its state (shape and
 * fill), its kind when all agree, its metric colour when all share one, and its count, median and
 * full range. Nothing is dropped: the counts add up to the claims given.
 */
export function aggregatePoints(plotted: PlottedClaim[], bucket: AggregateBucket = chooseBucket(plotted)): Aggregation {
  const groups = new Map<string, PlottedClaim[]>();
  for (const p of plotted) {
    const { start } = periodOf(p.mid, bucket);
    const key = `${start}|${p.claim.verification.state}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const points: AggregatePoint[] = [];
  for (const [key, members] of groups) {
    const first = members[0] as PlottedClaim;
    const { start, end } = periodOf(first.mid, bucket);
    const values = members.map(valueOf).sort((a, b) => a - b);
    const kinds = new Set(members.map((m) => m.claim.kind));
    const colours = new Set(members.map((m) => m.colour));
    points.push({
      id: `group:${key}`,
      state: first.claim.verification.state,
      kind: kinds.size === 1 ? first.claim.kind : null,
      colour: colours.size === 1 ? first.colour : NEUTRAL,
      start,
      end,
      mid: (start + end) / 2,
      count: members.length,
      median: median(values),
      low: Math.min(...members.map((m) => m.low ?? valueOf(m))),
      high: Math.max(...members.map((m) => m.high ?? valueOf(m))),
      from: day(start),
      to: day(end),
    });
  }
  const stateOrder = (s: VerificationState) => VERIFICATION_STATES.indexOf(s);
  points.sort((a, b) => a.start - b.start || stateOrder(a.state) - stateOrder(b.state));
  return { bucket, points, claimCount: plotted.length };
}
