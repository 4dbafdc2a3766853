import { CartesianGrid, ComposedChart, XAxis, YAxis } from 'recharts';
import { formatCompact } from '@/lib/format';
import { tickLabel } from './time-axis';
import type { ChartSurfaceProps } from './chart-surface-types';

/** The interactive chart's frame: recharts draws the grid and axes, our layers draw everything else inside it. */
export function RechartsSurface({ layout, domain, statementsOnly, fontSize, children }: ChartSurfaceProps) {
  const axisTick = { fill: 'var(--text-muted)', fontSize };
  return (
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
      {children}
    </ComposedChart>
  );
}
