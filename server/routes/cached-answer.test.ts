// @vitest-environment node
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { describe, expect, it, vi } from 'vitest';
import { cachedAnswer, sendAnswer, SerialisedAnswer } from './cached-answer';

/** JSON with text of one, two, three and four UTF-8 bytes a character. */
const JSON_TEXT = JSON.stringify({ claims: [{ quote: 'Troops — 병력 🚢 "Ü"\\n', id: 'X-1' }], total: 1 });
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('a cached answer', () => {
  it('is measured in UTF-8 bytes and gzips to exactly its JSON, in the turn it was made or later', async () => {
    const now = cachedAnswer(JSON_TEXT);
    const later = cachedAnswer(JSON_TEXT);
    expect(now.jsonBytes).toBe(Buffer.byteLength(JSON_TEXT));
    expect(now.jsonBytes).toBeGreaterThan(JSON_TEXT.length);
    const first = now.gzip();
    await nextTurn();
    // The later one's bytes are let go: it gzips the string.
    for (const answer of [await first, await later.gzip()]) expect(gunzipSync(answer).toString('utf8')).toBe(JSON_TEXT);
  });

  it('gzips once, and says how many bytes the gzip took', async () => {
    const gzipped = vi.fn();
    const answer = cachedAnswer(JSON_TEXT, gzipped);
    const [one, two] = await Promise.all([answer.gzip(), answer.gzip()]);
    expect(two).toBe(one);
    expect(gzipped).toHaveBeenCalledExactlyOnceWith(one.length);
  });

  it('of bytes a route serialised, holds them as the same JSON text', async () => {
    const serialised = new SerialisedAnswer(Buffer.from(JSON_TEXT, 'utf8'));
    expect(serialised.json).toBe(JSON_TEXT);
    const answer = cachedAnswer(serialised.json, undefined, serialised.utf8);
    expect(answer.jsonBytes).toBe(Buffer.byteLength(JSON_TEXT));
    expect(gunzipSync(await answer.gzip()).toString('utf8')).toBe(JSON_TEXT);
  });

  describe('sent', () => {
    /** An answer of JSON_TEXT repeated `times`, sent behind the server's compress middleware. */
    const jsonOf = (times: number) => JSON.stringify(Array.from({ length: times }, () => JSON.parse(JSON_TEXT)));
    const app = new Hono()
      .use('*', compress())
      .get('/:times', (c) => sendAnswer(c, cachedAnswer(jsonOf(Number(c.req.param('times'))))));
    const asked = (times: number, acceptEncoding?: string) =>
      app.request(`/${times}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

    it('gzipped once, with its length, to a client that accepts gzip', async () => {
      const answer = await asked(40, 'gzip, deflate, br');
      const body = Buffer.from(await answer.arrayBuffer());
      expect(answer.headers.get('content-encoding')).toBe('gzip');
      expect(answer.headers.get('content-length')).toBe(String(body.length));
      expect(answer.headers.get('vary')).toBe('Accept-Encoding');
      expect(gunzipSync(body).toString('utf8')).toBe(jsonOf(40));
    });

    it('as it is, with its length, when it is short or the client does not accept gzip', async () => {
      expect(Buffer.byteLength(jsonOf(1))).toBeLessThan(1024);
      for (const [times, acceptEncoding] of [
        [1, 'gzip'],
        [40, undefined],
        [40, 'gzip;q=0, identity'],
      ] as const) {
        const answer = await asked(times, acceptEncoding);
        const body = Buffer.from(await answer.arrayBuffer());
        // Not streamed through the middleware's CompressionStream, which would drop the length.
        expect(answer.headers.get('content-encoding')).toBeNull();
        expect(answer.headers.get('content-type')).toBe('application/json');
        expect(answer.headers.get('content-length')).toBe(String(body.length));
        expect(body.toString('utf8')).toBe(jsonOf(times));
      }
    });
  });
});
