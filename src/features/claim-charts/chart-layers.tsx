import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { Ref } from 'react';
import { ClaimMark, type MarkHandlers } from './claim-mark';
import { AggregateMark, describeAggregate } from './aggregate-mark';
import { BrushLayer } from './brush-layer';
import { describeClaim } from './claim-description';
import { LAYOUT_CONSTANTS, type ChartLayout } from './layout-chart';
import type { ChartModel, PlacedClaim } from './to-chart-models';
import { formatPartialDate } from '@/lib/format';
import { VERIFICATION_STATES } from '@/api/vocabulary';

interface ChartLayersProps extends MarkHandlers {
  model: ChartModel;
  layout: ChartLayout;
  activeId: string | null;
  markRef: (id: string) => Ref<SVGGElement>;
  onBrush?: ((from: string, to: string) => void) | undefined;
}

/** Everything drawn inside the recharts surface, positioned with the chart's own scales. */
export function ChartLayers(props: ChartLayersProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const x = (t: number) => Number(xScale(t));
  const y = (v: number) => Number(yScale(v));
  return (
    <g>
      {props.onBrush ? <BrushLayer plot={plot} onBrush={props.onBrush} /> : null}
      <EventLayer layout={props.layout} x={x} plot={plot} />
      <LaneLayer {...props} x={x} plot={plot} />
      {props.model.aggregate ? <AggregateLayer {...props} x={x} y={y} /> : <PointLayer {...props} x={x} y={y} />}
    </g>
  );
}

type Plot = { x: number; y: number; width: number; height: number };

function EventLayer({ layout, x, plot }: { layout: ChartLayout; x: (t: number) => number; plot: Plot }) {
  return (
    <g className="chart-events" aria-hidden="true">
      {layout.events.map(({ event, start, end, row, text, x: labelX, anchor }) => {
        const x1 = x(start);
        const x2 = x(end);
        const mid = (x1 + x2) / 2;
        const labelY = row * LAYOUT_CONSTANTS.EVENT_ROW + 12;
        return (
          <g key={event.id}>
            {x2 - x1 > 3 ? <rect x={x1} y={plot.y} width={x2 - x1} height={plot.height} className="chart-events__band" /> : null}
            <line x1={mid} x2={mid} y1={labelY + 3} y2={plot.y + plot.height} className="chart-events__line" />
            <text x={labelX} y={labelY} textAnchor={anchor} className="chart-events__label">
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function LaneLayer(props: ChartLayersProps & { x: (t: number) => number; plot: Plot }) {
  const { layout, x, plot } = props;
  if (layout.lane.length === 0) return null;
  const top = layout.laneTop;
  const height = layout.laneRows * LAYOUT_CONSTANTS.LANE_ROW + 4;
  return (
    <g className="chart-lane">
      <rect x={plot.x} y={top - 4} width={plot.width} height={height} className="chart-lane__band" />
      <text x={plot.x + 4} y={top - 8} className="chart-lane__title">
        Statements without a figure
      </text>
      {layout.lane.map(({ placed, text, x: labelX, anchor, row }) => {
        const cx = x(placed.mid);
        const cy = top + row * LAYOUT_CONSTANTS.LANE_ROW + LAYOUT_CONSTANTS.LANE_ROW / 2 - 2;
        return (
          <g key={placed.claim.id}>
            <ClaimMark
              {...props}
              claim={placed.claim}
              label={describeClaim(placed.claim, placed.metricLabel)}
              colour={placed.colour}
              x={cx}
              y={cy}
              dateSpan={spanOf(placed, x)}
              range={null}
              rangeOnly={false}
              tabIndex={props.activeId === placed.claim.id ? 0 : -1}
              markRef={props.markRef(placed.claim.id)}
            />
            <text x={labelX} y={cy + 4} textAnchor={anchor} className="chart-lane__label" aria-hidden="true">
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function PointLayer(props: ChartLayersProps & { x: (t: number) => number; y: (v: number) => number }) {
  const { model, x, y } = props;
  const taken: { x: number; y: number }[] = [];
  return (
    <g className="chart-points">
      {model.plotted.map((point) => {
        const rangeOnly = point.value === null;
        const range = point.low !== null && point.high !== null ? { low: y(point.low), high: y(point.high) } : null;
        const cy = point.value !== null ? y(point.value) : range ? (range.low + range.high) / 2 : 0;
        const cx = dodge(x(point.mid), cy, taken);
        return (
          <ClaimMark
            key={point.claim.id}
            {...props}
            claim={point.claim}
            label={`${describeClaim(point.claim, point.metricLabel)}${point.precision !== 'day' ? `. Date known only to the ${point.precision}: ${formatPartialDate(point.claim.claimedOn)}` : ''}`}
            colour={point.colour}
            x={cx}
            y={cy}
            dateSpan={spanOf(point, x)}
            range={range ? { y1: range.low - cy, y2: range.high - cy } : null}
            rangeOnly={rangeOnly}
            tabIndex={props.activeId === point.claim.id ? 0 : -1}
            markRef={props.markRef(point.claim.id)}
          />
        );
      })}
    </g>
  );
}

function AggregateLayer(props: ChartLayersProps & { x: (t: number) => number; y: (v: number) => number }) {
  const { model, x, y } = props;
  if (!model.aggregate) return null;
  const { bucket, points } = model.aggregate;
  return (
    <g className="chart-points chart-points--groups">
      {points.map((point) => {
        const cy = y(point.median);
        // Each state has its own slot inside the period, so groups stay inside their period and side by side.
        const slot = (VERIFICATION_STATES.indexOf(point.state) + 0.5) / VERIFICATION_STATES.length;
        const cx = x(point.start) + (x(point.end) - x(point.start)) * slot;
        return (
          <AggregateMark
            key={point.id}
            point={point}
            label={describeAggregate(point, bucket, model.unitLabel)}
            x={cx}
            y={cy}
            range={point.low === point.high ? null : { y1: y(point.low) - cy, y2: y(point.high) - cy }}
            tabIndex={props.activeId === point.id ? 0 : -1}
            markRef={props.markRef(point.id)}
            onOpen={props.onOpen}
            onKeyNavigate={props.onKeyNavigate}
          />
        );
      })}
    </g>
  );
}

function spanOf(placed: PlacedClaim, x: (t: number) => number) {
  return placed.precision === 'day' ? null : { x1: x(placed.start), x2: x(placed.end) };
}

/** Nudges a marker sideways while it would sit on top of one already drawn, so every claim stays visible. */
function dodge(cx: number, cy: number, taken: { x: number; y: number }[]): number {
  let x = cx;
  while (taken.some((t) => Math.abs(t.x - x) < 11 && Math.abs(t.y - cy) < 11)) x += 12;
  taken.push({ x, y: cy });
  return x;
}
