// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../src/contract/claim-schema';
import { server as mockApi } from '../../mocks/node';
import { startCluster, type Cluster } from './start-cluster';

const TOKEN = 'cluster-test-secret-0024';

/**
 * `npm run cluster` as a user meets it: two app servers behind the round-robin proxy, one PostgreSQL database. Both
 * servers answer through the proxy, a write through it is read on each server at once, and stop() leaves nothing up.
 */
describe('a cluster of two servers behind the round-robin proxy', { timeout: 120_000 }, () => {
  let cluster: Cluster | undefined;
  // The test setup's mock API would answer every /api request in this process: talk to the real servers.
  beforeAll(async () => {
    mockApi.close();
    cluster = await startCluster({ servers: 2, tokens: `ci:analyst:${TOKEN}` });
  }, 120_000);
  afterAll(() => cluster?.stop(), 60_000);

  const running = () => {
    if (!cluster) throw new Error('the cluster did not start');
    return cluster;
  };
  const stateOn = async (url: string, id: string) =>
    ClaimSchema.parse(await (await fetch(`${url}/api/claims/${id}`)).json()).verification.state;

  it('sends one request to each server in turn', async () => {
    const upstreams: (string | null)[] = [];
    for (let i = 0; i < 2; i += 1) {
      const answer = await fetch(`${running().proxyUrl}/api/claims?limit=1`);
      expect(answer.status).toBe(200);
      await answer.arrayBuffer();
      upstreams.push(answer.headers.get('x-claimwatch-upstream'));
    }
    expect(upstreams).toEqual(['0', '1']);
  });

  it('reads a write made through the proxy on each server at once', async () => {
    const write = await fetch(`${running().proxyUrl}/api/claims/C040/verification`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'officially_confirmed', rationale: 'Written through the proxy' }),
    });
    expect(write.status).toBe(200);
    await write.arrayBuffer();
    for (const url of running().serverUrls) expect(await stateOn(url, 'C040')).toBe('officially_confirmed');
  });

  it('leaves no server answering after stop()', async () => {
    const { proxyUrl, serverUrls, stop } = running();
    await stop();
    for (const url of [...serverUrls, proxyUrl]) await expect(fetch(`${url}/api/metrics`)).rejects.toThrow();
  });
});
