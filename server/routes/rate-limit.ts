import type { Context, MiddlewareHandler } from 'hono';
import type { IncomingMessage } from 'node:http';
import { apiError } from './api-error';

export interface RateLimitOptions {
  /** What is limited, for the answer's message: "reads" or "writes". */
  what: string;
  /** Sustained requests a minute for one client; 0 turns the limit off. */
  perMinute: number;
  /** Which client a request counts against, or null when this limit does not apply to it. */
  clientOf: (c: Context) => string | null;
  /** Clients remembered at once: the least recently seen is forgotten first (a fresh, full bucket). */
  maxClients?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client: `perMinute` a minute sustained, bursts of up to ten seconds' worth. Over it, 429 with
 * Retry-After. Each server counts its own clients, so N servers behind a proxy allow N times as much in all.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const { perMinute, clientOf, what, maxClients = 10_000, now = Date.now } = options;
  const capacity = Math.max(10, Math.ceil(perMinute / 6));
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  return async (c, next) => {
    const client = perMinute > 0 ? clientOf(c) : null;
    if (client === null) return next();
    const at = now();
    const held = buckets.get(client);
    const bucket = held
      ? { tokens: Math.min(capacity, held.tokens + (at - held.at) * perMs), at }
      : { tokens: capacity, at };
    // Re-inserted on every request, so the map's first key is the client seen least recently.
    buckets.delete(client);
    buckets.set(client, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
    c.header('RateLimit-Limit', String(perMinute));
    if (bucket.tokens < 1) {
      const seconds = Math.ceil((1 - bucket.tokens) / perMs / 1000);
      c.header('Retry-After', String(seconds));
      c.header('RateLimit-Remaining', '0');
      return apiError(
        c,
        429,
        'rate_limited',
        `Too many ${what} from this client: at most ${perMinute} a minute. Try again in ${seconds} s.`,
      );
    }
    bucket.tokens -= 1;
    c.header('RateLimit-Remaining', String(Math.floor(bucket.tokens)));
    return next();
  };
}

/**
 * The address a request came from: the socket's peer, or with `trustProxy` the address the proxy in front recorded
 * last in X-Forwarded-For (earlier entries are the client's own word). Null for a request made inside the process (the
 * server's own page renderer), which no limit applies to.
 */
export function clientAddress(c: Context, trustProxy: boolean): string | null {
  const incoming = (c.env as { incoming?: Pick<IncomingMessage, 'socket'> } | undefined)?.incoming;
  const peer = incoming?.socket.remoteAddress;
  if (!peer) return null;
  if (!trustProxy) return peer;
  const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
  return forwarded || peer;
}
