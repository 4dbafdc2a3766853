import type { ClaimKind, VerificationState } from '@/contract/vocabulary';

/**
 * The visual encoding, one place for chart, legend and exports. Verification state is shape
 * AND fill (readable in greyscale); claim kind is the outline style; colour only tells metrics apart.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon' | 'cross' | 'slashed-circle';
export type MarkerFill = 'solid' | 'half' | 'hollow';

export const STATE_ENCODING: Record<VerificationState, { shape: MarkerShape; fill: MarkerFill }> = {
  officially_confirmed: { shape: 'circle', fill: 'solid' },
  corroborated: { shape: 'square', fill: 'solid' },
  single_source: { shape: 'triangle', fill: 'half' },
  unverified: { shape: 'diamond', fill: 'hollow' },
  evasive_no_comment: { shape: 'hexagon', fill: 'hollow' },
  disputed_denied: { shape: 'cross', fill: 'hollow' },
  retracted: { shape: 'slashed-circle', fill: 'hollow' },
};

export interface KindStroke {
  dash: string | undefined;
  width: number;
  /** A second, outer ring: totals accumulate. */
  ring: boolean;
  /** A bullseye dot in the centre: a reported count, told from an estimate at a glance even on a filled marker. */
  dot: boolean;
}

export const KIND_ENCODING: Record<ClaimKind, KindStroke> = {
  reported_count: { dash: undefined, width: 2.5, ring: false, dot: true },
  estimate: { dash: undefined, width: 1.5, ring: false, dot: false },
  cumulative_total: { dash: undefined, width: 1.5, ring: true, dot: false },
  conversion_estimate: { dash: '1.5 2', width: 1.75, ring: false, dot: false },
  projection_warning: { dash: '4 2.5', width: 1.75, ring: false, dot: false },
  confirmation: { dash: undefined, width: 2, ring: false, dot: false },
  denial: { dash: undefined, width: 2, ring: false, dot: false },
  non_denial: { dash: '1.5 2', width: 2, ring: false, dot: false },
};

/**
 * Okabe–Ito hues, safe for the common colour-vision deficiencies. The values live in CSS
 * (--metric-0 … --metric-5): darkened for AA contrast on the light theme, lightened on the dark one.
 */
export const METRIC_COLOUR_COUNT = 6;

export function metricColour(index: number): string {
  return `var(--metric-${index % METRIC_COLOUR_COUNT})`;
}

/**
 * The class that gives an element a metric's hue as its `color` (marks fill and stroke with currentColor). A class,
 * not an inline style: the Content-Security-Policy ignores style attributes in the server's HTML.
 */
export function metricColourClass(colour: string): string {
  const index = /^var\(--metric-(\d+)\)$/.exec(colour)?.[1];
  return index === undefined ? '' : `metric-colour-${index}`;
}
