// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { clientAddress, rateLimit } from './routes/rate-limit';
import { createApp } from './app';
import { TOKENS, testServerPool } from './testing/test-server';

const start = testServerPool();
/** A request as @hono/node-server hands it over: with the socket it came on. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describe('per-client rate limits', () => {
  it('lets a burst through, then answers 429 with Retry-After, per client, and refills with time', async () => {
    let now = 0;
    const app = new Hono()
      .use(rateLimit({ what: 'reads', perMinute: 60, clientOf: (c) => clientAddress(c, false), now: () => now }))
      .get('/', (c) => c.text('ok'));
    const statuses = async (address: string, n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i += 1) out.push((await app.request('/', {}, from(address))).status);
      return out;
    };
    // Ten seconds' worth at least: ten requests pass, the eleventh waits.
    expect(await statuses('10.0.0.1', 11)).toEqual([...Array.from({ length: 10 }, () => 200), 429]);
    const refused = await app.request('/', {}, from('10.0.0.1'));
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Another client has a bucket of its own.
    expect(await statuses('10.0.0.2', 1)).toEqual([200]);
    now += 1000;
    expect(await statuses('10.0.0.1', 2)).toEqual([200, 429]);
  });

  it('limits anonymous reads and writes of the real app by address; signed-in readers and in-process requests are not', async () => {
    const s = await start();
    const app = createApp(s.store, {
      CLAIMWATCH_READS: 'open',
      CLAIMWATCH_BODY_LIMIT: 1024 * 1024,
      CLAIMWATCH_READS_PER_MINUTE: 60,
      CLAIMWATCH_WRITES_PER_MINUTE: 60,
    });
    const read = (address: string | null, token?: string) =>
      app.request(
        '/api/metrics',
        { headers: token ? { authorization: `Bearer ${token}` } : {} },
        address ? from(address) : undefined,
      );
    const anonymous = [];
    for (let i = 0; i < 11; i += 1) anonymous.push((await read('192.0.2.7')).status);
    expect(anonymous.at(-1)).toBe(429);
    expect(anonymous.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect((await read('192.0.2.7', TOKENS.viewer)).status).toBe(200);
    expect((await read(null)).status).toBe(200);

    const write = () =>
      app.request(
        '/api/claims/C040/verification',
        {
          method: 'POST',
          headers: { authorization: 'Bearer a-guessed-token-000000', 'content-type': 'application/json' },
          body: '{}',
        },
        from('192.0.2.8'),
      );
    const writes = [];
    for (let i = 0; i < 11; i += 1) writes.push((await write()).status);
    // A guessed token is refused (401) ten times, then the guesser is slowed down.
    expect(writes).toEqual([...Array.from({ length: 10 }, () => 401), 429]);
  });

  it('behind a trusted proxy, counts the address the proxy recorded, not what the client claimed', async () => {
    const app = new Hono().get('/', (c) => c.text(clientAddress(c, true) ?? 'none'));
    const ask = async (forwarded: string) =>
      (await app.request('/', { headers: { 'x-forwarded-for': forwarded } }, from('127.0.0.1'))).text();
    expect([await ask('1.2.3.4'), await ask('6.6.6.6, 1.2.3.4')]).toEqual(['1.2.3.4', '1.2.3.4']);
  });
});
