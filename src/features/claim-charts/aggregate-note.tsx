import { formatNumber } from '@/lib/format';
import type { Aggregation } from './chart-model-types';

const PERIOD = { week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'yearly' } as const;

/** Says on the chart that its points are groups, not single claims, and how to get the claims back. */
export function AggregateNote({ aggregation, canNarrow }: { aggregation: Aggregation; canNarrow: boolean }) {
  const { claimCount, points, bucket } = aggregation;
  return (
    <p className="chart__aggregate-note" role="note">
      <strong>
        {formatNumber(claimCount)} claims drawn as {formatNumber(points.length)} {PERIOD[bucket]} groups
      </strong>{' '}
      by verification state and kind of figure: each mark is the median of its group, larger for more claims, with a
      whisker over the group’s full range. Narrow the dates or filter to see single claims
      {canNarrow ? '; opening a group narrows the dates to its period' : ''}.
    </p>
  );
}
