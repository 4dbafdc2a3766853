import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeClaim } from '@/testing/make-claim';
import { ClaimTable } from './claim-table';
import { sortClaims, type SortOrder } from './sort-claims';
import type * as SortClaimsModule from './sort-claims';

// The real sort, counted: scrolling must never sort again.
vi.mock('./sort-claims', async (importOriginal) => {
  const actual = await importOriginal<typeof SortClaimsModule>();
  return { ...actual, sortClaims: vi.fn(actual.sortClaims) };
});

/** 1,000 synthetic claims (test data, not reporting). */
const many = Array.from({ length: 1000 }, (_, i) =>
  makeClaim({
    id: `SYN${String(i).padStart(4, '0')}`,
    figure: { value: i, low: null, high: null, text: null, qualifier: null, bound: 'exact', unit: null },
  }),
);
const byDate: SortOrder = { key: 'claimed', direction: 'asc' };

/**
 * jsdom lays nothing out, so the sizes the virtualizer reads are given here, as its docs advise: the scroll box's
 * height (clientHeight) and each drawn row's (offsetHeight, by its data-index).
 */
function layOut(rowHeight: (index: number) => number, viewport = 640) {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return this.classList.contains('claim-table') ? viewport : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    const index = this.dataset.index;
    return this.localName === 'tr' && index !== undefined ? rowHeight(Number(index)) : 0;
  });
}

function renderTable(claims = many, order = byDate) {
  const view = render(
    <ClaimTable claims={claims} metricLabels={new Map()} order={order} onSort={() => {}} onOpen={() => {}} />,
  );
  const rerender = (next: SortOrder) =>
    view.rerender(
      <ClaimTable claims={claims} metricLabels={new Map()} order={next} onSort={() => {}} onOpen={() => {}} />,
    );
  return { rerender };
}

const openButtons = () => within(screen.getByRole('table')).queryAllByRole('button', { name: /^Open SYN/ });
/** The data rows a screen reader finds (spacer rows are hidden), by their aria-rowindex. */
const rowIndexes = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => Number(row.getAttribute('aria-rowindex')));

/** Scrolls the table's box and lets the scroll end (the virtualizer settles 150 ms after the last scroll event). */
async function scrollTo(top: number) {
  const box = screen.getByRole('region', { name: 'Claims table, scrollable' });
  box.scrollTop = top;
  fireEvent.scroll(box);
  await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(sortClaims).mockClear();
});

describe('ClaimTable, windowed', () => {
  it('renders only a window of a long list, as consecutive rows, while saying how many rows there are', () => {
    layOut(() => 40);
    renderTable();
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rendered = openButtons();
    expect(rendered.length).toBeGreaterThan(16); // 640 px of 40 px rows
    expect(rendered.length).toBeLessThan(60);
    const indexes = rowIndexes();
    expect(indexes[0]).toBe(2);
    expect(indexes).toEqual(indexes.map((_, i) => i + 2));
    expect(within(table).getAllByRole('columnheader')).toHaveLength(8);
  });

  it('draws fewer rows when the drawn rows measure taller (cells wrap), not a fixed height per row', () => {
    let height = 40;
    layOut(() => height);
    const { unmount } = render(
      <ClaimTable claims={many} metricLabels={new Map()} order={byDate} onSort={() => {}} onOpen={() => {}} />,
    );
    const short = openButtons().length;
    unmount();
    height = 160;
    renderTable();
    const tall = openButtons().length;
    // 640 px hold four rows of 160 px and part of a fifth, plus the overscan below: far fewer than of 40 px rows.
    expect(tall).toBeLessThanOrEqual(5 + 8);
    expect(tall).toBeLessThan(short - 8);
  });

  it('moves the window as the box scrolls, down to the last row and back to the first', async () => {
    layOut((index) => (index % 3 === 0 ? 90 : 40));
    renderTable();
    expect(screen.getByRole('button', { name: 'Open SYN0000' })).toBeInTheDocument();

    await scrollTo(1_000_000);
    expect(screen.queryByRole('button', { name: 'Open SYN0000' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open SYN0999' }).closest('tr')).toHaveAttribute('aria-rowindex', '1001');
    expect(openButtons().length).toBeLessThan(60);
    const indexes = rowIndexes();
    expect(indexes).toEqual(indexes.map((_, i) => (indexes[0] ?? 0) + i));

    await scrollTo(0);
    expect(screen.getByRole('button', { name: 'Open SYN0000' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open SYN0999' })).not.toBeInTheDocument();
  });

  it('sorts once per list and order: never while scrolling, nor for an equal order on a new render', async () => {
    layOut(() => 40);
    const { rerender } = renderTable();
    expect(sortClaims).toHaveBeenCalledTimes(1);
    await scrollTo(4_000);
    await scrollTo(12_000);
    rerender({ key: 'claimed', direction: 'asc' });
    expect(sortClaims).toHaveBeenCalledTimes(1);
    rerender({ key: 'figure', direction: 'desc' });
    expect(sortClaims).toHaveBeenCalledTimes(2);
    expect(rowIndexes()).not.toHaveLength(0);
  });

  it('is one named tab stop that keyboard users can scroll', async () => {
    layOut(() => 40);
    renderTable();
    await userEvent.setup().tab();
    expect(screen.getByRole('region', { name: 'Claims table, scrollable' })).toHaveFocus();
  });
});

describe('ClaimTable, short', () => {
  it('renders a short list whole, without a scroll box of its own', () => {
    renderTable(many.slice(0, 150));
    expect(screen.getAllByText(/^Open SYN/)).toHaveLength(150);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('sorts by a column from its header button and opens a claim from its row', async () => {
    const user = userEvent.setup();
    const sorts: SortOrder[] = [];
    const opened: string[] = [];
    render(
      <ClaimTable
        claims={many.slice(0, 3)}
        metricLabels={new Map()}
        order={byDate}
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

describe('ClaimTable: archived copies', () => {
  it('links the newest archived copy under the outlet, and says how many older ones there are (SYNTHETIC captures)', () => {
    const archived = makeClaim({
      id: 'ARC1',
      source: {
        ...makeClaim().source,
        archives: [
          { url: 'https://archive.example/old', capturedOn: '2024-11-02', sha256: null },
          { url: 'https://archive.example/new', capturedOn: '2025-03-12', sha256: null },
        ],
      },
    });
    renderTable([archived, makeClaim({ id: 'BARE1' })]);
    const links = within(screen.getByRole('table')).getAllByRole('link', { name: /^Archived copy/ });
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName(/^Archived copy \(12 Mar 2025\)/);
    expect(links[0]).toHaveAttribute('href', 'https://archive.example/new');
    expect(screen.getByText('(and 1 older)')).toBeInTheDocument();
  });
});
