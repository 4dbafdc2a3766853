import type { Claim } from '../../src/contract/claim-schema';
import type { Origin } from '../../src/contract/origins/origin-schema';
import { columnsIfRead, rememberedColumns } from '../../src/contract/claim-columns';
import { originsById } from '../../src/contract/origins/with-origins';
import { rememberClaimInserted } from '../../src/contract/claim-columns-inserted';
import { reserveScanScratch } from '../../src/contract/column-filters';
import { prepareSummaries } from '../../src/contract/summarize-claims';
import { rememberTextInserted } from '../../src/contract/search-texts';
import { claimPosition, rememberPositionsInserted } from '../../src/contract/origins/origin-answers';
import { withClaimAdded } from '../../src/contract/origins/with-claim-added';
import type { ClaimView } from './claim-view';

/** New claims inserted in place one by one, at most: more (an import) derive every claim again. */
export const MAX_CLAIMS_ADDED_IN_PLACE = 16;

/**
 * `view` with `claim`, a claim it does not hold, in its place (withClaimAdded): the claims before it keep their places,
 * the rest move one on, and every positional cache (the lookup of positions, the columns, the search texts) is kept
 * with the claim inserted rather than made again from every claim. Null when its origins cannot be grouped in place.
 */
export function withClaimInserted(view: ClaimView, claim: Claim): ClaimView | null {
  const added = withClaimAdded(view, claim, view, (id) => claimPosition(view, id));
  if (!added) return null;
  const { position } = added;
  const served = new Map(added.claims);
  served.delete(position);
  const claims = view.claims.withInserted(position, added.claims.get(position) as Claim).withReplaced(served);
  const next: ClaimView = {
    ...view,
    claims,
    raw: view.raw.withInserted(position, claim),
    origins: added.origins as Origin[],
    order: {},
  };
  rememberPositionsInserted(view, next, position, claim.id);
  // The claims served with another origin than before (or none before: the new one).
  const moved = new Set([claim.id]);
  for (const [at, now] of served)
    if (now.originId !== view.claims.at(at < position ? at : at - 1)?.originId) moved.add(now.id);
  const columnsBefore = columnsIfRead(view.claims);
  const byId = originsById(next.origins);
  // An origin's number in the columns before, read at a member that keeps it.
  const originNumber = (originId: string) => {
    for (const member of byId.get(originId)?.claimIds ?? []) {
      const at = moved.has(member) ? undefined : claimPosition(view, member);
      if (at !== undefined) return columnsBefore?.origin[at];
    }
    return undefined;
  };
  const movedAt = [...served].filter(([, now]) => moved.has(now.id)).map(([at]) => at);
  rememberClaimInserted(view.claims, claims, position, movedAt, originNumber);
  rememberTextInserted(view.claims, claims, position);
  const columns = rememberedColumns(claims);
  reserveScanScratch(columns);
  prepareSummaries(columns);
  return next;
}
