import type { Claim } from '../../src/contract/claim-schema';

/** The claim as an edit sends it: no id, no derived fields, no state or history (those change through their own routes). */
export function editBody(claim: Claim) {
  const body: Record<string, unknown> = { ...claim, verification: { ...claim.verification } };
  for (const key of ['id', 'originId', 'corroboration', 'warnings']) delete body[key];
  const verification = body.verification as Record<string, unknown>;
  delete verification.state;
  delete verification.history;
  return body;
}
