import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../../mocks/node';
import { mockDataset } from '../../../mocks/mock-db';
import { renderApp } from '@/testing/render-app';

const claimMarks = (container: HTMLElement) => container.querySelectorAll('[data-claim-id]');

describe('the dashboard', () => {
  it('draws every claim of the dataset exactly once, one figure per chart group', async () => {
    const { container } = renderApp();
    await screen.findByText(/Showing \d+ of \d+ claims/);
    const { claims, metrics } = mockDataset();
    const ids = [...claimMarks(container)].map((el) => el.getAttribute('data-claim-id'));
    expect(ids).toHaveLength(claims.length);
    expect(new Set(ids)).toEqual(new Set(claims.map((c) => c.id)));
    const groups = new Set(metrics.filter((m) => claims.some((c) => c.metricId === m.id)).map((m) => m.chartGroup.id));
    expect(screen.getAllByRole('figure')).toHaveLength(groups.size);
  });

  it('names each mark with its value, speaker and verification state', async () => {
    const { container } = renderApp();
    await screen.findByText(/Showing/);
    const claim = mockDataset().claims.find((c) => c.figure.value !== null && c.claimedOn !== null);
    if (!claim) throw new Error('the dataset has no dated claim with a value');
    const mark = container.querySelector(`[data-claim-id="${claim.id}"]`);
    const name = mark?.getAttribute('aria-label') ?? '';
    expect(name).toContain(new Intl.NumberFormat('en-GB').format(claim.figure.value ?? 0));
    expect(name).toContain(claim.speaker.organisation);
    expect(name).toMatch(/Officially confirmed|Corroborated|Single source|Unverified|Evasive|Disputed|Retracted/);
  });

  it('opens the claim panel with the quote and a safe source link', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    await screen.findByText(/Showing/);
    const claim = mockDataset().claims.find((c) => c.quote && c.source.url?.startsWith('https://') && c.claimedOn);
    if (!claim?.quote || !claim.source.url) throw new Error('the dataset has no quoted claim with an https source');
    const mark = container.querySelector<SVGGElement>(`[data-claim-id="${claim.id}"]`);
    if (!mark) throw new Error(`no mark for ${claim.id}`);
    // A chart mark opens with Enter (the pointer reaches it through the chart's overlay, tested in e2e).
    mark.focus();
    await user.keyboard('{Enter}');
    // The panel's code loads on its first open. A role query walks the whole dashboard (nine charts) on every
    // poll, seconds on a loaded machine: wait for the panel by its element, then check its role and name.
    const dialog = await waitFor(
      () => {
        const panel = container.ownerDocument.querySelector<HTMLElement>('aside.claim-panel');
        if (!panel) throw new Error('no claim panel yet');
        return panel;
      },
      { timeout: 15_000 },
    );
    expect(dialog).toHaveAttribute('role', 'dialog');
    expect(dialog).toHaveAccessibleName(new RegExp(`· ${claim.id}$`));
    expect(dialog).toHaveAttribute('data-panel-claim-id', claim.id);
    expect(await within(dialog).findByText(claim.quote.text, { exact: false })).toBeInTheDocument();
    const link = within(dialog).getByRole('link', { name: /opens the source/ });
    expect(link).toHaveAttribute('href', new URL(claim.source.url).href);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('sets aside a record that breaks the contract, says why, and draws the rest', async () => {
    const { claims } = mockDataset();
    const [first, ...rest] = claims;
    server.use(
      http.get('*/api/claims', () =>
        HttpResponse.json({ claims: [{ ...first, figure: { value: -5 } }, ...rest], total: claims.length }),
      ),
    );
    const { container } = renderApp();
    expect(await screen.findByText(/Data quality: 1 claims set aside/)).toBeInTheDocument();
    expect(claimMarks(container)).toHaveLength(claims.length - 1);
  });

  it('says what went wrong when the API fails, and retries on request', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(
        '*/api/claims',
        () => HttpResponse.json({ error: { code: 'down', message: 'maintenance' } }, { status: 500 }),
        { once: true },
      ),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be loaded/);
    expect(alert).toHaveTextContent(/500.*maintenance/);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(/Showing \d+ of \d+ claims/)).toBeInTheDocument();
  });

  it('ignores a malformed link parameter with a notice and applies the valid ones', async () => {
    const { container } = renderApp('/?state=rumour&state=corroborated');
    expect(await screen.findByText(/Some parts of this link were ignored/)).toBeInTheDocument();
    await screen.findByText(/Showing \d+ of \d+ claims/);
    const corroborated = mockDataset().claims.filter((c) => c.verification.state === 'corroborated');
    expect(claimMarks(container)).toHaveLength(corroborated.length);
  });
});
