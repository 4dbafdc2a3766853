import { createHash } from 'node:crypto';
import { ClaimSchema, type Claim } from '../../src/contract/claim-schema';
import { sourcesFingerprint } from '../routes/code-fingerprint';
import { withoutHistory } from './store-rows';

/*
 * A stored claim body's check (migration 010): written with a body Claimwatch validated against ClaimSchema, and
 * computed again when the body is read. A body whose check matches was validated by this contract's code, so a list
 * reads it without validating it again (assembleChecked). A body edited by hand, stored by other contract code, or
 * written unvalidated (a source merge) has no matching check: it is validated as before, and its check written then.
 */

/** The code whose rules a body was validated by: the contract's (src/contract). */
const CONTRACT = ['src/contract'];

/** The check of a body validated under the contract's code as it is now. */
export const bodyCheck = (body: string): string =>
  createHash('sha256').update(sourcesFingerprint(CONTRACT)).update('\0').update(body).digest('base64url').slice(0, 22);

/**
 * The body to store for `claim`, and its check: when the claim is valid, the body of what ClaimSchema answers for it (so
 * a list reads back that claim without validating it again), checked; else the claim's own body, unchecked, which a
 * list validates.
 */
export function storedBody(claim: Claim): { body: string; check: string | null } {
  const valid = ClaimSchema.safeParse(claim);
  if (!valid.success) return { body: JSON.stringify(withoutHistory(claim)), check: null };
  const body = JSON.stringify(withoutHistory(valid.data));
  return { body, check: bodyCheck(body) };
}
