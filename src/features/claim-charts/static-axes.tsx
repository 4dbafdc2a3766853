import { formatCompact } from '@/lib/format';
import type { ChartLayout } from './chart-layout-types';
import { tickLabel } from './time-axis';

/*
 * The grid and axes as recharts draws them (same elements, classes and offsets), from the chart's own layout. They
 * need no measurement and no effect, so the server renders them and the browser hydrates them; recharts' own
 * axes replace them once its code has loaded (ChartSurface).
 */

const TICK = 6;
const TICK_GAP = 2;

interface StaticAxesProps {
  layout: ChartLayout;
  statementsOnly: boolean;
  fontSize: number;
}

export function StaticGrid({ layout, statementsOnly }: Omit<StaticAxesProps, 'fontSize'>) {
  if (statementsOnly) return null;
  const { plot } = layout;
  return (
    <g className="recharts-cartesian-grid">
      <g className="recharts-cartesian-grid-horizontal">
        {layout.yTicks.map((v) => (
          <line
            key={v}
            stroke="var(--grid)"
            x1={plot.left}
            y1={layout.y(v)}
            x2={plot.right}
            y2={layout.y(v)}
            fill="none"
          />
        ))}
      </g>
    </g>
  );
}

export function StaticAxes({ layout, statementsOnly, fontSize }: StaticAxesProps) {
  const { plot, xTicks } = layout;
  const text = { stroke: 'none', fontSize, fill: 'var(--text-muted)' };
  return (
    <g className="chart-static-axes">
      <g className="recharts-layer recharts-cartesian-axis recharts-xAxis xAxis">
        {statementsOnly ? null : (
          <line
            className="recharts-cartesian-axis-line"
            stroke="var(--axis)"
            fill="none"
            x1={plot.left}
            y1={plot.bottom}
            x2={plot.right}
            y2={plot.bottom}
          />
        )}
        {xTicks.ticks.map((t, index) => {
          const x = layout.x(t);
          return (
            <g key={t} className="recharts-layer recharts-cartesian-axis-tick">
              <line
                className="recharts-cartesian-axis-tick-line"
                stroke="var(--axis)"
                fill="none"
                x1={x}
                y1={plot.bottom + TICK}
                x2={x}
                y2={plot.bottom}
              />
              <text
                {...text}
                x={x}
                y={plot.bottom + TICK + TICK_GAP}
                className="recharts-text recharts-cartesian-axis-tick-value"
                textAnchor="middle"
              >
                <tspan x={x} dy="0.71em">
                  {tickLabel(t, xTicks.step, index === 0)}
                </tspan>
              </text>
            </g>
          );
        })}
      </g>
      {statementsOnly ? null : (
        <g className="recharts-layer recharts-cartesian-axis recharts-yAxis yAxis">
          <line
            className="recharts-cartesian-axis-line"
            stroke="var(--axis)"
            fill="none"
            x1={plot.left}
            y1={plot.top}
            x2={plot.left}
            y2={plot.bottom}
          />
          {layout.yTicks.map((v) => (
            <g key={v} className="recharts-layer recharts-cartesian-axis-tick">
              <line
                className="recharts-cartesian-axis-tick-line"
                stroke="var(--axis)"
                fill="none"
                x1={plot.left - TICK}
                y1={layout.y(v)}
                x2={plot.left}
                y2={layout.y(v)}
              />
              <text
                {...text}
                x={plot.left - TICK - TICK_GAP}
                y={layout.y(v)}
                className="recharts-text recharts-cartesian-axis-tick-value"
                textAnchor="end"
              >
                <tspan x={plot.left - TICK - TICK_GAP} dy="0.355em">
                  {formatCompact(v)}
                </tspan>
              </text>
            </g>
          ))}
        </g>
      )}
    </g>
  );
}
