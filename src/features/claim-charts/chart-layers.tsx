import { metricColourClass } from '@/components/charts/encoding';
import { memo } from 'react';
import { formatPartialDate } from '@/lib/format';
import { isolate } from '@/lib/isolate-text';
import { ClaimMark, type MarkEvents } from './claim-mark';
import { describeAggregate } from './describe-aggregate';
import { describeClaim } from './claim-description';
import type { ChartLayout } from './chart-layout-types';
import { symbolId } from './marker-symbols';
import type { ChartModel, PlottedClaim } from './chart-model-types';
import { originNote } from './fold-origins';
import { currentLocale } from '@/i18n/locale-store';
import { t, useT } from '@/i18n/translate';

interface LayerProps {
  layout: ChartLayout;
  prefix: string;
}

/** Dated context events: a dashed line with its label right beside it. */
export const EventLayer = memo(function EventLayer({ layout }: { layout: ChartLayout }) {
  const { plot, eventRow } = layout;
  return (
    <g className="chart-events" aria-hidden="true">
      {layout.events.map(({ event, lineX, x1, x2, text, labelX, anchor, row }) => {
        const labelY = row * eventRow + 12;
        return (
          <g key={event.id}>
            {x2 - x1 > 3 ? (
              <rect
                x={x1}
                y={plot.top}
                width={x2 - x1}
                height={plot.bottom - plot.top}
                className="chart-events__band"
              />
            ) : null}
            <line x1={lineX} x2={lineX} y1={labelY - 10} y2={plot.bottom} className="chart-events__line" />
            <text x={labelX} y={labelY} textAnchor={anchor} className="chart-events__label">
              {isolate(text)}
            </text>
          </g>
        );
      })}
    </g>
  );
});

/** The band of statements without a figure, above the plot (or the whole chart when it has no figures). */
export const LaneBand = memo(function LaneBand({ layout }: { layout: ChartLayout }) {
  const t = useT();
  const { lane, plot } = layout;
  if (!lane) return null;
  return (
    <g className="chart-lane" aria-hidden="true">
      <rect
        x={plot.left - 8}
        y={lane.top}
        width={plot.right - plot.left + 16}
        height={lane.height}
        className={lane.statementsOnly ? 'chart-lane__band chart-lane__band--only' : 'chart-lane__band'}
      />
      {lane.statementsOnly ? null : (
        <text x={plot.left - 8} y={lane.top - 4} className="chart-lane__title">
          {t('charts.lane')}
        </text>
      )}
    </g>
  );
});

/** Each source's own successive figures for a metric, joined: its trajectory, never a line across sources. */
export const SourceLineLayer = memo(function SourceLineLayer({ layout }: { layout: ChartLayout }) {
  if (layout.sourceLines.length === 0) return null;
  return (
    <g className="chart-source-lines" aria-hidden="true">
      {layout.sourceLines.map((line) => (
        <path
          key={`${line.organisation}|${line.metricId}`}
          className={`chart-source-line ${metricColourClass(line.colour)}`}
          data-source={line.organisation}
          d={line.points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('')}
        />
      ))}
    </g>
  );
});

interface MarkLayerProps extends LayerProps, MarkEvents {
  model: ChartModel;
  activeId: string | null;
}

/** Every claim as a focusable mark: figures in the plot, statements in the band, or groups when there are too many. */
export const MarkLayer = memo(function MarkLayer({ model, layout, prefix, activeId, ...events }: MarkLayerProps) {
  const size = layout.markerSize;
  return (
    <g className="chart-points">
      {layout.marks.map(({ placed, x, y, range, span }) => (
        <ClaimMark
          key={placed.claim.id}
          id={placed.claim.id}
          label={plotMarkLabel(placed)}
          colour={placed.colour}
          symbol={symbolId(prefix, placed.claim.verification.state, placed.claim.kind, size)}
          x={x}
          y={y}
          radius={size}
          bound={placed.claim.figure.bound}
          range={range ? { ...range, capsule: placed.value === null } : null}
          span={span}
          folded={placed.folded !== undefined}
          tabIndex={activeId === placed.claim.id ? 0 : -1}
          {...events}
        />
      ))}
      {layout.lane?.marks.map(({ placed, x, y, span }) => (
        <ClaimMark
          key={placed.claim.id}
          id={placed.claim.id}
          label={describeClaim(placed.claim, placed.metricLabel)}
          colour={placed.colour}
          symbol={symbolId(prefix, placed.claim.verification.state, placed.claim.kind, size)}
          x={x}
          y={y}
          radius={size}
          bound="exact"
          range={null}
          span={span}
          tabIndex={activeId === placed.claim.id ? 0 : -1}
          {...events}
        />
      ))}
      {model.aggregate
        ? layout.groups.map(({ point, x, y, range }) => (
            <ClaimMark
              key={point.id}
              id={point.id}
              className="claim-mark claim-mark--group"
              dataGroup={{ id: point.id, count: point.count }}
              label={describeAggregate(point, model.aggregate?.bucket ?? 'month', model.unitLabel)}
              colour={point.colour}
              symbol={symbolId(prefix, point.state, point.kind, groupSize(point.count))}
              x={x}
              y={y}
              radius={groupSize(point.count)}
              bound="exact"
              range={range ? { ...range, capsule: false } : null}
              span={null}
              tabIndex={activeId === point.id ? 0 : -1}
              {...events}
            />
          ))
        : null}
    </g>
  );
});

/** A plotted claim's accessible name: the claim, a date known only to the month, and what it folds or links. */
function plotMarkLabel(placed: PlottedClaim): string {
  const parts = [describeClaim(placed.claim, placed.metricLabel)];
  if (placed.precision !== 'day')
    parts.push(
      t(placed.precision === 'month' ? 'charts.mark.monthOnly' : 'charts.mark.yearOnly', {
        date: formatPartialDate(placed.claim.claimedOn),
      }),
    );
  const origin = originNote(placed);
  if (origin) parts.push(origin.charAt(0).toLocaleUpperCase(currentLocale()) + origin.slice(1));
  return parts.join('. ');
}

/** A group's glyph grows with its count (log scale), from 5 to 11 px. */
export const groupSize = (count: number) => Math.round(5 + Math.min(6, Math.log2(count)));
