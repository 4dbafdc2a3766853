import type { Claim } from '@/contract/claim-schema';
import { countryName, CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatFigure, formatPartialDate } from '@/lib/format';

/** The accessible name of a plotted claim: value, kind, speaker, date and verification state. */
export function describeClaim(claim: Claim, metricLabel: string): string {
  const speaker = [claim.speaker.name, claim.speaker.organisation].filter(Boolean).join(', ');
  const country = countryName(claim.speaker.country);
  return [
    `${metricLabel}: ${formatFigure(claim.figure, { withUnit: true })}`,
    `${CLAIM_KIND_LABELS[claim.kind]} by ${speaker}${country ? ` (${country})` : ''}`,
    `made ${formatPartialDate(claim.claimedOn, { showPrecision: true })}`,
    `${VERIFICATION_STATE_LABELS[claim.verification.state]}`,
  ].join('. ');
}
