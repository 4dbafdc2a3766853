import type { Claim } from '@/api/claim-schema';
import { countryName, CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { hiddenCharacters } from '@/lib/hidden-characters';
import { footnoteNumbers } from './layout-chart';
import type { ChartModel } from './to-chart-models';

export interface NumberedClaim {
  n: number;
  claim: Claim;
}

/**
 * The chart's footnotes in number order: its dated claims, plotted and without a figure, numbered
 * by the same rule as the "[n]" beside their labels (time order, then id; 1-based).
 */
export function chartFootnotes(model: ChartModel): NumberedClaim[] {
  const numbers = footnoteNumbers(model);
  return [...model.plotted, ...model.unquantified]
    .map(({ claim }) => ({ n: numbers.get(claim.id) ?? 0, claim }))
    .sort((a, b) => a.n - b.n || a.claim.id.localeCompare(b.claim.id));
}

/** One claim with its source: id, figure, kind, state, speaker, date, chain of citation and source. */
export function claimSourceText(claim: Claim): string {
  const country = countryName(claim.speaker.country);
  const via = claim.provenance.length ? ` · via ${claim.provenance.join(' → ')}` : '';
  const source = [claim.source.outlet, claim.source.publishedOn ? formatPartialDate(claim.source.publishedOn) : null, claim.source.url].filter(Boolean).join(', ');
  const date = claim.claimedOn ? `claimed ${formatPartialDate(claim.claimedOn, { showPrecision: true })}` : 'date not known';
  const text = `${claim.id} · ${formatFigure(claim.figure, { withUnit: true })} · ${CLAIM_KIND_LABELS[claim.kind]} · ${VERIFICATION_STATE_LABELS[claim.verification.state]} · ${claim.speaker.organisation}${country ? ` (${country})` : ''} · ${date}${via} · ${source}`;
  return withoutHiddenCharacters(text);
}

/** One numbered footnote: "[3] C041 · 12,000 personnel · …". */
export function footnoteText(n: number, claim: Claim): string {
  return `[${n}] ${claimSourceText(claim)}`;
}

/**
 * On paper and in images a hidden character (a right-to-left override, a zero-width space) would
 * silently change how the text reads: it is taken out and the footnote says which were there.
 */
function withoutHiddenCharacters(text: string): string {
  const hidden = hiddenCharacters(text);
  if (hidden.length === 0) return text;
  const codes = new Set(hidden);
  const cleaned = [...text].filter((c) => !codes.has(`U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)).join('');
  return `${cleaned} (hidden characters removed: ${[...codes].join(', ')})`;
}
