import { delay, http } from 'msw';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../../mocks/node';
import { mockDataset } from '../../../mocks/mock-db';
import { renderApp } from '@/testing/render-app';

describe('useClaimList', () => {
  it('repaints a filter change from the whole list already loaded, before the API answers', async () => {
    const user = userEvent.setup();
    renderApp();
    const all = mockDataset().claims.length;
    await screen.findByText(`Showing ${all} of ${all} claims`);
    // From now on a filtered request never answers: what shows can only come from the cached list.
    server.use(
      http.get('*/api/claims', async ({ request }) => (new URL(request.url).search ? delay('infinite') : undefined)),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Corroborated' }));
    const corroborated = mockDataset().claims.filter((c) => c.verification.state === 'corroborated').length;
    expect(corroborated).toBeGreaterThan(0);
    expect(await screen.findByText(`Showing ${corroborated} of ${all} claims`)).toBeInTheDocument();
  });
});
