import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../../mocks/node';
import { renderApp } from '@/testing/render-app';
import { ClaimInputSchema } from '@/contract/write-schemas';
import { ClaimSchema } from '@/contract/claim-schema';

describe('ClaimForm', () => {
  it('keeps a locale-formatted number from being sent, names the field, then saves a valid claim', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    server.use(
      http.get('*/api/session', () => HttpResponse.json({ writes: true, user: { name: 'ana', role: 'analyst' } })),
      http.post('*/api/claims', async ({ request }) => {
        const parsed = ClaimInputSchema.safeParse(await request.json());
        if (!parsed.success)
          return HttpResponse.json({ error: { code: 'invalid_body', message: 'bad' } }, { status: 400 });
        bodies.push(parsed.data);
        const { rationale, verification, ...rest } = parsed.data;
        return HttpResponse.json(
          ClaimSchema.parse({
            ...rest,
            verification: {
              ...verification,
              history: [{ date: rest.claimedOn, from: null, to: verification.state, rationale, by: 'ana' }],
            },
          }),
          { status: 201 },
        );
      }),
    );
    const { router } = renderApp('/claims/new');
    const form = within(await screen.findByRole('form', { name: 'Add a claim' }));
    await user.type(form.getByLabelText('Claim id'), 'SYN1');
    await waitFor(() => expect(form.getAllByRole('option', { name: 'Troops in Russia' }).length).toBeGreaterThan(0));
    await user.selectOptions(form.getByLabelText('Metric'), 'troops_in_russia');
    await user.type(form.getByLabelText('Value'), '1,500');
    await user.type(form.getByLabelText('Claimed on'), '2024-10-18');
    await user.type(form.getByLabelText('Organisation'), 'Synthetic test agency');
    await user.type(form.getByLabelText('Outlet'), 'Synthetic outlet');
    await user.type(form.getByLabelText('Why this state'), 'Synthetic claim for a test');
    await user.click(form.getByRole('button', { name: 'Add claim' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/need attention/);
    expect(form.getByLabelText('Value')).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([]);
    await user.clear(form.getByLabelText('Value'));
    await user.type(form.getByLabelText('Value'), '1500');
    await user.click(form.getByRole('button', { name: 'Add claim' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/table'));
    expect(bodies).toEqual([
      expect.objectContaining({
        id: 'SYN1',
        figure: expect.objectContaining({ value: 1500 }),
        rationale: 'Synthetic claim for a test',
      }),
    ]);
  });

  it('is closed to visitors of the read-only mock API', async () => {
    renderApp('/claims/new');
    expect(await screen.findByText(/Sign in as an analyst to add or edit claims/)).toBeInTheDocument();
  });
});
