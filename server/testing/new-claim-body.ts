/**
 * The body of POST /api/claims that posts `claim` (as a read served it) anew, as an analyst posts a claim: no derived
 * fields or histories, its state with a rationale. For tests and benchmarks, which give it a new id.
 */
export function newClaimBody(claim: Record<string, unknown>, rationale: string) {
  const body: Record<string, unknown> = { ...claim, rationale };
  for (const key of ['originId', 'corroboration', 'warnings', 'gradeHistory']) delete body[key];
  const { state, note, contestedBy, laterDevelopments } = claim.verification as Record<string, unknown>;
  return { ...body, verification: { state, note, contestedBy, laterDevelopments } };
}
