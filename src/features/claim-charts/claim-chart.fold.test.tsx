import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim } from '@/contract/claim-schema';
import { DEFAULT_CHART_VIEW } from '@/lib/chart-view-settings';
import { makeClaim } from '@/testing/make-claim';
import { makeMetric } from '@/testing/make-metric';
import { ClaimChart } from './claim-chart';
import { toChartModels } from './to-chart-models';

// Synthetic claims (not real reporting): the default data has no origin that repeats one figure.
const NIS = 'kr-nis.2024-12-19.intelligence_briefing';
const claim = (id: string, originId: string | null, value: number, claimedOn = '2024-12-19'): Claim =>
  makeClaim({
    id,
    originId,
    claimedOn,
    figure: { ...makeClaim().figure, value },
    source: { outlet: `Outlet ${id}`, url: null, publishedOn: null, language: 'en', archives: [] },
  });

function renderChart(onOpen = vi.fn()) {
  const claims = [
    claim('X1', null, 5000, '2024-11-01'),
    claim('S1', NIS, 11000),
    claim('S2', NIS, 11000, '2024-12-20'),
    claim('S3', NIS, 3000),
  ];
  const [model] = toChartModels(claims, [makeMetric()], { foldOrigins: true });
  if (!model) throw new Error('no chart');
  const view = { ...DEFAULT_CHART_VIEW, foldOrigins: true };
  render(<ClaimChart model={model} events={[]} onOpen={onOpen} view={view} eager />);
  return onOpen;
}

describe('a chart with repeats of one origin folded (fold=origin)', () => {
  it('draws one mark for the repeats, names what it folds, and links the origin’s other figure', () => {
    renderChart();
    const marks = screen.getAllByRole('button', { name: /Troops in Russia: / });
    expect(marks.map((m) => m.getAttribute('data-claim-id'))).toEqual(['X1', 'S1', 'S3']);
    expect(marks[1]).toHaveAccessibleName(/×2 outlets of one origin, folded: S1 \(Outlet S1\), S2 \(Outlet S2\)/);
    expect(marks[1]?.querySelector('.claim-mark__fold')).not.toBeNull();
    expect(marks[2]).toHaveAccessibleName(/Same origin as S1$/);
    expect(document.querySelector('[data-origin-link="S1 S3"]')).not.toBeNull();
    expect(document.querySelector('[data-label-for="S1"]')).toHaveTextContent(/×2 outlets/);
    const key = screen.getByRole('list', { name: 'Key' });
    expect(within(key).getByText('Stacked, ×N: one origin’s repeats folded')).toBeInTheDocument();
    expect(within(key).getByText('Same origin, other figure')).toBeInTheDocument();
  });

  it('moves between marks with the arrow keys and opens the folded mark’s earliest claim', async () => {
    const onOpen = renderChart();
    const user = userEvent.setup();
    const first = document.querySelector<SVGGElement>('[data-claim-id="X1"]');
    first?.focus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith('S1');
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith('S3');
  });

  it('lists every claim in the data table, saying which are folded and linked', async () => {
    renderChart();
    await userEvent.setup().click(screen.getByText('Data table (4 claims)'));
    // The table's code loads when it is first opened.
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[6]?.textContent)).toEqual([
      '—',
      '×2 outlets, folded: S1 (Outlet S1), S2 (Outlet S2). Same origin as S3',
      'Same origin as S1',
      'Folded into S1 (same origin, same figure)',
    ]);
  });
});
