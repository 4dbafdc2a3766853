import type { Claim } from '@/contract/claim-schema';

export interface StateChange {
  claim: Claim;
  from: Claim['verification']['state'];
}

export interface ReplayChanges {
  /** Claims known now that were not known at the previous frame. */
  added: Claim[];
  /** Claims known at both frames whose verification state differs. */
  changed: StateChange[];
}

export const NO_CHANGES: ReplayChanges = { added: [], changed: [] };

/** What became known between two frames of the replay (both lists as known on their day). */
export function replayChanges(previous: readonly Claim[], current: readonly Claim[]): ReplayChanges {
  const before = new Map(previous.map((claim) => [claim.id, claim]));
  const added: Claim[] = [];
  const changed: StateChange[] = [];
  for (const claim of current) {
    const earlier = before.get(claim.id);
    if (!earlier) added.push(claim);
    else if (earlier.verification.state !== claim.verification.state)
      changed.push({ claim, from: earlier.verification.state });
  }
  return { added, changed };
}
