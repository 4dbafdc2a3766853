import type { Claim } from '@/contract/claim-schema';
import { countryName, CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import { formatFigure, formatPartialDate } from '@/lib/format';
import { hiddenCharacters } from '@/lib/hidden-characters';
import { compareByTime } from './compare-by-time';
import { t } from '@/i18n/translate';
import type { ChartModel } from './chart-model-types';

export interface NumberedClaim {
  n: number;
  claim: Claim;
  /** Set for a claim folded into another's mark (same origin, same figure): it shares that mark's number. */
  foldedInto?: string;
}

/** Footnote numbers: the chart's dated claims in time order (then by id), 1-based. */
export function footnoteNumbers(model: ChartModel): Map<string, number> {
  const dated = [...model.plotted, ...model.unquantified].sort(compareByTime);
  return new Map(dated.map((p, i) => [p.claim.id, i + 1]));
}

/**
 * The chart's footnotes in number order: its dated claims, plotted and without a figure, numbered
 * by the same rule as the "[n]" beside their labels (time order, then id; 1-based). The claims a
 * folded mark stands for follow it under its number, each with its own source.
 */
export function chartFootnotes(model: ChartModel): NumberedClaim[] {
  const numbers = footnoteNumbers(model);
  return [...model.plotted, ...model.unquantified]
    .map(({ claim }) => ({ n: numbers.get(claim.id) ?? 0, claim }))
    .sort((a, b) => a.n - b.n || a.claim.id.localeCompare(b.claim.id))
    .flatMap((note) => {
      const folded = model.plotted.find((p) => p.claim.id === note.claim.id)?.folded;
      const rest = folded?.claims.slice(1).map((claim) => ({ n: note.n, claim, foldedInto: note.claim.id })) ?? [];
      return [note, ...rest];
    });
}

/** Said after a folded claim's footnote: whose mark it is drawn as. */
export const foldedNote = (into: string | undefined): string =>
  into ? ` ${t('charts.footnotes.foldedInto', { id: into })}` : '';

/** A piece of a composed text: our own words, or a field from data (to be isolated where it is drawn). */
export interface TextPart {
  text: string;
  data: boolean;
  /** An address to link where the text can be a link (an archived copy on paper); plain text in images. */
  href?: string;
}

/**
 * One claim with its source, in parts: id, figure, kind, state, speaker, date, chain of citation,
 * source and its archived copies. On paper and in images a hidden character (a right-to-left override, a zero-width
 * space) would silently change how the text reads: it is taken out of the fields, and a last part
 * says which were there.
 */
export function claimSourceParts(claim: Claim): TextPart[] {
  const ours = (text: string): TextPart => ({ text, data: false });
  const field = (text: string): TextPart => ({ text, data: true });
  const country = countryName(claim.speaker.country);
  const date = claim.claimedOn
    ? t('charts.footnotes.claimed', { date: formatPartialDate(claim.claimedOn, { showPrecision: true }) })
    : t('charts.footnotes.dateNotKnown');
  const parts: TextPart[] = [
    ours(`${claim.id} · `),
    field(formatFigure(claim.figure, { withUnit: true })),
    ours(` · ${CLAIM_KIND_LABELS[claim.kind]} · ${VERIFICATION_STATE_LABELS[claim.verification.state]} · `),
    field(claim.speaker.organisation),
    ours(`${country ? ` (${country})` : ''} · ${date}`),
  ];
  const via = ` · ${t('charts.footnotes.via')} `;
  claim.provenance.forEach((step, i) => parts.push(ours(i === 0 ? via : ' → '), field(step)));
  parts.push(ours(' · '), field(claim.source.outlet));
  if (claim.source.publishedOn) parts.push(ours(`, ${formatPartialDate(claim.source.publishedOn)}`));
  if (claim.source.url) parts.push(ours(', '), field(claim.source.url));
  for (const copy of claim.source.archives)
    parts.push(ours(` · archived copy (${formatPartialDate(copy.capturedOn)}): `), {
      ...field(copy.url),
      href: copy.url,
    });
  return withoutHiddenCharacters(parts);
}

/** The parts as one string, each field passed through `field` (`isolate` for SVG). */
export function claimSourceText(claim: Claim, field: (text: string) => string = (text) => text): string {
  return claimSourceParts(claim)
    .map((part) => (part.data ? field(part.text) : part.text))
    .join('');
}

/** One numbered footnote: "[3] C041 · 12,000 personnel · …". */
export function footnoteText(n: number, claim: Claim): string {
  return `[${n}] ${claimSourceText(claim)}`;
}

function withoutHiddenCharacters(parts: TextPart[]): TextPart[] {
  const codes = new Set(parts.flatMap((part) => (part.data ? hiddenCharacters(part.text) : [])));
  if (codes.size === 0) return parts;
  const visible = (text: string) =>
    [...text]
      .filter((c) => !codes.has(`U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`))
      .join('');
  return [
    ...parts.map((part) => (part.data ? { ...part, text: visible(part.text) } : part)),
    { text: ` ${t('charts.footnotes.hiddenRemoved', { codes: [...codes].join(', ') })}`, data: false },
  ];
}
