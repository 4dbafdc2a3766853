import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { gzipAnswer, gzipsFor, sendJsonBytes } from './cached-answer';

/**
 * `value` as a JSON answer of known length, gzipped here for a client that accepts it (gzipsFor), so that the server's
 * compress middleware, which streams a body of unknown length through a CompressionStream, leaves it as it is. Every
 * JSON answer of the API goes through it (errors too: apiError), not `c.json`, whose answer says no length:
 * - a write's answer so streamed took 7.4 ms at p50 and 16.6 at p90 where the same answer uncompressed took 6.6 and
 *   7.7 (1,000,000 claims, 20 edits each; docs/benchmarks.md, twenty-seventh pass);
 * - a short answer (a 404, the metrics) was streamed too, gzipped for no gain: 1.25–2.8 ms against 0.5–1.1 sent as
 *   it is (thirty-seventh pass).
 * Answered at once (not a promise) unless its gzip is large enough to be made on libuv's threads (gzipAnswer).
 */
export function jsonAnswer(
  c: Context,
  value: unknown,
  status: ContentfulStatusCode = 200,
): Response | Promise<Response> {
  const utf8 = Buffer.from(JSON.stringify(value), 'utf8');
  c.header('Vary', 'Accept-Encoding');
  const send = (body: Buffer, gzipped: boolean) =>
    sendJsonBytes(c, body, gzipped, status, { 'content-length': String(body.length) });
  if (!gzipsFor(c, utf8.length)) return send(utf8, false);
  const gzipped = gzipAnswer(utf8, utf8.length);
  return Buffer.isBuffer(gzipped) ? send(gzipped, true) : gzipped.then((body) => send(body, true));
}
