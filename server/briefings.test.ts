// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BriefingListResponseSchema, BriefingSchema } from '../src/contract/briefing-schema';
import { TOKENS, testServerPool } from './testing/test-server';

const deck = {
  title: 'Weekly brief (synthetic test deck)',
  slides: [{ id: 's1', title: 'Troops', note: 'Test note', view: '/?metric=troops_in_russia' }],
};
const put = (body: unknown, token?: string) => ({
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
  ...(token ? { token } : {}),
});
const start = testServerPool();

describe('briefings on the server', () => {
  it('are written by analysts only, listed and read back, and survive a restart', async () => {
    const s = await start();
    expect((await s.request('/api/briefings/weekly', put(deck))).status).toBe(401);
    expect((await s.request('/api/briefings/weekly', put(deck, TOKENS.viewer))).status).toBe(403);
    expect((await s.request('/api/briefings/weekly', put({ title: '', slides: [] }, TOKENS.analyst))).status).toBe(400);
    expect((await s.request('/api/briefings/Bad%20Id', put(deck, TOKENS.analyst))).status).toBe(400);
    expect((await s.request('/api/briefings/weekly', put(deck, TOKENS.analyst))).status).toBe(200);
    const list = BriefingListResponseSchema.parse(await (await s.request('/api/briefings')).json());
    expect(list.briefings).toEqual([
      expect.objectContaining({ id: 'weekly', title: deck.title, slideCount: 1, updatedBy: 'ana' }),
    ]);
    await s.close();
    const again = await start({ dataDir: s.dataDir });
    expect(BriefingSchema.parse(await (await again.request('/api/briefings/weekly')).json())).toEqual(deck);
    expect((await again.request('/api/briefings/none')).status).toBe(404);
  });
});
