import type { Claim } from '@/contract/claim-schema';
import { AGREEMENT } from '@/contract/origins/origin-rules';
import { LinkedClaims } from './linked-claims';

interface CorroborationSectionProps {
  claim: Claim;
  knownClaims: Claim[] | null;
  onOpen: (id: string) => void;
}

const RULE = `Same metric, figure within ${AGREEMENT.tolerance * 100}% and ${AGREEMENT.days} days. Only a claim from another origin of another organisation counts as independent.`;

/** "3 other origins", or, before the claim list has loaded, "3 claims from other origins". */
function originCount(ids: string[], knownClaims: Claim[] | null): string {
  if (!knownClaims) return `${ids.length} ${ids.length === 1 ? 'claim' : 'claims'} from other origins`;
  const byId = new Map(knownClaims.map((c) => [c.id, c]));
  const origins = new Set(ids.map((id) => byId.get(id)?.originId ?? `claim:${id}`));
  return `${origins.size} other ${origins.size === 1 ? 'origin' : 'origins'}`;
}

/**
 * The claims that support this one's figure, as the API derives them (claim.corroboration): only
 * those of another origin count; repeats of its own origin and restatements by its own organisation
 * are listed apart, saying that they do not count.
 */
export function CorroborationSection({ claim, knownClaims, onOpen }: CorroborationSectionProps) {
  const { independent, sameOrigin, sameOwner, unknownOrigin } = claim.corroboration;
  const verdict =
    independent.length > 0 ? (
      <p className="corroboration-verdict corroboration-verdict--yes">
        <span aria-hidden="true">✓ </span>
        <strong>Independently corroborated</strong> (by {originCount(independent, knownClaims)})
      </p>
    ) : (
      <p className="corroboration-verdict corroboration-verdict--no">
        <span aria-hidden="true">✗ </span>
        <strong>Not independently corroborated</strong>
      </p>
    );
  const shared = { knownClaims, onOpen, headingLevel: 4 } as const;
  return (
    <>
      <LinkedClaims
        title="Agreeing claims"
        lead={verdict}
        description={RULE}
        ids={independent}
        knownClaims={knownClaims}
        onOpen={onOpen}
        emptyText="No claim from another origin agrees."
      />
      <LinkedClaims
        {...shared}
        title="Repeats of the same origin (do not count)"
        description="Other reports of this claim's own origin: they repeat it, they do not corroborate it."
        ids={sameOrigin}
      />
      <LinkedClaims
        {...shared}
        title="Restatements by the same organisation (do not count)"
        description="Another statement of the same organisation: a restatement, not independent."
        ids={sameOwner}
      />
      <LinkedClaims
        {...shared}
        title="Agreeing, origin unknown (do not count)"
        description="One of the two origins is unknown, so whether they are independent cannot be told."
        ids={unknownOrigin}
      />
    </>
  );
}
