import type { ClaimKind, VerificationState } from '@/contract/vocabulary';
import { CLAIM_KINDS, VERIFICATION_STATES } from '@/contract/vocabulary';
import { isolate } from '@/lib/isolate-text';
import { CLAIM_KIND_LABELS, VERIFICATION_STATE_LABELS } from '@/lib/labels';
import type { ChartModel } from './chart-model-types';
import { t } from '@/i18n/translate';

export type KeyEntry =
  | { type: 'heading'; text: string }
  | { type: 'state'; state: VerificationState; text: string }
  | { type: 'kind'; kind: ClaimKind; text: string }
  | { type: 'metric'; colour: string; text: string }
  | { type: 'mark'; mark: 'range' | 'span' | 'bound' | 'source-line' | 'fold' | 'origin-link'; text: string };

export interface PlacedKeyEntry {
  entry: KeyEntry;
  x: number;
  row: number;
}

export interface KeyLayout {
  entries: PlacedKeyEntry[];
  rows: number;
  rowHeight: number;
}

const GLYPH = 16;

/** What the chart's key lists: only the states, kinds, metrics and marks this chart draws (in the page's language). */
export function keyEntries(model: ChartModel, sourceLines: boolean): KeyEntry[] {
  const drawn = [...model.plotted, ...model.unquantified];
  const states = new Set<VerificationState>(model.aggregate ? model.aggregate.points.map((p) => p.state) : []);
  const kinds = new Set<ClaimKind>();
  for (const p of model.aggregate ? model.unquantified : drawn) states.add(p.claim.verification.state);
  for (const p of drawn) kinds.add(p.claim.kind);
  const entries: KeyEntry[] = [{ type: 'heading', text: t('charts.key.shape') }];
  for (const state of VERIFICATION_STATES)
    if (states.has(state)) entries.push({ type: 'state', state, text: VERIFICATION_STATE_LABELS[state] });
  entries.push({ type: 'heading', text: t('charts.key.outline') });
  for (const kind of CLAIM_KINDS)
    if (kinds.has(kind)) entries.push({ type: 'kind', kind, text: CLAIM_KIND_LABELS[kind] });
  entries.push({ type: 'heading', text: t('charts.key.colour') });
  // The metric's label comes from data: isolated, so it cannot reorder its count.
  for (const s of model.series)
    entries.push({ type: 'metric', colour: s.colour, text: `${isolate(s.metric.label)} (${s.count})` });
  const marks: KeyEntry[] = [];
  if (model.plotted.some((p) => p.low !== null && p.high !== null) || model.aggregate)
    marks.push({ type: 'mark', mark: 'range', text: t('charts.key.range') });
  if (drawn.some((p) => p.precision !== 'day'))
    marks.push({ type: 'mark', mark: 'span', text: t('charts.key.monthOnly') });
  if (model.plotted.some((p) => p.claim.figure.bound === 'at_least' || p.claim.figure.bound === 'at_most'))
    marks.push({ type: 'mark', mark: 'bound', text: t('charts.key.bound') });
  if (sourceLines) marks.push({ type: 'mark', mark: 'source-line', text: t('charts.key.sourceLine') });
  if (model.plotted.some((p) => p.folded)) marks.push({ type: 'mark', mark: 'fold', text: t('charts.key.fold') });
  if (model.plotted.some((p) => p.sameOriginAs?.length))
    marks.push({ type: 'mark', mark: 'origin-link', text: t('charts.key.originLink') });
  if (marks.length) entries.push({ type: 'heading', text: t('charts.key.marks') }, ...marks);
  return entries;
}

/** Flows the entries into rows that fit `width`; a heading never ends a row. */
export function layoutKey(
  entries: KeyEntry[],
  width: number,
  measure: (text: string) => number,
  rowHeight: number,
): KeyLayout {
  const placed: PlacedKeyEntry[] = [];
  let x = 0;
  let row = 0;
  const widthOf = (e: KeyEntry) =>
    (e.type === 'heading' ? 0 : GLYPH + 4) + measure(e.text) + (e.type === 'heading' ? 6 : 12);
  entries.forEach((entry, i) => {
    let w = widthOf(entry);
    const next = entries[i + 1];
    // Keep a heading with its first entry.
    if (entry.type === 'heading' && next) w += widthOf(next);
    if (x > 0 && x + w > width) {
      row += 1;
      x = 0;
    }
    placed.push({ entry, x, row });
    x += widthOf(entry) + (entry.type === 'heading' ? 0 : 0);
  });
  return { entries: placed, rows: entries.length ? row + 1 : 0, rowHeight };
}

export const KEY_GLYPH = GLYPH;
