import type { Context } from 'hono';
import { shortHash } from '../../src/contract/sources/source-slug';
import { codeFingerprint } from './code-fingerprint';
import type { ClaimStore } from '../store/claim-store';

/**
 * The entity tag of a read: the same code answers the same request with the same body for one store version (any
 * write, by any server or process, changes it), so the tag is the code, the version and the request, not a hash of a
 * body of megabytes. Every server of a deployment gives the same tag.
 */
export const readTag = (version: string, request: string) =>
  `W/"${codeFingerprint()}-${version}-${shortHash(request)}"`;

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

/**
 * For a read whose answer depends on nothing but the store and the address asked (not on who asks): 304 when the
 * client holds this version of it, else null, with the tag set for the answer.
 */
export async function revalidated(c: Context, store: Pick<ClaimStore, 'version'>): Promise<Response | null> {
  const url = new URL(c.req.url);
  return notModified(c, readTag(await store.version(), `${url.pathname}?${url.searchParams.toString()}`));
}
