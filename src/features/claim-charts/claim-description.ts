import type { Claim } from '@/contract/claim-schema';
import { countryName, CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { t } from '@/i18n/translate';

/** The accessible name of a plotted claim: value, kind, speaker, date and verification state (in the page's language). */
export function describeClaim(claim: Claim, metricLabel: string): string {
  const speaker = [claim.speaker.name, claim.speaker.organisation].filter(Boolean).join(', ');
  const country = countryName(claim.speaker.country);
  return t('charts.claim.description', {
    metric: metricLabel,
    figure: formatFigure(claim.figure, { withUnit: true }),
    kind: CLAIM_KIND_LABELS[claim.kind],
    speaker: country ? `${speaker} (${country})` : speaker,
    date: formatPartialDate(claim.claimedOn, { showPrecision: true }),
    state: VERIFICATION_STATE_LABELS[claim.verification.state],
  });
}
