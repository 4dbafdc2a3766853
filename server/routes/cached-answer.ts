import { constants, gzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const gzipLater = promisify(gzip);

/** Below this a gzip header and a round of compression cost more than they save. */
const GZIP_FROM_BYTES = 1024;

/**
 * Up to this many bytes an answer is gzipped at once, on this thread, at zlib's fastest level: a page of 100 claims at
 * 1,000,000 (150 KB) in 0.3 ms, a fifth larger than at the default level, which took 0.9; sent to libuv's threads, its
 * answer waited some 2 ms more (docs/benchmarks.md, thirtieth pass). Larger answers are gzipped there, at the default
 * level, once: the cache keeps them.
 */
const GZIP_AT_ONCE_BYTES = 256 * 1024;

/** `json` (of `bytes` in UTF-8) gzipped: at once, at the fastest level, up to GZIP_AT_ONCE_BYTES; else on libuv's threads. */
export function gzipAnswer(json: Buffer | string, bytes: number): Buffer | Promise<Buffer> {
  return bytes <= GZIP_AT_ONCE_BYTES ? gzipSync(json, { level: constants.Z_BEST_SPEED }) : gzipLater(json);
}

/** A serialised answer, and its gzip made at most once (the first time a client accepts it). */
export interface CachedAnswer {
  readonly json: string;
  readonly jsonBytes: number;
  gzip(): Promise<Buffer>;
}

/** An answer a route serialised itself, in UTF-8 (of parts serialised by two threads): cached as it is, not serialised again. */
export class SerialisedAnswer {
  readonly json: string;
  constructor(readonly utf8: Buffer) {
    this.json = utf8.toString('utf8');
  }
}

/**
 * `json` as the cache holds it, measured by its UTF-8 bytes `utf8` (encoded here unless given). zlib is given those
 * bytes, not the string, which it would encode again: 0.7 ms of a 150 KB page at 1,000,000 claims (docs/benchmarks.md,
 * nineteenth pass). They are kept only for the gzip asked in the same turn of the event loop (the route's own): a
 * cache of buffers is memory outside the heap, which starts full collections sooner ("What the young collections
 * copied"), so a later gzip encodes the string.
 */
export function cachedAnswer(
  json: string,
  onGzipped: (bytes: number) => void = () => undefined,
  utf8: Buffer = Buffer.from(json, 'utf8'),
): CachedAnswer {
  let compressed: Promise<Buffer> | null = null;
  const jsonBytes = utf8.length;
  let bytes: Buffer | null = utf8;
  setImmediate(() => {
    bytes = null;
  });
  return {
    json,
    jsonBytes,
    gzip() {
      compressed ??= Promise.resolve(gzipAnswer(bytes ?? json, jsonBytes)).then((buffer) => {
        onGzipped(buffer.length);
        return buffer;
      });
      bytes = null;
      return compressed;
    },
  };
}

/** Whether Accept-Encoding admits gzip (explicitly or by `*`) with a q above 0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let gzipQ: number | null = null;
  let anyQ: number | null = null;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (name === 'gzip') gzipQ = weight;
    if (name === '*') anyQ = weight;
  }
  const q = gzipQ ?? anyQ ?? 0;
  return Number.isFinite(q) && q > 0;
}

/** Whether an answer of `jsonBytes` is sent gzipped to this client: from GZIP_FROM_BYTES, when it accepts gzip. */
export const gzipsFor = (c: Context, jsonBytes: number): boolean =>
  jsonBytes >= GZIP_FROM_BYTES && acceptsGzip(c.req.header('accept-encoding'));

/** Sends JSON as `bytes`, gzipped or not, with `headers` (a cached answer's gzip, or json-answer.ts's). */
export function sendJsonBytes(
  c: Context,
  bytes: Buffer,
  gzipped: boolean,
  status: ContentfulStatusCode = 200,
  headers: Record<string, string> = {},
): Response {
  return c.body(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length), status, {
    'content-type': 'application/json',
    ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
    ...headers,
  });
}

/**
 * Sends a cached answer: its stored gzip to a client that accepts it, else the JSON, with its length. Without one, the
 * server's compress middleware would stream an answer under GZIP_FROM_BYTES through a CompressionStream for a client
 * that accepts gzip: the slow path a write's answer left (json-answer.ts).
 */
export async function sendAnswer(c: Context, answer: CachedAnswer): Promise<Response> {
  c.header('Vary', 'Accept-Encoding');
  if (gzipsFor(c, answer.jsonBytes)) {
    const gzipped = await answer.gzip();
    return sendJsonBytes(c, gzipped, true, 200, { 'content-length': String(gzipped.length) });
  }
  return c.body(answer.json, 200, { 'content-type': 'application/json', 'content-length': String(answer.jsonBytes) });
}
