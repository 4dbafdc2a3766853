import { useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { localEvent } from '@/lib/reference-labels';
import { useQuery } from '@tanstack/react-query';
import { eventQueries } from '@/api/queries/reference-queries';
import type { ClaimFilters } from '@/contract/claim-filters';
import { claimFiltersToParams } from '@/contract/claim-filter-params';
import type { ClaimEvent } from '@/contract/event-schema';
import { precisionOf } from '@/contract/partial-date';
import { formatPartialDate } from '@/lib/format';
import { DEFAULT_CHART_VIEW, type ChartViewSettings } from '@/lib/chart-view-settings';
import { StatusMessage } from '@/components/ui/status-message';
import { QueryState } from '@/components/ui/query-state';
import { RejectedRecordsNotice } from '@/components/ui/rejected-records-notice';
import { ClaimChart } from './claim-chart';
import { useChartModels } from './use-chart-models';
import { useChartsDrawnMark, useChartsInViewMark } from './use-charts-drawn-mark';
import { ChartsCatchingUpContext, createChartsCatchingUp } from './charts-catching-up';
import { useSubsetOfAnswer } from './use-subset-of-answer';
import { DataText } from '@/components/ui/data-text';
import { RichText } from '@/i18n/rich-text';
import { useT } from '@/i18n/translate';

const NO_EVENTS: ClaimEvent[] = [];

interface ClaimChartsSectionProps {
  filters: ClaimFilters;
  onOpen: (claimId: string) => void;
  /** Dragging across a chart's time axis sets the date range. */
  onBrush?: (from: string, to: string) => void;
  /** Shorter charts, so a slide with its caveats fits one screen. */
  compact?: boolean;
  /** Labels, source lines and folding (URL view state); absent: the defaults. */
  view?: ChartViewSettings;
  /** The height of each chart's plot in px, when the caller fits the charts to a frame (a slide). */
  plotHeight?: number;
  /** Says that the claims shown are a subset (e.g. "Filtered: Sources: NIS · State: unverified"), for exports. */
  subset?: string | null;
  /** Shown above the charts (the annotation settings on the dashboard). */
  controls?: ReactNode;
  /** The one chart (chart group id) to draw, as an embed asks; absent: every chart. */
  only?: string | null;
  /** Drawn in another site's page: no export menus, and each chart stamped with its "as of" date. */
  embedded?: boolean;
}

/** Loads claims, metrics and events and draws one chart per metric group, with every state said in words. */
export function ClaimChartsSection({
  filters,
  onOpen,
  onBrush,
  compact = false,
  view = DEFAULT_CHART_VIEW,
  plotHeight,
  subset = null,
  controls = null,
  only = null,
  embedded = false,
}: ClaimChartsSectionProps) {
  const t = useT();
  const {
    list: claims,
    metrics,
    summary,
    models: allModels,
    matched,
    total,
    answer,
    updating,
  } = useChartModels(filters, view.foldOrigins);
  const events = useQuery(eventQueries.list());
  const allEvents = useMemo(() => (events.data?.events ?? []).map(localEvent), [events.data]);
  // One stable list of events per topic, so a chart's memoised layout is not redone on every render.
  const models = useMemo(() => (only ? allModels.filter((m) => m.id === only) : allModels), [allModels, only]);
  const eventsByTopic = useMemo(() => {
    const topics = new Set(allEvents.flatMap((e) => e.topics));
    const forTopic = (topic: string) =>
      allEvents.filter((e) => e.topics.length === 0 || e.topics.some((t) => t === topic));
    return new Map([...topics, 'troops', 'munitions'].map((topic) => [topic, forTopic(topic)]));
  }, [allEvents]);
  const sectionRef = useRef<HTMLElement>(null);
  // Charts off screen draw a new answer after those on screen (useDeferredOffScreen): until they have, the section is
  // busy, and the charts-drawn mark waits.
  const [catchingUp] = useState(createChartsCatchingUp);
  const chartsBehind = useSyncExternalStore(catchingUp.subscribe, catchingUp.count, () => 0);
  const expectedMarks = useMemo(
    () =>
      models.reduce(
        (n, m) =>
          n + (m.aggregate ? m.aggregate.points.length : m.plotted.length) + m.unquantified.length + m.undated.length,
        0,
      ),
    [models],
  );
  useChartsDrawnMark(sectionRef, answer, matched, expectedMarks, catchingUp.count);
  const filtersKey = claimFiltersToParams(filters).toString();
  const subsetDrawn = useSubsetOfAnswer(answer, filtersKey, subset);
  useChartsInViewMark(answer);

  if (!claims.data || (summary && !summary.data)) {
    const pending = summary && !summary.data ? summary : claims;
    return (
      // Holds the charts' place while they load, so nothing below them jumps when they arrive.
      <div className="charts charts--loading">
        <QueryState query={pending} what={summary ? 'claim summary' : 'claims'} />
      </div>
    );
  }
  const { rejected } = claims.data;
  const undatedEvents = allEvents.filter((e) => precisionOf(e.date) === 'year');
  return (
    <section
      aria-labelledby="charts-heading"
      aria-busy={
        updating || chartsBehind > 0 || claims.isPlaceholderData || summary?.isPlaceholderData ? true : undefined
      }
      data-filters={filtersKey}
      className="charts"
      ref={sectionRef}
    >
      <h2 id="charts-heading" className="visually-hidden">
        {t('charts.heading')}
      </h2>
      <p className="charts__count" aria-live="polite" hidden={only !== null}>
        {filters.asof
          ? t('charts.showingAsOf', { matched, count: total, date: formatPartialDate(filters.asof) })
          : t('charts.showing', { matched, count: total })}
        {onBrush ? <span className="muted"> · {t('charts.dragHint')}</span> : null}
      </p>
      {controls}
      <QueryState query={claims} what="claims" />
      {summary ? <QueryState query={summary} what="claim summary" /> : null}
      {summary?.isPlaceholderData ? (
        <StatusMessage kind="loading" title={t('charts.counting')}>
          {t('charts.countingDetail')}
        </StatusMessage>
      ) : null}
      <RejectedRecordsNotice what="claims" rejected={rejected} />
      {metrics.isError ? (
        <StatusMessage kind="warning" title={t('charts.metricsFailed')}>
          {t('charts.metricsFailedDetail')} {metrics.error.message}
        </StatusMessage>
      ) : null}
      {events.isError ? (
        <StatusMessage kind="warning" title={t('charts.eventsFailed')}>
          {events.error.message}
        </StatusMessage>
      ) : null}
      {matched === 0 ? (
        total === 0 ? (
          <StatusMessage kind="empty" title={t('charts.noClaimsYet')}>
            {t('charts.noClaimsYetDetail')}
          </StatusMessage>
        ) : (
          <StatusMessage kind="empty" title={t('charts.noMatch')}>
            {t('charts.noMatchDetail')}
          </StatusMessage>
        )
      ) : only && models.length === 0 ? (
        <StatusMessage kind="empty" title={t('charts.notInView')}>
          <RichText
            text={t(allModels.length > 0 ? 'charts.notInViewDetailList' : 'charts.notInViewDetail')}
            tags={{
              chart: () => <DataText text={only} />,
              list: () => <DataText text={allModels.map((m) => m.id).join(', ')} />,
            }}
          />
        </StatusMessage>
      ) : (
        <ChartsCatchingUpContext.Provider value={catchingUp}>
          {models.map((model, index) => (
            <ClaimChart
              key={model.id}
              eager={index < 2}
              model={model}
              events={eventsByTopic.get(model.topic) ?? NO_EVENTS}
              onOpen={onOpen}
              onBrush={onBrush}
              asof={filters.asof}
              compact={compact}
              view={view}
              plotHeight={plotHeight}
              subset={subsetDrawn}
              embedded={embedded}
            />
          ))}
        </ChartsCatchingUpContext.Provider>
      )}
      {undatedEvents.length > 0 ? (
        <aside className="context-undated" aria-label={t('charts.undatedContext')}>
          <h3>{t('charts.undatedContextHeading')}</h3>
          <ul>
            {undatedEvents.map((e) => (
              <li key={e.id}>
                <RichText
                  text={t('charts.undatedContextItem', { date: formatPartialDate(e.date, { showPrecision: true }) })}
                  tags={{
                    label: () => (
                      <strong>
                        <DataText text={e.label} />
                      </strong>
                    ),
                    description: () => <DataText text={e.description} />,
                  }}
                />{' '}
                <span className="muted">
                  <RichText
                    text={t('charts.eventSource')}
                    tags={{ outlet: () => <DataText text={e.source.outlet} /> }}
                  />{' '}
                  {e.dateBasis ? <DataText text={e.dateBasis} /> : null}
                </span>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </section>
  );
}
