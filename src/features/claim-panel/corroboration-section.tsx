import type { Claim } from '@/contract/claim-schema';
import { AGREEMENT } from '@/contract/origins/origin-rules';
import { RichText } from '@/i18n/rich-text';
import { useT, type Translate } from '@/i18n/translate';
import { LinkedClaims } from './linked-claims';

interface CorroborationSectionProps {
  claim: Claim;
  knownClaims: Claim[] | null;
  onOpen: (id: string) => void;
}

/** "by 3 other origins", or, before the claim list has loaded, "by 3 claims from other origins". */
function originCount(t: Translate, ids: string[], knownClaims: Claim[] | null): string {
  if (!knownClaims) return t('panel.byClaimsFromOtherOrigins', { count: ids.length });
  const byId = new Map(knownClaims.map((c) => [c.id, c]));
  const origins = new Set(ids.map((id) => byId.get(id)?.originId ?? `claim:${id}`));
  return t('panel.byOtherOrigins', { count: origins.size });
}

/**
 * The claims that support this one's figure, as the API derives them (claim.corroboration): only
 * those of another origin count; repeats of its own origin and restatements by its own organisation
 * are listed apart, saying that they do not count.
 */
export function CorroborationSection({ claim, knownClaims, onOpen }: CorroborationSectionProps) {
  const t = useT();
  const { independent, sameOrigin, sameOwner, unknownOrigin } = claim.corroboration;
  const rule = t('panel.agreementRule', { tolerance: AGREEMENT.tolerance * 100, count: AGREEMENT.days });
  const verdict =
    independent.length > 0 ? (
      <p className="corroboration-verdict corroboration-verdict--yes">
        <span aria-hidden="true">✓ </span>
        <RichText
          text={t('panel.independentlyCorroborated', { by: originCount(t, independent, knownClaims) })}
          tags={{ strong: (inner) => <strong>{inner}</strong> }}
        />
      </p>
    ) : (
      <p className="corroboration-verdict corroboration-verdict--no">
        <span aria-hidden="true">✗ </span>
        <strong>{t('panel.notIndependentlyCorroborated')}</strong>
      </p>
    );
  const shared = { knownClaims, onOpen, headingLevel: 4 } as const;
  return (
    <>
      <LinkedClaims
        title={t('panel.agreeingClaims')}
        lead={verdict}
        description={rule}
        ids={independent}
        knownClaims={knownClaims}
        onOpen={onOpen}
        emptyText={t('panel.noAgreeingClaim')}
      />
      <LinkedClaims
        {...shared}
        title={t('panel.sameOrigin')}
        description={t('panel.sameOriginDescription')}
        ids={sameOrigin}
      />
      <LinkedClaims
        {...shared}
        title={t('panel.sameOwner')}
        description={t('panel.sameOwnerDescription')}
        ids={sameOwner}
      />
      <LinkedClaims
        {...shared}
        title={t('panel.unknownOrigin')}
        description={t('panel.unknownOriginDescription')}
        ids={unknownOrigin}
      />
    </>
  );
}
