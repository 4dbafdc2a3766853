import { useMemo, useState } from 'react';
import { CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import type { ClaimEvent } from '@/api/event-schema';
import { formatCompact, formatPartialDate } from '@/lib/format';
import { DEFAULT_CHART_VIEW, type ChartViewSettings } from '@/lib/chart-view-settings';
import { useElementWidth } from '@/lib/use-element-width';
import { ChartLayers } from './chart-layers';
import { ChartExportMenu } from './chart-export-menu';
import { PrintFootnotes } from './print-footnotes';
import { ChartTooltip } from './chart-tooltip';
import { ChartDataTable } from './chart-data-table';
import { UndatedClaims } from './undated-claims';
import { layoutChart } from './layout-chart';
import { valueTicks, type ChartModel } from './to-chart-models';
import { chartTimeDomain, monthTicks, tickLabel } from './time-axis';
import { useRovingFocus } from './use-roving-focus';
import { AggregateNote } from './aggregate-note';

interface ClaimChartProps {
  model: ChartModel;
  events: ClaimEvent[];
  onOpen: (claimId: string) => void;
  onBrush?: (from: string, to: string) => void;
  /** Set when the chart shows the claims as known on a past day. */
  asof?: string | undefined;
  compact?: boolean;
  view?: ChartViewSettings;
  plotHeight?: number | undefined;
  subset?: string | null;
}

/** One chart group over time, as a labelled figure with its legend, undated claims and a data table. */
export function ClaimChart({ model, events, onOpen, onBrush, asof, compact = false, view = DEFAULT_CHART_VIEW, plotHeight: fittedPlotHeight, subset = null }: ClaimChartProps) {
  const [containerRef, width] = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  // A chart of statements only has no values to plot: no value axis, just the band above it.
  const statementsOnly = model.plotted.length === 0;
  const plotHeight = statementsOnly ? 8 : (fittedPlotHeight ?? (compact ? 190 : width < 560 ? 220 : 280));
  void view;
  void subset;
  const domain = useMemo(() => chartTimeDomain(model), [model]);
  const layout = useMemo(() => layoutChart(model, events, domain, width, plotHeight), [model, events, domain, width, plotHeight]);
  const orderedIds = useMemo(() => {
    const marks = [...(model.aggregate ? model.aggregate.points.map((p) => ({ id: p.id, mid: p.mid })) : model.plotted.map((p) => ({ id: p.claim.id, mid: p.mid }))), ...model.unquantified.map((p) => ({ id: p.claim.id, mid: p.mid }))];
    return marks.sort((a, b) => a.mid - b.mid || a.id.localeCompare(b.id)).map((m) => m.id);
  }, [model]);
  // A group of claims opens as its period: the dates narrow to it and single claims come back.
  const openMark = (id: string) => {
    const group = model.aggregate?.points.find((p) => p.id === id);
    if (group) onBrush?.(group.from, group.to);
    else onOpen(id);
  };
  const roving = useRovingFocus(orderedIds, openMark);
  const ticks = useMemo(() => monthTicks(domain, Math.floor((layout.plot.right - layout.plot.left) / 56)), [domain, layout]);
  const yTicks = useMemo(() => valueTicks(model.yMax), [model.yMax]);
  const titleId = `chart-title-${model.id}`;
  const hovered = hover ? [...model.plotted, ...model.unquantified].find((p) => p.claim.id === hover.id) : undefined;

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption className="chart__caption">
        <div className="chart__title-row">
          <h2 id={titleId} className="chart__title">
            {model.title}
          </h2>
          <ChartExportMenu model={model} plotRef={containerRef} />
        </div>
        {asof ? <p className="chart__past">Past view · as known on {formatPartialDate(asof)}</p> : null}
        <p className="chart__meta">
          {model.claimCount} {model.claimCount === 1 ? 'claim' : 'claims'} · {statementsOnly ? 'statements without a figure' : `unit: ${model.unitLabel}`} · latest claim{' '}
          {formatPartialDate(model.latestClaimDate)}
        </p>
        {model.aggregate ? <AggregateNote aggregation={model.aggregate} canNarrow={onBrush !== undefined} /> : null}
        <ul className="chart__series" aria-label="Metrics in this chart">
          {model.series.map((s) => (
            <li key={s.metric.id}>
              <span className="chart__swatch" style={{ background: s.colour }} aria-hidden="true" />
              {s.metric.label} ({s.count})
            </li>
          ))}
        </ul>
      </figcaption>
      <div className="chart__body">
        <div className="chart__plot" ref={containerRef}>
          <div role="group" aria-label={`${model.title}: claims over time. Use the arrow keys to move between claims, Enter to open one.`}>
            <ComposedChart width={width} height={layout.height} margin={layout.margin} data={[]} accessibilityLayer={false}>
              {statementsOnly ? null : <CartesianGrid vertical={false} stroke="var(--grid)" />}
              <XAxis type="number" dataKey="x" axisLine={!statementsOnly} domain={domain} ticks={ticks} tickFormatter={tickLabel} allowDataOverflow stroke="var(--axis)" tick={{ fill: 'var(--text-muted)', fontSize: 12 }} />
              <YAxis type="number" dataKey="y" domain={[0, yTicks.at(-1) ?? 1]} ticks={yTicks} hide={statementsOnly} tickFormatter={formatCompact} width={layout.yAxisWidth} allowDataOverflow stroke="var(--axis)" tick={{ fill: 'var(--text-muted)', fontSize: 12 }} />
              <ChartLayers
                model={model}
                layout={layout}
                activeId={roving.activeId}
                markRef={roving.markRef}
                onKeyNavigate={roving.onKeyNavigate}
                onOpen={openMark}
                onBrush={onBrush}
                onHover={(id, at) => setHover(id && at ? { id, ...at } : null)}
              />
            </ComposedChart>
          </div>
          {hover && hovered ? <ChartTooltip claim={hovered.claim} metricLabel={hovered.metricLabel} x={hover.x} y={hover.y} containerWidth={width} /> : null}
        </div>
        <UndatedClaims undated={model.undated} onOpen={onOpen} />
      </div>
      <p className="chart__sources">
        <span className="chart__sources-label">Sources ({model.sources.length}):</span>{' '}
        {model.sources.map((s) => `${s.organisation}${s.count > 1 ? ` ×${s.count}` : ''}`).join(' · ')}
      </p>
      <ChartDataTable model={model} onOpen={onOpen} />
      <PrintFootnotes model={model} />
    </figure>
  );
}
