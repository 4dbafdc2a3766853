import { render, waitFor } from '@testing-library/react';
import type { Claim } from '@/contract/claim-schema';
import { makeClaim } from '@/testing/make-claim';
import { makeMetric } from '@/testing/make-metric';
import { layoutChart } from './layout-chart';
import { RechartsSurface } from './recharts-surface';
import { StaticAxes, StaticGrid } from './static-axes';
import { chartTimeDomain } from './time-axis';
import { toChartModels } from './to-chart-models';

// Synthetic claims (not real reporting): figures spread over a year, so the axes have several ticks.
const claim = (id: string, value: number, claimedOn: string): Claim =>
  makeClaim({ id, claimedOn, figure: { ...makeClaim().figure, value } });

function chartLayout() {
  const claims = [claim('A', 1500, '2024-10-18'), claim('B', 11000, '2024-12-19'), claim('C', 12000, '2025-06-02')];
  const [model] = toChartModels(claims, [makeMetric()], { foldOrigins: false });
  if (!model) throw new Error('no chart');
  const domain = chartTimeDomain(model);
  return {
    domain,
    layout: layoutChart(model, [], domain, 790, 300, { labels: 'all', sourceLines: false, large: false }),
  };
}

/** Each axis tick as drawn: its label, where the label is, and where its tick line is. */
function ticks(container: HTMLElement) {
  const round = (v: string | null) => Math.round(Number(v) * 10) / 10;
  return [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((text) => ({
    label: text.textContent,
    x: round(text.getAttribute('x')),
    y: round(text.getAttribute('y')),
    anchor: text.getAttribute('text-anchor'),
  }));
}
const gridLines = (container: HTMLElement) =>
  [...container.querySelectorAll('.recharts-cartesian-grid-horizontal line')]
    .map((line) => Math.round(Number(line.getAttribute('y1'))))
    .sort((a, b) => a - b);

describe('the static frame the server renders', () => {
  it('draws the same ticks, labels and grid lines as recharts, at the same places', async () => {
    const { layout, domain } = chartLayout();
    const drawn = render(
      <RechartsSurface layout={layout} domain={domain} statementsOnly={false} fontSize={12}>
        <g />
      </RechartsSurface>,
    );
    await waitFor(() => expect(ticks(drawn.container).length).toBeGreaterThan(4));
    const byRecharts = { ticks: ticks(drawn.container), grid: gridLines(drawn.container) };
    drawn.unmount();

    const own = render(
      <svg>
        <StaticGrid layout={layout} statementsOnly={false} />
        <StaticAxes layout={layout} statementsOnly={false} fontSize={12} />
      </svg>,
    );
    const sortTicks = (t: ReturnType<typeof ticks>) => [...t].sort((a, b) => a.x - b.x || a.y - b.y);
    expect(sortTicks(ticks(own.container))).toEqual(sortTicks(byRecharts.ticks));
    expect(gridLines(own.container)).toEqual(byRecharts.grid);
  });
});
