import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { defaultMockDataset, replaceMockDataset } from '../../../mocks/mock-db';
import { GradeFilter } from './grade-filter';

function renderFilter(props: { selected?: string[]; asof?: string } = {}) {
  const onChange = vi.fn();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <GradeFilter selected={props.selected ?? []} asof={props.asof} onChange={onChange} />
    </QueryClientProvider>,
  );
  return { onChange, group: () => screen.getByRole('group', { name: /Admiralty grade/ }) };
}

/** The default dataset with synthetic grades (test fixtures, not real grading) on two claims, the second set later. */
function withSyntheticGrades() {
  const dataset = defaultMockDataset();
  const [first, second] = dataset.claims;
  replaceMockDataset({
    ...dataset,
    claims: dataset.claims.map((c) =>
      c === first
        ? { ...c, grade: { reliability: 'B', credibility: 2 } }
        : c === second
          ? {
              ...c,
              grade: { reliability: 'B', credibility: null },
              gradeHistory: [
                { at: '2025-06-01', from: null, reliability: 'B', credibility: null, rationale: 'Synthetic', by: null },
              ],
            }
          : c,
    ),
  });
  return dataset.claims.length;
}

describe('the Admiralty grade filter', () => {
  it('explains that no claim is graded yet, and where grades come from, instead of offering options', async () => {
    const { group } = renderFilter();
    expect(
      await screen.findByText('No claim is graded yet: analysts grade claims in the claim panel.'),
    ).toBeInTheDocument();
    expect(within(group()).queryAllByRole('checkbox')).toEqual([]);
  });

  it('says so for the as-of day too', async () => {
    renderFilter({ asof: '2024-12-31' });
    expect(await screen.findByText(/^No claim was graded by 31 Dec 2024: analysts grade claims/)).toBeInTheDocument();
  });

  it('shows how many claims each option keeps, from the API', async () => {
    const total = withSyntheticGrades();
    const user = userEvent.setup();
    const { group, onChange } = renderFilter();
    const b = await within(group()).findByRole('checkbox', { name: 'Reliability B (2 claims)' });
    expect(within(group()).getByRole('checkbox', { name: 'Credibility 2 (1 claim)' })).toBeInTheDocument();
    expect(within(group()).getByRole('checkbox', { name: 'Reliability A (0 claims)' })).toBeInTheDocument();
    expect(within(group()).getByRole('checkbox', { name: `Not graded (${total - 2} claims)` })).toBeInTheDocument();
    await user.click(b);
    expect(onChange).toHaveBeenCalledWith(['B']);
  });

  it('counts the grades as known on the as-of day', async () => {
    withSyntheticGrades();
    const { group } = renderFilter({ asof: '2025-05-31' });
    expect(await within(group()).findByRole('checkbox', { name: 'Reliability B (1 claim)' })).toBeInTheDocument();
  });

  it('keeps a selected option clearable even when nothing is graded', async () => {
    const { group } = renderFilter({ selected: ['B'] });
    expect(await within(group()).findByRole('checkbox', { name: 'Reliability B (0 claims)' })).toBeChecked();
  });
});
