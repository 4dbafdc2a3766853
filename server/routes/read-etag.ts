import type { Context } from 'hono';
import { shortHash } from '../../src/contract/sources/source-slug';

/** Differs from one server process to the next: a store's version counts from each start, so a tag never outlives one. */
const PROCESS = Math.random().toString(36).slice(2, 10);

/**
 * The entity tag of a read: the same request answers the same body for one store version (any write, here or by
 * another process, changes it), so the tag is the version and the request, not a hash of a body of megabytes.
 */
export const readTag = (version: string, request: string) => `W/"${PROCESS}-${version}-${shortHash(request)}"`;

/**
 * Answers 304 with no body when the client already holds this version of the read (`If-None-Match`), else null;
 * either way the answer carries the tag and asks caches to revalidate (`no-cache`).
 */
export function notModified(c: Context, tag: string): Response | null {
  c.header('ETag', tag);
  c.header('Cache-Control', 'no-cache');
  const held = c.req.header('if-none-match');
  if (!held) return null;
  const tags = held.split(',').map((t) => t.trim());
  return tags.includes(tag) || tags.includes('*') ? c.body(null, 304) : null;
}
