import type { MessageKey } from '@/i18n/catalogues/en';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';
import type { Aggregation } from './chart-model-types';

const GROUPS: Record<Aggregation['bucket'], MessageKey> = {
  week: 'charts.groupCount.week',
  month: 'charts.groupCount.month',
  quarter: 'charts.groupCount.quarter',
  year: 'charts.groupCount.year',
};

/** Says on the chart that its points are groups, not single claims, and how to get the claims back. */
export function AggregateNote({ aggregation, canNarrow }: { aggregation: Aggregation; canNarrow: boolean }) {
  const t = useT();
  const { claimCount, points, bucket } = aggregation;
  const text = t(canNarrow ? 'charts.aggregateNoteNarrow' : 'charts.aggregateNote', {
    claims: t('charts.claimCount', { count: claimCount }),
    groups: t(GROUPS[bucket], { count: points.length }),
  });
  return (
    <p className="chart__aggregate-note" role="note">
      <RichText text={text} tags={{ strong: (inner) => <strong>{inner}</strong> }} />
    </p>
  );
}
