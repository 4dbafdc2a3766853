import type { Claim } from '../../src/contract/claim-schema';
import type { OriginDecision } from '../../src/contract/origins/origin-schema';
import type { ClaimsWithOrigins } from '../../src/contract/origins/with-origins';
import type { ChunkedList } from '../../src/contract/chunked-list';
import type { SourceEntity } from '../../src/contract/source-schema';

/**
 * The claims as stored and as served: derived once per store version. Both lists are kept in chunks, so that a view
 * after a write shares every chunk the write did not change (chunked-list.ts).
 */
export interface ClaimView extends Omit<ClaimsWithOrigins, 'claims'> {
  claims: ChunkedList<Claim>;
  /** As stored, with no derived fields (an `asof` answer derives again from these). */
  raw: ChunkedList<Claim>;
  registry: SourceEntity[];
  decisions: OriginDecision[];
  /**
   * Names the order of `claims` and `raw` (claimPosition): a view whose claims only changed state keeps it, and finds a
   * claim without a new lookup of every id; a view in another order has another.
   */
  order: object;
}
