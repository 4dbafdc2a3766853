import { z } from './zod-mini';
import type { Sequence } from './chunked-list';
import type { Claim } from './claim-schema';
import { ClaimIdSchema } from './claim-id-schema';
import { compareClaims } from './select-claims';

/*
 * Keyset paging of GET /api/claims: a page is the claims after a cursor in the one order both APIs answer in
 * (oldest first, undated last, ties by id: compareClaims). The cursor names the last claim of the page before by
 * its date and id, not by a position, so a claim added or removed meanwhile shifts nothing.
 */

export const DEFAULT_LIMIT = 500;
export const MAX_LIMIT = 1000;

const CursorSchema = z.object({
  claimedOn: z.nullable(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
  id: ClaimIdSchema,
});
type Cursor = z.infer<typeof CursorSchema>;

/** The opaque cursor after `claim`: base64url of its date and id (both ASCII by their schemas). */
export function cursorAfter(claim: Pick<Claim, 'claimedOn' | 'id'>): string {
  return btoa(JSON.stringify({ claimedOn: claim.claimedOn, id: claim.id }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** A cursor as given, or null when it is not one this API made. */
export function readCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  try {
    const json: unknown = JSON.parse(atob(text.replace(/-/g, '+').replace(/_/g, '/')));
    const parsed = CursorSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The page of `sorted` (in compareClaims order) after `cursor` (from the start when null): `limit` claims and the cursor after them, or null at the end. */
export function pageOf<T extends Pick<Claim, 'claimedOn' | 'id'>>(
  sorted: Sequence<T>,
  cursor: Cursor | null,
  limit: number,
): { items: T[]; nextCursor: string | null } {
  let start = 0;
  if (cursor) {
    // The first claim after the cursor: binary search over the order itself.
    let high = sorted.length;
    while (start < high) {
      const middle = (start + high) >> 1;
      if (compareClaims(sorted.at(middle) as T, cursor) <= 0) start = middle + 1;
      else high = middle;
    }
  }
  const items: T[] = [];
  for (let i = start; i < Math.min(start + limit, sorted.length); i += 1) items.push(sorted.at(i) as T);
  const last = items.at(-1);
  return { items, nextCursor: last && start + limit < sorted.length ? cursorAfter(last) : null };
}
