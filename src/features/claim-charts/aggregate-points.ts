import type { VerificationState } from '@/contract/vocabulary';
import { VERIFICATION_STATES } from '@/contract/vocabulary';
import { periodOf, type Period } from '@/lib/periods';
import type { AggregatePoint, Aggregation, PlottedClaim } from './chart-model-types';

/** Above this many plotted claims a chart draws groups, not single claims: thousands of marks can be neither read nor drawn fast. */
export const AGGREGATE_ABOVE = 250;

const NEUTRAL = '#5f6b7a';
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** At most this many groups in a chart: more can be neither told apart nor drawn fast. */
export const MAX_GROUPS = 120;
const BUCKETS: Period[] = ['week', 'month', 'quarter', 'year'];

/** The finest period that keeps the groups (periods × verification states) within MAX_GROUPS. */
export function chooseBucket(plotted: PlottedClaim[]): Period {
  for (const bucket of BUCKETS) {
    const keys = new Set<string>();
    for (const p of plotted) keys.add(`${periodOf(p.mid, bucket).start}|${p.claim.verification.state}`);
    if (keys.size <= MAX_GROUPS) return bucket;
  }
  return 'year';
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
export function aggregatePoints(plotted: PlottedClaim[], bucket: Period = chooseBucket(plotted)): Aggregation {
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
