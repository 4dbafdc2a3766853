import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../../mocks/node';
import { renderApp } from '@/testing/render-app';
import { ClaimInputSchema } from '@/contract/write-schemas';
import { ClaimSchema } from '@/contract/claim-schema';

/* A SYNTHETIC claim and capture (archive.example, a made-up hash), not real reporting. */
const HASH = 'AB12'.repeat(16);

describe('archived copies in the claim editor', () => {
  it('adds a copy, names a bad address and hash by their fields, then sends the copy', async () => {
    const user = userEvent.setup({ delay: null });
    const bodies: unknown[] = [];
    server.use(
      http.get('*/api/session', () => HttpResponse.json({ writes: true, user: { name: 'ana', role: 'analyst' } })),
      http.post('*/api/claims', async ({ request }) => {
        const parsed = ClaimInputSchema.safeParse(await request.json());
        if (!parsed.success)
          return HttpResponse.json({ error: { code: 'invalid_body', message: 'bad' } }, { status: 400 });
        bodies.push(parsed.data);
        const { rationale, verification, ...rest } = parsed.data;
        const history = [{ date: rest.claimedOn, from: null, to: verification.state, rationale, by: 'ana' }];
        return HttpResponse.json(ClaimSchema.parse({ ...rest, verification: { ...verification, history } }), {
          status: 201,
        });
      }),
    );
    const { router } = renderApp('/claims/new');
    const form = within(await screen.findByRole('form', { name: 'Add a claim' }));
    await user.type(form.getByLabelText('Claim id'), 'SYN2');
    await waitFor(() => expect(form.getAllByRole('option', { name: 'Troops in Russia' }).length).toBeGreaterThan(0));
    await user.selectOptions(form.getByLabelText('Metric'), 'troops_in_russia');
    await user.type(form.getByLabelText('Value'), '1500');
    await user.type(form.getByLabelText('Claimed on'), '2024-10-18');
    await user.type(form.getByLabelText('Organisation'), 'Synthetic test agency');
    await user.type(form.getByLabelText('Outlet'), 'Synthetic outlet');
    await user.type(form.getByLabelText('Source address'), 'https://example.org/synthetic');
    await user.type(form.getByLabelText('Why this state'), 'Synthetic claim for a test');

    const copies = within(form.getByRole('group', { name: 'Archived copies of the source address' }));
    expect(copies.getByText('No archived copy recorded.')).toBeInTheDocument();
    await user.click(copies.getByRole('button', { name: 'Add an archived copy' }));
    expect(copies.getByLabelText('Archive address (copy 1)')).toHaveFocus();
    await user.keyboard('javascript:alert(1)');
    await user.type(copies.getByLabelText('Captured on (copy 1)'), '2025-03-12');
    await user.type(copies.getByLabelText('SHA-256 (copy 1)'), 'abc');
    await user.click(form.getByRole('button', { name: 'Add claim' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Archived copy 1, url: "javascript:" addresses are refused/,
    );
    expect(copies.getByLabelText('Archive address (copy 1)')).toHaveAttribute('aria-invalid', 'true');
    expect(copies.getByLabelText('Archive address (copy 1)')).toHaveAccessibleDescription(
      /"javascript:" addresses are refused: an archived copy must be an http\(s\) address/,
    );
    expect(copies.getByLabelText('SHA-256 (copy 1)')).toHaveAccessibleDescription(/exactly 64 hexadecimal characters/);
    expect(bodies).toEqual([]);

    await user.clear(copies.getByLabelText('Archive address (copy 1)'));
    await user.type(copies.getByLabelText('Archive address (copy 1)'), 'https://archive.example/syn2');
    await user.clear(copies.getByLabelText('SHA-256 (copy 1)'));
    await user.type(copies.getByLabelText('SHA-256 (copy 1)'), HASH);
    // A second row left blank is not a copy.
    await user.click(copies.getByRole('button', { name: 'Add an archived copy' }));
    await user.click(form.getByRole('button', { name: 'Add claim' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/table'));
    expect(bodies).toEqual([
      expect.objectContaining({
        source: expect.objectContaining({
          archives: [{ url: 'https://archive.example/syn2', capturedOn: '2025-03-12', sha256: HASH.toLowerCase() }],
        }),
      }),
    ]);
  }, 60_000);
});
