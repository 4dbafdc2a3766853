// @vitest-environment node
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { describe, expect, it } from 'vitest';
import { jsonAnswer } from './json-answer';

/** A claim-like answer of about `bytes` bytes, with text of one to four UTF-8 bytes a character. */
const answerOf = (bytes: number) => ({ id: 'X-1', notes: 'Troops — 병력 🚢 "Ü"\n'.repeat(Math.ceil(bytes / 30)) });

/** The server's own order: its compress middleware in front of the routes. */
const app = new Hono()
  .use('*', compress())
  .post('/:bytes', (c) => jsonAnswer(c, answerOf(Number(c.req.param('bytes'))), 201));

const asked = (bytes: number, acceptEncoding?: string) =>
  app.request(`/${bytes}`, { method: 'POST', headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('a JSON answer', () => {
  it.each([2_000, 200_000])(
    'of %i bytes is gzipped once, with its length, for a client that accepts gzip',
    async (bytes) => {
      const answer = await asked(bytes, 'gzip, deflate, br');
      const body = Buffer.from(await answer.arrayBuffer());
      expect(answer.status).toBe(201);
      expect(answer.headers.get('content-encoding')).toBe('gzip');
      expect(answer.headers.get('content-length')).toBe(String(body.length));
      expect(answer.headers.get('vary')).toBe('Accept-Encoding');
      // Gzipped once: the middleware left it as it was.
      expect(JSON.parse(gunzipSync(body).toString('utf8'))).toEqual(answerOf(bytes));
    },
  );

  it('is sent as it is, with its length, to a client that does not accept gzip, or when it is short', async () => {
    for (const [bytes, acceptEncoding] of [
      [2_000, undefined],
      [2_000, 'gzip;q=0, identity'],
      [300, 'gzip'],
    ] as const) {
      const answer = await asked(bytes, acceptEncoding);
      const body = Buffer.from(await answer.arrayBuffer());
      expect(answer.headers.get('content-encoding')).toBeNull();
      expect(answer.headers.get('content-type')).toBe('application/json');
      expect(answer.headers.get('content-length')).toBe(String(body.length));
      expect(JSON.parse(body.toString('utf8'))).toEqual(answerOf(bytes));
    }
  });
});
