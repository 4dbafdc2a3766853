import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Context } from 'hono';

const gzipped = promisify(gzip);

/** Below this a gzip header and a round of compression cost more than they save. */
const GZIP_FROM_BYTES = 1024;

/** A serialised answer, and its gzip made at most once (the first time a client accepts it). */
export interface CachedAnswer {
  readonly json: string;
  readonly jsonBytes: number;
  gzip(): Promise<Buffer>;
}

/** An answer a route serialised itself (of parts serialised by two threads): cached as it is, not serialised again. */
export class SerialisedAnswer {
  constructor(readonly json: string) {}
}

export function cachedAnswer(json: string, onGzipped: (bytes: number) => void = () => undefined): CachedAnswer {
  let compressed: Promise<Buffer> | null = null;
  return {
    json,
    jsonBytes: Buffer.byteLength(json),
    gzip() {
      compressed ??= gzipped(json).then((buffer) => {
        onGzipped(buffer.length);
        return buffer;
      });
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

/** Sends a cached answer: its stored gzip to a client that accepts it, else the JSON. */
export async function sendAnswer(c: Context, answer: CachedAnswer): Promise<Response> {
  c.header('Vary', 'Accept-Encoding');
  if (answer.jsonBytes >= GZIP_FROM_BYTES && acceptsGzip(c.req.header('accept-encoding'))) {
    const body = await answer.gzip();
    return c.body(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), 200, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
  }
  return c.body(answer.json, 200, { 'content-type': 'application/json' });
}
