import type { Claim, Figure } from '@/contract/claim-schema';
import type { MessageKey } from '@/i18n/catalogues/en';
import { t } from '@/i18n/translate';
import { formatNumber } from '@/lib/format';
import { isolate, shorten } from '@/lib/isolate-text';

/** Family name first in these countries: "Lee Seong-kweun" is Mr Lee. */
const FAMILY_NAME_FIRST = new Set(['KR', 'KP', 'CN', 'TW', 'HU', 'VN']);
const MAX_SPEAKER = 24;

/** How a qualifier reads when the stated one is too long to sit on a chart. */
const BOUND_WORDS: Record<Figure['bound'], MessageKey | null> = {
  exact: null,
  approximate: 'charts.bound.approximate',
  at_least: 'charts.bound.atLeast',
  at_most: 'charts.bound.atMost',
  range: null,
};

/** Qualifiers that name the figure themselves. */
const NUMBER_WORDS = /\b(half|third|quarter|dozen|dozens|hundreds?|thousands?|double|twice|triple)\b/i;

/** 1,500 · 12,000 · 4.8 million: a number a general reads at a glance. */
export function shortNumber(value: number): string {
  if (Math.abs(value) >= 1_000_000) return t('charts.millions', { number: Number((value / 1_000_000).toPrecision(3)) });
  return formatNumber(value);
}

/** The figure as stated, short: "about 11,000", "more than 12,000", "1,000–3,000", "several hundred". */
export function shortFigure(figure: Figure): string {
  const percent = figure.unit?.trim().toLowerCase() === 'percent';
  const show = (value: number) => (percent ? `${formatNumber(value)}%` : shortNumber(value));
  const range = figure.low !== null && figure.high !== null ? `${show(figure.low)}–${show(figure.high)}` : null;
  const number = figure.value !== null ? show(figure.value) : range;
  if (number === null) return shorten(figure.text ?? t('charts.noFigure'), 32);
  const bound = BOUND_WORDS[figure.bound];
  // The qualifier as the source worded it, when short; else the bound in the page's language.
  const qualifier =
    figure.qualifier && figure.qualifier.length <= 16 && !/[(;,]/.test(figure.qualifier)
      ? figure.qualifier
      : bound && t(bound);
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

/** "warning, unverified": the kind of figure and the verification state in two words, in the page's language. */
export function kindAndState(claim: Claim): string {
  const kind: MessageKey = `charts.tag.kind.${claim.kind}`;
  const state: MessageKey = `charts.tag.state.${claim.verification.state}`;
  return t('charts.tag', { kind: t(kind), state: t(state) });
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
