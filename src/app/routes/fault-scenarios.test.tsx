import { http, HttpResponse } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { server } from '../../../mocks/node';
import { setMockScenario } from '../../../mocks/scenarios';
import { configureApiTimeout } from '@/api/api-request';
import { renderApp } from '@/testing/render-app';
import { claimQueries } from '@/api/queries/claim-queries';
import { DEFAULT_CLAIM_FILTERS } from '@/contract/claim-filters';
import { createQueryClient } from '../query-client';

const marks = (container: HTMLElement) => container.querySelectorAll('[data-claim-id]');
/** The page keeps its frame whatever the API does: filters and views stay usable. */
const expectFrameStill = () => {
  expect(screen.getByRole('complementary', { name: 'Filters' })).toBeInTheDocument();
  expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
};

describe('the dashboard under API faults (mock scenarios)', () => {
  afterEach(() => configureApiTimeout(20_000));

  it('500 three times: says so while retrying, shows the error, and recovers on "Try again"', async () => {
    setMockScenario({ name: 'error-then-recover', claims: 0 });
    const user = userEvent.setup();
    const { container } = renderApp('/', { queryClient: createQueryClient() });
    expect(await screen.findByText(/attempt 1 failed, trying again/)).toBeInTheDocument();
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('The claims could not be loaded');
    expect(alert).toHaveTextContent(/answered 500 for \/claims/);
    expectFrameStill();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText(/Showing \d+ of \d+ claims/);
    expect(marks(container).length).toBeGreaterThan(0);
  });

  it('503 with Retry-After: waits as asked, then shows the data without an error', async () => {
    setMockScenario({ name: 'unavailable', claims: 0 });
    const { container } = renderApp('/', { queryClient: createQueryClient() });
    expect(await screen.findByText(/asked to wait 2 s/)).toBeInTheDocument();
    await screen.findByText(/Showing \d+ of \d+ claims/, {}, { timeout: 10_000 });
    expect(marks(container).length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('malformed JSON: a specific error, not retried, nothing drawn from it', async () => {
    setMockScenario({ name: 'malformed-json', claims: 0 });
    const { container } = renderApp('/', { queryClient: createQueryClient() });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/not valid JSON/);
    expect(screen.queryByText(/trying again/)).not.toBeInTheDocument();
    expect(marks(container)).toHaveLength(0);
    expectFrameStill();
  });

  it('invalid records: the valid ones are drawn, the others counted with their reasons', async () => {
    setMockScenario({ name: 'invalid-records', claims: 0 });
    const user = userEvent.setup();
    const { container } = renderApp();
    const notice = await screen.findByText(/Data quality: 3 claims set aside/);
    await user.click(notice);
    expect(screen.getByText(/figure\.value/)).toBeInTheDocument();
    expect(screen.getByText(/verification\.state/)).toBeInTheDocument();
    expect(screen.getByText(/^C\d+: source/)).toBeInTheDocument();
    expect(marks(container).length).toBeGreaterThan(10);
  });

  it('timeout: gives up after the time limit and says so', async () => {
    configureApiTimeout(200);
    setMockScenario({ name: 'timeout', claims: 0 });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/did not answer \/claims within 0\.2 s/);
    expectFrameStill();
  });

  it('offline: says the connection failed, and the page keeps its frame', async () => {
    setMockScenario({ name: 'offline', claims: 0 });
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not reach the claims API \(\/claims\)/);
    expectFrameStill();
  });

  it('an empty API: says there are no claims rather than drawing empty axes', async () => {
    setMockScenario({ name: 'empty', claims: 0 });
    const { container } = renderApp();
    expect(await screen.findByText(/Showing 0 of 0 claims/)).toBeInTheDocument();
    expect(screen.getByText('No claims yet')).toBeInTheDocument();
    expect(marks(container)).toHaveLength(0);
  });

  it('a large synthetic list is counted and drawn from the summary as groups that the chart declares', async () => {
    setMockScenario({ name: 'large', claims: 3000 });
    const { container, queryClient } = renderApp();
    expect(await screen.findByText(/Showing 3,000 of 3,000 claims/, {}, { timeout: 15_000 })).toBeInTheDocument();
    const notes = await screen.findAllByText(/claims drawn as \d+ (weekly|monthly|quarterly|yearly) groups/);
    expect(notes.length).toBeGreaterThan(0);
    const groups = [...container.querySelectorAll('[data-group-id]')];
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.length).toBeLessThan(3000);
    expect(groups[0]?.getAttribute('aria-label')).toMatch(/\d+ claims?, .*Median/);
    // Every claim is drawn (one by one or in a group) or counted apart in words, none lost.
    const apart = screen
      .queryAllByText(/Also counted, not drawn/)
      .flatMap((note) => [
        ...(note.textContent ?? '').matchAll(/([\d,]+) claims? (?:that give no figure|with no date)/g),
      ])
      .reduce((n, match) => n + Number(match[1]?.replace(/,/g, '')), 0);
    const drawn =
      [...container.querySelectorAll('[data-claim-id]')].length +
      groups.reduce((n, g) => n + Number(g.getAttribute('data-claim-count')), 0);
    expect(drawn + apart).toBe(3000);
    // Drawn from the summary: the page asked one page of the list for its count, and kept none of its claims.
    const list = queryClient.getQueryData(claimQueries.list(DEFAULT_CLAIM_FILTERS).queryKey);
    expect(list?.complete).toBe(false);
    expect(list?.matched).toBe(3000);
    expect(list?.claims).toHaveLength(0);
  });

  it('a failed refresh keeps the claims loaded earlier on screen, with a warning', async () => {
    const { container, queryClient } = renderApp();
    await screen.findByText(/Showing \d+ of \d+ claims/);
    const drawn = marks(container).length;
    server.use(
      http.get('*/api/claims', () =>
        HttpResponse.json({ error: { code: 'internal', message: 'database restarting' } }, { status: 500 }),
      ),
    );
    await queryClient.refetchQueries({ queryKey: ['claims'] });
    expect(await screen.findByText(/Showing the claims loaded earlier: the latest refresh failed/)).toBeInTheDocument();
    expect(screen.getByText(/database restarting/)).toBeInTheDocument();
    await waitFor(() => expect(marks(container)).toHaveLength(drawn));
  });
});
