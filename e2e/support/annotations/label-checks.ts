import type { Claim } from '../../../src/contract/claim-schema';
import { inside, intersects, keyCandidates, showBox } from './geometry';
import type { ChartSnap } from './snap-chart';

/** Charts with at most this many plotted claims label every one by default (AUTO_ALL_LABELS). */
export const LABEL_ALL_UP_TO = 40;

/** Plotted claims of charts with at most LABEL_ALL_UP_TO of them that lack a visible label inside their chart. */
export function unlabelledClaims(charts: ChartSnap[]): { checked: number; problems: string[] } {
  const problems: string[] = [];
  let checked = 0;
  for (const chart of charts) {
    const plotted = chart.marks.filter((m) => !m.inLane);
    if (plotted.length === 0 || plotted.length > LABEL_ALL_UP_TO) continue;
    if (!chart.svg) {
      problems.push(`${chart.id}: no svg.recharts-surface`);
      continue;
    }
    const svg = chart.svg;
    if (chart.svgCount !== 1) problems.push(`${chart.id}: ${chart.svgCount} svg.recharts-surface, expected one`);
    for (const mark of plotted) {
      checked += 1;
      const labels = chart.labels.filter((l) => l.for === mark.id);
      if (labels.length === 0) {
        problems.push(`${chart.id} · ${mark.id}: no text.chart-label[data-label-for]`);
        continue;
      }
      const why: string[] = [];
      const good = labels.filter((label) => {
        const reasons: string[] = [];
        if (!label.visible) reasons.push(`not visible ("${label.text}" ${showBox(label.box)})`);
        if (!label.inSvg) reasons.push('not inside the chart svg');
        if (!inside(label.box, svg)) reasons.push(`box ${showBox(label.box)} leaves the svg ${showBox(svg)}`);
        if (label.number) {
          const item = chart.listItems.find((li) => li.for === mark.id);
          if (!item) reasons.push(`number label "${label.text}" not listed in li[data-label-list-for]`);
          else if (!/^\d+$/.test(label.text)) reasons.push(`number label "${label.text}" is not a footnote number`);
          else if (!new RegExp(`^${label.text}(?!\\d)`).test(item.text))
            reasons.push(`number label "${label.text}" listed as "${item.text}"`);
        }
        why.push(...reasons);
        return reasons.length === 0;
      });
      if (good.length === 0) problems.push(`${chart.id} · ${mark.id}: ${why.join('; ')}`);
    }
  }
  return { checked, problems };
}

/** Visible labels that overlap another label or cover a mark's glyph. */
export function overlappingLabels(charts: ChartSnap[]): { labels: number; problems: string[] } {
  const problems: string[] = [];
  let labels = 0;
  for (const chart of charts) {
    const shown = chart.labels.filter((l) => l.visible);
    labels += shown.length;
    for (const [i, a] of shown.entries()) {
      for (const b of shown.slice(i + 1)) {
        if (intersects(a.box, b.box))
          problems.push(
            `${chart.id}: label ${a.for} "${a.text}" ${showBox(a.box)} overlaps label ${b.for} "${b.text}" ${showBox(b.box)}`,
          );
      }
      for (const mark of chart.marks) {
        if (mark.glyph && intersects(a.box, mark.glyph))
          problems.push(
            `${chart.id}: label ${a.for} "${a.text}" ${showBox(a.box)} covers the glyph of ${mark.id} ${showBox(mark.glyph)}`,
          );
      }
    }
  }
  return { labels, problems };
}

/** Labels and label lists left on the charts (for ?labels=none). */
export const leftoverLabels = (charts: ChartSnap[]) =>
  charts.flatMap((chart) => [
    ...chart.labels.map((l) => `${chart.id}: text.chart-label for ${l.for} "${l.text}"`),
    ...chart.listItems.map((li) => `${chart.id}: li[data-label-list-for=${li.for}] "${li.text}"`),
    ...(chart.lists > 0 ? [`${chart.id}: ${chart.lists} .chart-label-list`] : []),
  ]);

/** With ?labels=key: sources with more than 3 labels, labels on other than their first, highest or latest figure, sources left unlabelled. */
export function keyLabelProblems(charts: ChartSnap[], claims: Claim[]): { labelled: number; problems: string[] } {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const problems: string[] = [];
  let labelled = 0;
  for (const chart of charts) {
    const inChart = chart.marks.map((m) => ({ mark: m, claim: byId.get(m.id) }));
    const unknown = [
      ...inChart.filter((m) => !m.claim).map((m) => m.mark.id),
      ...chart.labels.filter((l) => !l.for || !byId.has(l.for)).map((l) => `label for ${l.for}`),
    ];
    if (unknown.length) problems.push(`${chart.id}: not claims of the API: ${unknown.join(', ')}`);
    const organisations = new Set(inChart.flatMap((m) => (m.claim ? [m.claim.speaker.organisation] : [])));
    for (const organisation of organisations) {
      const all = inChart.filter((m) => m.claim?.speaker.organisation === organisation);
      const plotted = all.filter((m) => !m.mark.inLane).flatMap((m) => (m.claim ? [m.claim] : []));
      const allowed = keyCandidates(plotted);
      const labels = chart.labels.filter(
        (l) => l.for !== null && byId.get(l.for)?.speaker.organisation === organisation,
      );
      labelled += labels.length;
      const ids = labels.map((l) => l.for ?? '');
      // The limit counts every label of the source; which ones is asked of its figures only
      // (a statement without a figure has no "highest", and the rule names figures).
      if (labels.length > 3)
        problems.push(`${chart.id} · ${organisation}: ${labels.length} labels (${ids.join(', ')}), at most 3`);
      const plottedIds = new Set(plotted.map((c) => c.id));
      const extra = ids.filter((id) => plottedIds.has(id) && !allowed.has(id));
      if (extra.length)
        problems.push(
          `${chart.id} · ${organisation}: ${extra.join(', ')} labelled but neither first, highest nor latest (those: ${[...allowed].join(', ')})`,
        );
      if (plotted.length > 0 && labels.length === 0)
        problems.push(
          `${chart.id} · ${organisation}: no key label for its plotted claims ${plotted.map((c) => c.id).join(', ')}`,
        );
    }
  }
  return { labelled, problems };
}
