import { QueryClient } from '@tanstack/react-query';
import { DEFAULT_CLAIM_FILTERS } from '@/contract/claim-filters';
import { DEFAULT_LIMIT } from '@/contract/claim-pages';
import { server } from '../../../mocks/node';
import { setMockScenario } from '../../../mocks/scenarios';
import { recordRequests } from '@/testing/record-requests';
import { claimQueries } from './claim-queries';

let requests: ReturnType<typeof recordRequests>;
beforeEach(() => {
  requests = recordRequests(server);
});
afterEach(() => {
  requests.stop();
  setMockScenario(null);
});

describe('claimQueries.list', () => {
  it('follows the API’s cursors to the last page: a list longer than a page arrives whole, in order', async () => {
    // SYNTHETIC claims (the mock's "large" scenario), more than two pages of them.
    const count = 2 * DEFAULT_LIMIT + 37;
    setMockScenario({ name: 'large', claims: count });
    const list = await new QueryClient().fetchQuery(claimQueries.list(DEFAULT_CLAIM_FILTERS));
    expect(list.claims).toHaveLength(count);
    expect(new Set(list.claims.map((c) => c.id)).size).toBe(count);
    expect(list.total).toBe(count);
    const pages = requests.to('/api/claims');
    expect(pages).toHaveLength(3);
    expect(pages.map((url) => url.searchParams.has('cursor'))).toEqual([false, true, true]);
  });

  it('asks once for a list that fits one page', async () => {
    const list = await new QueryClient().fetchQuery(claimQueries.list(DEFAULT_CLAIM_FILTERS));
    expect(list.claims.length).toBeGreaterThan(0);
    expect(requests.to('/api/claims')).toHaveLength(1);
  });
});
