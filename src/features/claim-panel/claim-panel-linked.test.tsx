import { act, renderHook, screen, within } from '@testing-library/react';
import { withOrigins } from '@/contract/origins/with-origins';
import { useClaimPanelActions } from '@/stores/claim-panel-store';
import { server } from '../../../mocks/node';
import { defaultMockDataset } from '../../../mocks/mock-db';
import { renderClaimPanel } from './claim-panel.test-helpers';
import { linkedClaimIds } from './linked-claim-ids';
import { recordRequests } from '@/testing/record-requests';

const dataset = defaultMockDataset();
const { claims } = withOrigins(dataset.claims, dataset.sources);
let requests: ReturnType<typeof recordRequests>;

beforeEach(() => {
  requests = recordRequests(server);
});
afterEach(() => {
  requests.stop();
  const { result } = renderHook(() => useClaimPanelActions());
  act(() => result.current.panelClosed());
});

const renderPanel = (id: string) => renderClaimPanel(id);

describe('the claim panel’s linked claims', () => {
  it('fetches the claims it names by id, not the whole list, and shows each with its figure and speaker', async () => {
    const claim = claims.find((c) => c.contradictingClaimIds.some((id) => claims.some((o) => o.id === id)));
    if (!claim) throw new Error('the default dataset has no claim with a contradicting claim in it');
    renderPanel(claim.id);
    const section = await screen.findByRole('region', { name: 'Contradicting claims' });
    const other = claims.find((c) => c.id === claim.contradictingClaimIds[0]);
    if (!other) throw new Error('no contradicting claim');
    const button = await within(section).findByRole('button', { name: new RegExp(`^${other.id} — `) });
    expect(button).toHaveTextContent(other.speaker.organisation);

    const lists = requests.to('/api/claims');
    expect(lists.length, 'one list request, for the linked claims').toBe(1);
    expect(lists[0]?.searchParams.getAll('id')).toEqual(linkedClaimIds(claim));
  });

  it('asks for no list at all when the claim names no other claim', async () => {
    const alone = claims.find((c) => linkedClaimIds(c).length === 0);
    if (!alone) throw new Error('every claim of the default dataset names another');
    renderPanel(alone.id);
    await screen.findByRole('heading', { name: new RegExp(alone.id) });
    await screen.findByRole('region', { name: 'Verification' });
    expect(requests.to('/api/claims')).toEqual([]);
  });
});
