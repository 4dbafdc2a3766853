import { periodOf, type Period } from '@/contract/claim-periods';
import { choosePeriod, compareGroups, figureExtent, groupKey, median, type Groupable } from '@/contract/claim-summary';
import type { AggregatePoint, Aggregation, PlottedClaim } from './chart-model-types';

/** Above this many plotted claims a chart draws groups, not single claims: thousands of marks can be neither read nor drawn fast. */
export const AGGREGATE_ABOVE = 250;

/** The colour of a group whose claims are of more than one metric. */
export const NEUTRAL = '#5f6b7a';
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A plotted claim as the API's summary groups it (GET /api/claims/summary): its time, state and kind. */
const groupable = (p: PlottedClaim): Groupable => ({
  time: p.mid,
  state: p.claim.verification.state,
  kind: p.claim.kind,
});

/** The finest period that keeps the groups (periods × verification states × kinds) within MAX_GROUPS. */
export const chooseBucket = (plotted: PlottedClaim[]): Period => choosePeriod(plotted.map(groupable));

/** A plotted claim's figure as the summary reads it (a plotted claim always has one). */
const extentOf = (p: PlottedClaim) => figureExtent(p) ?? { value: 0, min: 0, max: 0 };

/**
 * Groups plotted claims by period, verification state and kind, exactly as the API's summary does: each group
 * keeps its state (shape and fill) and kind (outline), never mixing a warning with a count, its metric colour when
 * all share one, and its count, median and full range. Nothing is dropped: the counts add up to the claims given.
 */
export function aggregatePoints(plotted: PlottedClaim[], bucket: Period = chooseBucket(plotted)): Aggregation {
  const groups = new Map<string, PlottedClaim[]>();
  for (const p of plotted) {
    const key = groupKey(groupable(p), bucket);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const points: AggregatePoint[] = [];
  for (const [key, members] of groups) {
    const first = members[0] as PlottedClaim;
    const { start, end } = periodOf(first.mid, bucket);
    const extents = members.map(extentOf);
    const values = extents.map((e) => e.value).sort((a, b) => a - b);
    const colours = new Set(members.map((m) => m.colour));
    points.push({
      id: `group:${key}`,
      state: first.claim.verification.state,
      kind: first.claim.kind,
      colour: colours.size === 1 ? first.colour : NEUTRAL,
      start,
      end,
      mid: (start + end) / 2,
      count: members.length,
      median: median(values),
      // Not Math.min(...list): a group may hold more claims than a call takes arguments.
      low: extents.reduce((low, e) => Math.min(low, e.min), Infinity),
      high: extents.reduce((high, e) => Math.max(high, e.max), -Infinity),
      from: day(start),
      to: day(end),
    });
  }
  points.sort(compareGroups);
  return { bucket, points, claimCount: plotted.length };
}
