import type { Claim } from '@/api/claim-schema';
import { countryName, CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatFigure, formatPartialDate } from '@/lib/format';

/** One footnote: the claim, its figure, kind, state, speaker, chain of citation and source. */
export function footnoteText(n: number, claim: Claim): string {
  const country = countryName(claim.speaker.country);
  const via = claim.provenance.length ? ` · via ${claim.provenance.join(' → ')}` : '';
  const source = [claim.source.outlet, claim.source.publishedOn ? formatPartialDate(claim.source.publishedOn) : null, claim.source.url].filter(Boolean).join(', ');
  return `[${n}] ${claim.id} · ${formatFigure(claim.figure, { withUnit: true })} · ${CLAIM_KIND_LABELS[claim.kind]} · ${VERIFICATION_STATE_LABELS[claim.verification.state]} · ${claim.speaker.organisation}${country ? ` (${country})` : ''} · ${claim.claimedOn ? `claimed ${formatPartialDate(claim.claimedOn, { showPrecision: true })}` : 'date not known'}${via} · ${source}`;
}
