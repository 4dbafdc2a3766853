import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { referenceText } from '@/i18n/reference-text';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { parseChartViewSettings } from '@/lib/chart-view-settings';
import { ChartViewControls } from '@/features/claim-charts/chart-view-controls';
import { metricQueries, sourceQueries } from '@/api/queries/reference-queries';
import { useOriginLabel } from '@/api/queries/origin-queries';
import { ClaimChartsSection } from '@/features/claim-charts/claim-charts-section';
import { useClaimFilters } from '@/features/claim-filters/use-claim-filters';
import { filtersSummary } from '@/lib/describe-filters';
import { useClaimPanelActions } from '@/stores/claim-panel-store';
import { REPLAY_PARAM } from '@/config/paths';
import { useT } from '@/i18n/translate';

// The replay loads when it is opened.
const ReplayBar = lazy(async () => ({ default: (await import('@/features/replay/replay-bar')).ReplayBar }));

/** The charts view: one chart per metric group for the filters in the URL. */
export function DashboardRoute() {
  const t = useT();
  const { filters, setFilters } = useClaimFilters();
  const { claimOpened } = useClaimPanelActions();
  const metrics = useQuery(metricQueries.list());
  const sources = useQuery(sourceQueries.list());
  const originLabel = useOriginLabel(filters.origin);
  // Said on exported images and slides, so that a filtered subset never passes for the whole picture.
  const subset = filtersSummary(filters, {
    metricLabel: (id) => referenceText(metrics.data?.metrics.find((m) => m.id === id)?.label ?? id),
    sourceName: (id) => sources.data?.sources.find((s) => s.id === id)?.name,
    originLabel,
  });
  const [searchParams, setSearchParams] = useSearchParams();
  const onBrush = useCallback(
    // Narrows, never widens: a group's period may reach past the dates already chosen.
    (from: string, to: string) => setFilters((current) => ({ ...current, ...narrowedDates(current, from, to) })),
    [setFilters],
  );
  // The same object while the settings are the same: a new one would redraw every chart on each filter change.
  const { labels, sourceLines, foldOrigins } = parseChartViewSettings(searchParams);
  const view = useMemo(() => ({ labels, sourceLines, foldOrigins }), [labels, sourceLines, foldOrigins]);
  const replayRange = searchParams.get(REPLAY_PARAM);
  // Opening shows the bar at once; its first step puts the frame's day and the replay in the link. (A navigation
  // that changed nothing the charts draw would wait for every chart still to hydrate below the fold.)
  const [opened, setOpened] = useState(false);
  const replaying = opened || replayRange !== null;
  const onStep = useCallback(
    (day: string, options: { replace: boolean }) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set('asof', day);
        next.set(REPLAY_PARAM, current.get(REPLAY_PARAM) ?? '');
        return next;
      }, options),
    [setSearchParams],
  );
  // Closing returns to the present picture.
  const onClose = useCallback(() => {
    setOpened(false);
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.delete(REPLAY_PARAM);
      next.delete('asof');
      return next;
    });
  }, [setSearchParams]);
  const controls = (
    <>
      <ChartViewControls view={view} />
      {!replaying ? (
        <button type="button" className="button button--quiet button--small" onClick={() => setOpened(true)}>
          {t('routes.replay')}
        </button>
      ) : (
        <Suspense fallback={null}>
          <ReplayBar filters={filters} rangeParam={replayRange} onStep={onStep} onClose={onClose} />
        </Suspense>
      )}
    </>
  );
  return (
    <ClaimChartsSection
      view={view}
      controls={controls}
      filters={filters}
      onOpen={claimOpened}
      onBrush={onBrush}
      subset={subset}
    />
  );
}

/** The dates `from`–`to` within those already chosen (ISO days compare as text); as given when they do not meet. */
export function narrowedDates(current: { from?: string; to?: string }, from: string, to: string) {
  const start = current.from && current.from > from ? current.from : from;
  const end = current.to && current.to < to ? current.to : to;
  return start <= end ? { from: start, to: end } : { from, to };
}
