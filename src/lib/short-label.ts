import type { Claim, Figure } from '@/contract/claim-schema';
import type { ClaimKind, VerificationState } from '@/contract/vocabulary';
import { formatNumber } from '@/lib/format';
import { isolate, shorten } from '@/lib/isolate-text';

/** Family name first in these countries: "Lee Seong-kweun" is Mr Lee. */
const FAMILY_NAME_FIRST = new Set(['KR', 'KP', 'CN', 'TW', 'HU', 'VN']);
const MAX_SPEAKER = 24;

/** How a qualifier reads when the stated one is too long to sit on a chart. */
const BOUND_WORDS: Record<Figure['bound'], string | null> = {
  exact: null,
  approximate: 'about',
  at_least: 'at least',
  at_most: 'up to',
  range: null,
};

/** Qualifiers that name the figure themselves. */
const NUMBER_WORDS = /\b(half|third|quarter|dozen|dozens|hundreds?|thousands?|double|twice|triple)\b/i;

/** 1,500 · 12,000 · 4.8 million: a number a general reads at a glance. */
export function shortNumber(value: number): string {
  if (Math.abs(value) >= 1_000_000) return `${Number((value / 1_000_000).toPrecision(3))} million`;
  return formatNumber(value);
}

/** The figure as stated, short: "about 11,000", "more than 12,000", "1,000–3,000", "several hundred". */
export function shortFigure(figure: Figure): string {
  const percent = figure.unit?.trim().toLowerCase() === 'percent';
  const show = (value: number) => (percent ? `${formatNumber(value)}%` : shortNumber(value));
  const range = figure.low !== null && figure.high !== null ? `${show(figure.low)}–${show(figure.high)}` : null;
  const number = figure.value !== null ? show(figure.value) : range;
  if (number === null) return shorten(figure.text ?? 'no figure', 32);
  const qualifier =
    figure.qualifier && figure.qualifier.length <= 16 && !/[(;,]/.test(figure.qualifier)
      ? figure.qualifier
      : BOUND_WORDS[figure.bound];
  if (!qualifier || figure.value === null) return number;
  // "about half" already says the figure in words: the number follows in brackets ("about half (50%)").
  return NUMBER_WORDS.test(qualifier) ? `${qualifier} (${number})` : `${qualifier} ${number}`;
}

/** Who said it, short: an organisation's acronym ("NIS"), else the person's family name, else the organisation. */
export function shortSpeaker(speaker: Claim['speaker']): string {
  const acronym = /\(([A-Z][A-Z0-9&/.-]{1,9})\)\s*$/.exec(speaker.organisation)?.[1];
  if (acronym) return acronym;
  const name = speaker.name?.trim();
  if (name) {
    const parts = name.split(/\s+/);
    if (FAMILY_NAME_FIRST.has(speaker.country ?? '')) return shorten(name, MAX_SPEAKER);
    return shorten(parts.at(-1) ?? name, MAX_SPEAKER);
  }
  return shorten(speaker.organisation.replace(/\s*\([^)]*\)\s*$/, ''), MAX_SPEAKER);
}

const KIND_TAGS: Record<ClaimKind, string> = {
  reported_count: 'count',
  estimate: 'estimate',
  cumulative_total: 'total',
  conversion_estimate: 'conversion',
  projection_warning: 'warning',
  confirmation: 'confirmation',
  denial: 'denial',
  non_denial: 'non-denial',
};
const STATE_TAGS: Record<VerificationState, string> = {
  officially_confirmed: 'confirmed',
  corroborated: 'corroborated',
  single_source: 'one source',
  unverified: 'unverified',
  evasive_no_comment: 'evasive',
  disputed_denied: 'disputed',
  retracted: 'retracted',
};

/** "warning, unverified": the kind of figure and the verification state in two words. */
export function kindAndState(claim: Claim): string {
  return `${KIND_TAGS[claim.kind]}, ${STATE_TAGS[claim.verification.state]}`;
}

/**
 * The label a claim carries on the chart: "about 11,000 · HUR", and its tag "estimate, one source".
 * The text is for SVG: the figure and the speaker come from data and are each a bidi isolate
 * (`isolate`), so neither can reorder the other or the " · " between them.
 */
export function claimLabel(claim: Claim): { text: string; tag: string } {
  return {
    text: `${isolate(shortFigure(claim.figure))} · ${isolate(shortSpeaker(claim.speaker))}`,
    tag: kindAndState(claim),
  };
}
