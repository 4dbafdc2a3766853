import { http, HttpResponse } from 'msw';
import { act, renderHook, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useClaimPanelActions } from '@/stores/claim-panel-store';
import { defaultMockDataset, replaceMockDataset } from '../../../mocks/mock-db';
import { server } from '../../../mocks/node';
import { renderClaimPanel } from './claim-panel.test-helpers';

const analyst = () =>
  server.use(
    http.get('*/api/session', () => HttpResponse.json({ writes: true, user: { name: 'Ada', role: 'analyst' } })),
  );

afterEach(() => {
  const { result } = renderHook(() => useClaimPanelActions());
  act(() => result.current.panelClosed());
});

const gradeRegion = () => screen.findByRole('region', { name: 'Grade' });

describe('the claim panel: grade', () => {
  it('shows a viewer the grade and its history, and no form', async () => {
    // A synthetic grade history on a claim of the default dataset (a test fixture, not real grading).
    const dataset = defaultMockDataset();
    replaceMockDataset({
      ...dataset,
      claims: dataset.claims.map((c) =>
        c.id === 'C040'
          ? {
              ...c,
              grade: { reliability: 'B', credibility: 2 },
              gradeHistory: [
                { at: '2025-01-15', from: null, reliability: 'B', credibility: 2, rationale: 'Synthetic', by: 'Ada' },
              ],
            }
          : c,
      ),
    });
    renderClaimPanel('C040');
    const region = await gradeRegion();
    expect(within(region).getByText('B2 — source usually reliable; information probably true')).toBeInTheDocument();
    const history = within(region).getByRole('list', { name: 'Grade history' });
    expect(history).toHaveTextContent('15 Jan 2025 Not graded → B2');
    expect(history).toHaveTextContent('Graded by Ada');
    expect(within(region).queryByRole('form')).not.toBeInTheDocument();
    expect(within(region).queryByLabelText('Source reliability')).not.toBeInTheDocument();
  });

  it('lets an analyst grade with a rationale; the panel shows the new grade and its history', async () => {
    analyst();
    const user = userEvent.setup();
    renderClaimPanel('C040');
    const region = await gradeRegion();
    expect(within(region).getByText('Not graded')).toBeInTheDocument();
    expect(within(region).getByText('No analyst has graded it yet.')).toBeInTheDocument();
    const save = await within(region).findByRole('button', { name: 'Record the grade' });
    await user.selectOptions(within(region).getByLabelText('Source reliability'), 'C — Fairly reliable');
    expect(save).toBeDisabled();
    await user.type(within(region).getByLabelText(/Why this grade/), 'Synthetic: one outlet, no second source');
    await user.click(save);
    expect(await within(region).findByText('Saved: the grade is in the grade history above.')).toBeInTheDocument();
    expect(
      within(region).getByText(/^C\? — source fairly reliable; information credibility not set$/),
    ).toBeInTheDocument();
    const history = within(region).getByRole('list', { name: 'Grade history' });
    expect(history).toHaveTextContent('Not graded → C?');
    expect(history).toHaveTextContent('Synthetic: one outlet, no second source');
  });

  it('shows the API’s refusal, naming the field', async () => {
    analyst();
    server.use(
      http.post('*/api/claims/:id/grade', () =>
        HttpResponse.json(
          {
            error: {
              field: '(request)',
              code: 'invalid_body',
              message: 'The request body does not match the contract.',
              issues: [{ field: 'at', code: 'future_day', message: 'A grade cannot be set on a day still to come' }],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderClaimPanel('C040');
    const region = await gradeRegion();
    await user.selectOptions(await within(region).findByLabelText('Information credibility'), '4 — Doubtful');
    await user.type(within(region).getByLabelText(/Why this grade/), 'Synthetic refusal');
    await user.click(within(region).getByRole('button', { name: 'Record the grade' }));
    expect(
      await within(region).findByText(/^Not saved: .*400.*at: A grade cannot be set on a day still to come/),
    ).toBeInTheDocument();
    expect(within(region).getByText('Not graded')).toBeInTheDocument();
  });

  it('as known on a day before the grade, shows the claim ungraded', async () => {
    const dataset = defaultMockDataset();
    replaceMockDataset({
      ...dataset,
      claims: dataset.claims.map((c) =>
        c.id === 'C040'
          ? {
              ...c,
              grade: { reliability: 'B', credibility: 2 },
              gradeHistory: [
                { at: '2025-06-01', from: null, reliability: 'B', credibility: 2, rationale: 'Synthetic', by: null },
              ],
            }
          : c,
      ),
    });
    renderClaimPanel('C040', '/?asof=2025-05-31', '2025-05-31');
    expect(
      await screen.findByText(/the state, the grade and their histories below stop at that day/),
    ).toBeInTheDocument();
    const region = await gradeRegion();
    expect(within(region).getByText('Not graded')).toBeInTheDocument();
    expect(within(region).queryByRole('list', { name: 'Grade history' })).not.toBeInTheDocument();
  });
});
