import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../../mocks/node';
import { renderApp } from '@/testing/render-app';
import { ClaimInputSchema } from '@/contract/write-schemas';
import { ClaimSchema } from '@/contract/claim-schema';
import { activateLocale } from '@/i18n/locale-store';
import { en } from '@/i18n/catalogues/en';

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
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: 1 field needs attention');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      /^Value: text \("1,500"\) is a number written as text/,
    );
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

  it('speaks Korean: labels, hints and the summary translated, the schema’s own words shown as worded', async () => {
    activateLocale('ko', (await import('@/i18n/catalogues/ko')).ko);
    onTestFinished(() => activateLocale('en', en));
    const user = userEvent.setup();
    server.use(
      http.get('*/api/session', () => HttpResponse.json({ writes: true, user: { name: 'ana', role: 'analyst' } })),
    );
    renderApp('/claims/new');
    const form = within(await screen.findByRole('form', { name: '주장 추가' }));
    expect(form.getByRole('group', { name: '수치' })).toBeInTheDocument();
    expect(form.getAllByRole('option', { name: '선택…' }).length).toBeGreaterThan(0);
    expect(form.getByText('숫자만, 구분 기호 없이')).toBeInTheDocument();
    await user.type(form.getByLabelText('값'), '1,500');
    await user.click(form.getByRole('button', { name: '주장 추가' }));
    const alert = await form.findByRole('alert');
    expect(alert).toHaveTextContent(/^저장되지 않음: 항목 \d+개를 확인해야 합니다/);
    const value = within(alert)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.startsWith('값 항목:'));
    expect(value?.querySelector('[lang="en"]')).toHaveTextContent(/is a number written as text/);
  });

  it('is closed to visitors of the read-only mock API', async () => {
    renderApp('/claims/new');
    expect(await screen.findByText(/Sign in as an analyst to add or edit claims/)).toBeInTheDocument();
  });
});
