import { http, HttpResponse } from 'msw';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  OriginConfirmRequestSchema,
  OriginMergeRequestSchema,
  OriginSplitRequestSchema,
  type Origin,
} from '@/contract/origins/origin-schema';
import { makeClaim } from '@/testing/make-claim';
import { polyfillDialog } from '@/testing/polyfill-dialog';
import { server } from '../../../mocks/node';
import { OriginActions } from './origin-actions';

beforeAll(polyfillDialog);

// Synthetic origins (test data, not reporting).
const origin = (id: string, ownerId: string, date: string | null, claimIds = ['X1']): Origin => ({
  id,
  label: `Briefing ${id}`,
  type: 'intelligence_briefing',
  ownerId,
  ownerName: ownerId.toUpperCase(),
  date,
  claimIds,
  outlets: ['Outlet A'],
  confirmed: false,
  decisions: [],
});
const mine = origin('nis.2024-12-19', 'nis', '2024-12-19', ['C1', 'C2']);
const claim = makeClaim({ id: 'C1', originId: mine.id });
const LIST = [
  mine,
  origin('nis.2024-10-23', 'nis', '2024-10-23'),
  origin('nis.2024-12-20', 'nis', '2024-12-20'),
  origin('hur.2024-12-19', 'hur', '2024-12-19'),
];
const reject = (message: string) =>
  HttpResponse.json({ error: { field: '(request)', code: 'invalid', message } }, { status: 400 });
const answer = () => HttpResponse.json({ origin: mine, claims: [claim] });

beforeEach(() =>
  server.use(http.get('*/api/origins', () => HttpResponse.json({ origins: LIST, unknownOriginClaims: 0 }))),
);

function renderActions() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <OriginActions origin={mine} claim={claim} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('OriginActions', () => {
  it('confirms a grouping only with a rationale, and says the API refusal in its own words', async () => {
    let refuse = true;
    server.use(
      http.post('*/api/origins/:id/confirm', async ({ request, params }) => {
        const body = OriginConfirmRequestSchema.safeParse(await request.json());
        if (!body.success || params.id !== mine.id) return reject('Bad request');
        return refuse ? reject('This grouping was changed by another analyst') : answer();
      }),
    );
    const user = renderActions();
    await user.click(screen.getByRole('button', { name: 'Confirm grouping' }));
    const dialog = screen.getByRole('dialog', { name: "Confirm this origin's grouping" });
    await user.click(within(dialog).getByRole('button', { name: 'Confirm grouping' }));
    expect(within(dialog).getByRole('textbox', { name: /Rationale/ })).toHaveAccessibleDescription(
      /a rationale is required/,
    );
    await user.type(within(dialog).getByRole('textbox', { name: /Rationale/ }), 'Same briefing, two outlets');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm grouping' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^Not saved: .*This grouping was changed by another analyst/,
    );
    refuse = false;
    await user.click(within(dialog).getByRole('button', { name: 'Confirm grouping' }));
    expect(await screen.findByText('Recorded: the grouping is confirmed.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('splits the open claim out of its origin', async () => {
    server.use(
      http.post('*/api/origins/:id/split', async ({ request }) => {
        const body = OriginSplitRequestSchema.safeParse(await request.json());
        return body.success && body.data.claimIds.join() === 'C1' ? answer() : reject('Bad request');
      }),
    );
    const user = renderActions();
    await user.click(screen.getByRole('button', { name: 'Split this report out' }));
    const dialog = screen.getByRole('dialog', { name: 'Split C1 out of this origin' });
    await user.type(within(dialog).getByRole('textbox', { name: /Rationale/ }), 'A later interview, not the briefing');
    await user.click(within(dialog).getByRole('button', { name: 'Split it out' }));
    expect(await screen.findByText('Recorded: C1 is split out of the origin.')).toBeInTheDocument();
  });

  it("merges with one of the same organisation's origins, nearest in date first", async () => {
    server.use(
      http.post('*/api/origins/merge', async ({ request }) => {
        const body = OriginMergeRequestSchema.safeParse(await request.json());
        return body.success && body.data.originIds.join() === `${mine.id},nis.2024-10-23` ? answer() : reject('Bad');
      }),
    );
    const user = renderActions();
    await user.click(screen.getByRole('button', { name: 'Merge with another origin…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge with another origin' });
    const target = await within(dialog).findByRole('combobox', { name: 'Merge with' });
    expect(
      within(target)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['nis.2024-12-20', 'nis.2024-10-23']);
    await user.selectOptions(target, 'nis.2024-10-23');
    await user.type(within(dialog).getByRole('textbox', { name: /Rationale/ }), 'The same assessment, restated');
    await user.click(within(dialog).getByRole('button', { name: 'Merge origins' }));
    expect(await screen.findByText('Recorded: the origins are merged.')).toBeInTheDocument();
  });
});
