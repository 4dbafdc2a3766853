import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeClaim } from '@/testing/make-claim';
import { ClaimTable } from './claim-table';
import type { SortOrder } from './sort-claims';

/** 1,000 synthetic claims (test data, not reporting). */
const many = Array.from({ length: 1000 }, (_, i) =>
  makeClaim({
    id: `SYN${String(i).padStart(4, '0')}`,
    figure: { value: i, low: null, high: null, text: null, qualifier: null, bound: 'exact', unit: null },
  }),
);

describe('ClaimTable', () => {
  it('renders only a window of a long list, while saying how many rows there are', () => {
    render(
      <ClaimTable
        claims={many}
        metricLabels={new Map()}
        order={{ key: 'claimed', direction: 'asc' }}
        onSort={() => {}}
        onOpen={() => {}}
      />,
    );
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rendered = within(table).getAllByRole('button', { name: /^Open SYN/ });
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
  });

  it('sorts by a column from its header button and opens a claim from its row', async () => {
    const user = userEvent.setup();
    const sorts: SortOrder[] = [];
    const opened: string[] = [];
    render(
      <ClaimTable
        claims={many.slice(0, 3)}
        metricLabels={new Map()}
        order={{ key: 'claimed', direction: 'asc' }}
        onSort={(o) => sorts.push(o)}
        onOpen={(id) => opened.push(id)}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Figure' }));
    expect(sorts).toEqual([{ key: 'figure', direction: 'asc' }]);
    await user.click(screen.getByRole('button', { name: 'Open SYN0001' }));
    expect(opened).toEqual(['SYN0001']);
    expect(screen.getByRole('columnheader', { name: /Claimed/ })).toHaveAttribute('aria-sort', 'ascending');
  });
});
