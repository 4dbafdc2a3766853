import '@/styles/chart-annotations.css';
import { memo, useId, useMemo, useState } from 'react';
import { CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import type { ClaimEvent } from '@/contract/event-schema';
import { formatCompact } from '@/lib/format';
import { useElementWidth } from '@/lib/use-element-width';
import { DEFAULT_CHART_VIEW, effectiveLabelSetting, type ChartViewSettings } from '@/lib/chart-view-settings';
import { ChartCaption } from './chart-caption';
import { ChartSources } from './chart-sources';
import { PrintFootnotes } from './print-footnotes';
import { ChartDataTableSlot } from './chart-data-table-slot';
import { UndatedClaims } from './undated-claims';
import { layoutChart } from './layout-chart';
import type { ChartModel } from './chart-model-types';
import { chartTimeDomain, tickLabel } from './time-axis';
import { useRovingFocus } from './use-roving-focus';
import { createChartPointerStore } from './chart-pointer-store';
import { EventLayer, LaneBand, MarkLayer, SourceLineLayer, groupSize } from './chart-layers';
import { LabelLayer } from './label-layer';
import { OriginLinkLayer } from './origin-link-layer';
import { ChartKey } from './chart-key';
import { HitOverlay } from './hit-overlay';
import { PointerOverlay } from './pointer-overlay';
import { LabelList } from './label-list';
import { MarkerSymbols, symbolSpecs } from './marker-symbols';
import { useNearViewport } from './use-near-viewport';
import { markOrder } from './mark-order';

export interface ClaimChartProps {
  model: ChartModel;
  events: ClaimEvent[];
  onOpen: (claimId: string) => void;
  onBrush?: ((from: string, to: string) => void) | undefined;
  /** Set when the chart shows the claims as known on a past day. */
  asof?: string | undefined;
  compact?: boolean;
  view?: ChartViewSettings;
  plotHeight?: number | undefined;
  subset?: string | null;
  /** Draw at once (the first charts); others draw when they come near the viewport. */
  eager?: boolean;
}

function plotHeightFor(width: number, compact: boolean, fitted: number | undefined): number {
  if (fitted !== undefined) return fitted;
  return compact ? 190 : width < 560 ? 230 : 300;
}

/** One chart group over time, as a labelled figure: drawn once it is near the viewport; unchanged props draw nothing again. */
export const ClaimChart = memo(function ClaimChart(props: ClaimChartProps) {
  const [ref, near] = useNearViewport<HTMLElement>(props.eager ?? false);
  if (near) return <DrawnChart {...props} />;
  const titleId = `chart-title-${props.model.id}`;
  return (
    <figure ref={ref} className="chart chart--pending" data-chart-id={props.model.id} aria-labelledby={titleId}>
      <figcaption className="chart__caption">
        <h2 id={titleId} className="chart__title">
          <bdi>{props.model.title}</bdi>
        </h2>
      </figcaption>
      <div
        className="chart__placeholder"
        style={{ height: plotHeightFor(800, props.compact ?? false, props.plotHeight) + 160 }}
      />
    </figure>
  );
});

function DrawnChart({
  model,
  events,
  onOpen,
  onBrush,
  asof,
  compact = false,
  view = DEFAULT_CHART_VIEW,
  plotHeight: fitted,
  subset = null,
}: ClaimChartProps) {
  const [plotRef, width] = useElementWidth<HTMLDivElement>();
  const [store] = useState(createChartPointerStore);
  const prefix = `m${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const labels = effectiveLabelSetting(view.labels, model.plotted.length);
  const plotHeight = plotHeightFor(width ?? 800, compact, fitted);
  const large = (fitted ?? 0) >= 420;
  const domain = useMemo(() => chartTimeDomain(model), [model]);
  const layout = useMemo(
    () =>
      width
        ? layoutChart(model, events, domain, width, plotHeight, { labels, sourceLines: view.sourceLines, large })
        : null,
    [model, events, domain, width, plotHeight, labels, view.sourceLines, large],
  );
  const orderedIds = useMemo(() => markOrder(model), [model]);
  // A group of claims opens as its period: the dates narrow to it and single claims come back.
  const openMark = (id: string) => {
    const group = model.aggregate?.points.find((p) => p.id === id);
    if (group) onBrush?.(group.from, group.to);
    else onOpen(id);
  };
  const roving = useRovingFocus(orderedIds, openMark);
  const { markFocused } = store.getState().actions;
  const onFocusMark = useMemo(
    () => (id: string | null, at?: { x: number; y: number }) => markFocused(id && at ? { id, ...at } : null),
    [markFocused],
  );
  const specs = useMemo(() => {
    if (!layout) return [];
    const size = layout.markerSize;
    return symbolSpecs([
      ...[...model.plotted, ...model.unquantified].map((p) => ({
        state: p.claim.verification.state,
        kind: p.claim.kind,
        size,
      })),
      ...(model.aggregate?.points ?? []).map((p) => ({ state: p.state, kind: p.kind, size: groupSize(p.count) })),
    ]);
  }, [layout, model]);
  const titleId = `chart-title-${model.id}`;
  const statementsOnly = model.plotted.length === 0 && !model.aggregate;
  const axisTick = { fill: 'var(--text-muted)', fontSize: layout && layout.fontSize > 12 ? 14 : 12 };

  return (
    <figure className="chart" data-chart-id={model.id} data-rendered="true" aria-labelledby={titleId}>
      <ChartCaption model={model} titleId={titleId} plotRef={plotRef} subset={subset} asof={asof} onBrush={onBrush} />
      <div className="chart__body">
        <div className="chart__plot" ref={plotRef}>
          {layout ? (
            <div
              role="group"
              aria-label={`${model.title}: claims over time. Use the arrow keys to move between claims, Enter to open one.`}
            >
              <ComposedChart
                width={layout.width}
                height={layout.height}
                margin={layout.margin}
                data={[]}
                accessibilityLayer={false}
              >
                {statementsOnly ? null : <CartesianGrid vertical={false} stroke="var(--grid)" />}
                <XAxis
                  type="number"
                  dataKey="x"
                  axisLine={!statementsOnly}
                  domain={domain}
                  ticks={layout.xTicks.ticks}
                  interval={0}
                  tickFormatter={(t: number, index: number) => tickLabel(t, layout.xTicks.step, index === 0)}
                  allowDataOverflow
                  stroke="var(--axis)"
                  tick={axisTick}
                  height={30}
                />
                <YAxis
                  type="number"
                  dataKey="y"
                  domain={[0, layout.yTicks.at(-1) ?? 1]}
                  ticks={layout.yTicks}
                  hide={statementsOnly}
                  tickFormatter={formatCompact}
                  width={layout.yAxisWidth}
                  allowDataOverflow
                  stroke="var(--axis)"
                  tick={axisTick}
                />
                <MarkerSymbols prefix={prefix} specs={specs} />
                <EventLayer layout={layout} />
                <LaneBand layout={layout} />
                <SourceLineLayer layout={layout} />
                <OriginLinkLayer layout={layout} />
                <MarkLayer
                  model={model}
                  layout={layout}
                  prefix={prefix}
                  activeId={roving.activeId}
                  register={roving.register}
                  onKeyNavigate={roving.onKeyNavigate}
                  onFocusMark={onFocusMark}
                />
                <LabelLayer layout={layout} />
                <ChartKey layout={layout} />
                <HitOverlay layout={layout} domain={domain} store={store} onOpen={openMark} onBrush={onBrush} />
              </ComposedChart>
            </div>
          ) : (
            <div className="chart__placeholder" style={{ height: plotHeight + 160 }} />
          )}
          {layout ? <PointerOverlay store={store} model={model} width={layout.width} scale={1} /> : null}
          {layout ? <LabelList listed={layout.listed} onOpen={onOpen} /> : null}
        </div>
        <UndatedClaims undated={model.undated} onOpen={onOpen} />
      </div>
      <ChartSources sources={model.sources} />
      <ChartDataTableSlot model={model} onOpen={onOpen} />
      <PrintFootnotes model={model} />
    </figure>
  );
}
