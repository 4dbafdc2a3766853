import { useMemo } from 'react';
import { referenceText } from '@/i18n/reference-text';
import { useQuery } from '@tanstack/react-query';
import type { ClaimFilters } from '@/contract/claim-filters';
import { claimQueries } from '@/api/queries/claim-queries';
import { metricQueries } from '@/api/queries/reference-queries';
import { StatusMessage } from '@/components/ui/status-message';
import { QueryState } from '@/components/ui/query-state';
import { COMPARE_WINDOWS, type CompareWindow } from '@/contract/claim-comparison';
import { ComparisonGroupCard } from './comparison-group-card';
import { isolate } from '@/lib/isolate-text';
import type { MessageKey } from '@/i18n/catalogues/en';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

const WINDOW_LABELS: Record<CompareWindow, MessageKey> = {
  week: 'compare.window.week',
  month: 'compare.window.month',
  quarter: 'compare.window.quarter',
};

interface CompareViewProps {
  filters: ClaimFilters;
  window: CompareWindow;
  onMetricChange: (metric: string) => void;
  onWindowChange: (window: CompareWindow) => void;
  onOpen: (id: string) => void;
}

/** Competing figures for one metric, period by period: who says what, how far apart, how well verified. */
export function CompareView({ filters, window, onMetricChange, onWindowChange, onOpen }: CompareViewProps) {
  const t = useT();
  const comparison = useQuery(claimQueries.compare(filters, window));
  const metrics = useQuery(metricQueries.list());
  const counts = useMemo(
    () => new Map((comparison.data?.metricCounts ?? []).map((m) => [m.metricId, m.count])),
    [comparison.data],
  );
  const metricId = comparison.data?.metric ?? undefined;
  const metric = metrics.data?.metrics.find((m) => m.id === metricId);

  if (!comparison.data) return <QueryState query={comparison} what="claims" />;
  const { groups } = comparison.data;
  return (
    <section aria-labelledby="compare-heading" className="compare">
      <h2 id="compare-heading">
        {metric ? (
          <RichText text={t('compare.headingMetric')} tags={{ metric: () => <bdi>{metric.label}</bdi> }} />
        ) : (
          t('compare.heading')
        )}
      </h2>
      <div className="compare__controls">
        <label>
          {t('compare.metric')}
          <select value={metricId ?? ''} onChange={(e) => onMetricChange(e.target.value)}>
            {(metrics.data?.metrics ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {isolate(referenceText(m.label))} ({counts.get(m.id) ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('compare.groupBy')}
          <select
            value={window}
            onChange={(e) => onWindowChange(COMPARE_WINDOWS.find((w) => w === e.target.value) ?? 'month')}
          >
            {COMPARE_WINDOWS.map((w) => (
              <option key={w} value={w}>
                {t(WINDOW_LABELS[w])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">{t('compare.explanation')}</p>
      {groups.length === 0 ? <StatusMessage kind="empty" title={t('compare.empty')} /> : null}
      {groups.map((group) => (
        <ComparisonGroupCard key={group.key} group={group} onOpen={onOpen} />
      ))}
    </section>
  );
}
