import type { LabelSetting } from '@/lib/chart-view-settings';
import { claimLabel } from '@/lib/short-label';
import type { ChartLabel, ChartLayout, LaneMark, PlotMark } from './chart-layout-types';
import { keyFigureIds } from './key-figures';
import { laneLabel } from './layout-lane';
import { placeLabels, type Box, type LabelRequest } from './place-labels';
import type { PlottedClaim } from './to-chart-models';

/** Above this many unlabelled marks a chart prints no numbers beside them: they could not be read (the footnotes still list every claim). */
const MAX_PRINT_NUMBERS = 60;

/** Above this many labels a chart sets none apart with leader lines: a thicket of leaders reads worse than numbers. */
const MAX_LEADERED = 60;

interface LabelInput {
  plotted: PlottedClaim[];
  grouped: boolean;
  marks: PlotMark[];
  laneMarks: LaneMark[];
  numbers: Map<string, number>;
  labelSetting: LabelSetting;
  plot: { left: number; right: number; top: number; bottom: number };
  lane: { top: number; height: number };
  measure: (text: string) => number;
  fontSize: number;
  markerSize: number;
  phone: boolean;
}

/**
 * Every label of a chart: direct labels for the claims the setting labels (key figures placed
 * first), the band's labels, and, for marks left unlabelled, a footnote number shown only in
 * print and exports. Labels that fit only as their number are listed beside the chart.
 */
export function layoutLabels(input: LabelInput): { labels: ChartLabel[]; listed: ChartLayout['listed'] } {
  const { plotted, grouped, marks, laneMarks, numbers, labelSetting, plot, lane, measure, fontSize, markerSize, phone } = input;
  const labelled = labelSetting === 'none' ? new Set<string>() : labelSetting === 'key' ? keyFigureIds(plotted) : new Set(plotted.map((p) => p.claim.id));
  const glyphBox = (m: { x: number; y: number }, r: number): Box => ({ x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r });
  const lineHeight = fontSize + 3;
  // Room for the footnote number "[n] " that print and exports show before a label (not before a bare number).
  const numberRoom = measure('[00] ');
  const withNumber = (text: string) => (/^\d+$/.test(text) ? measure(text) : measure(text) + numberRoom);
  const labels: ChartLabel[] = [];
  const listed: ChartLayout['listed'] = [];
  const collect = (requests: (LabelRequest & { tag: string | null; full: string })[], placedBoxes: ReturnType<typeof placeLabels>) => {
    for (const placed of placedBoxes) {
      const request = requests.find((r) => r.id === placed.id);
      if (!request) continue;
      const n = numbers.get(placed.id) ?? 0;
      const numberOnly = placed.variant === -1;
      const withTag = placed.variant === 0 && request.tag !== null;
      // A label left of its mark ends at the mark's side: the hidden number then grows leftwards into its room.
      const anchor = placed.x + placed.width <= request.x ? 'end' : 'start';
      labels.push({ id: placed.id, n, text: numberOnly ? String(n) : request.full, tag: withTag ? request.tag : null, numberOnly, printOnly: false, box: placed, leader: placed.leader, anchor });
      if (numberOnly) listed.push({ id: placed.id, n, text: request.tag ? `${request.full} · ${request.tag}` : request.full });
    }
  };

  if (!grouped && labelled.size > 0) {
    const obstacles: Box[] = marks.flatMap((m) => markObstacles(m, markerSize + 1));
    const order = [...marks].sort((a, b) => a.placed.mid - b.placed.mid);
    const keyIds = labelSetting === 'all' ? keyFigureIds(plotted) : labelled;
    const requests = order
      .filter((m) => labelled.has(m.placed.claim.id))
      .sort((a, b) => Number(keyIds.has(b.placed.claim.id)) - Number(keyIds.has(a.placed.claim.id)))
      .map((m) => {
        const { text, tag } = claimLabel(m.placed.claim);
        const n = String(numbers.get(m.placed.claim.id) ?? '');
        return { id: m.placed.claim.id, x: m.x, y: m.y, radius: markerSize + 1, texts: [`${text} (${tag})`, text], number: n, tag, full: text };
      });
    const bounds = { x: plot.left + 2, y: plot.top - 6, width: plot.right - plot.left - 2, height: plot.bottom - plot.top + 4 };
    collect(requests, placeLabels(requests, { bounds, obstacles, measure: withNumber, lineHeight, numbersBeforeLeaders: phone, leaders: requests.length <= MAX_LEADERED }));
  }
  // With key figures or no labels, the other marks still get their footnote number for paper and
  // exports (hidden on screen), so every printed mark matches its footnote.
  const unlabelled = marks.filter((m) => !labelled.has(m.placed.claim.id));
  if (!grouped && unlabelled.length && unlabelled.length <= MAX_PRINT_NUMBERS) {
    const obstacles: Box[] = [...marks.flatMap((m) => markObstacles(m, markerSize + 1)), ...labels.map((l) => l.box)];
    const requests = unlabelled.map((m) => ({ id: m.placed.claim.id, x: m.x, y: m.y, radius: markerSize + 1, texts: [], number: String(numbers.get(m.placed.claim.id) ?? ''), tag: null, full: '' }));
    const bounds = { x: plot.left + 2, y: plot.top - 6, width: plot.right - plot.left - 2, height: plot.bottom - plot.top + 4 };
    for (const placed of placeLabels(requests, { bounds, obstacles, measure, lineHeight })) {
      labels.push({ id: placed.id, n: numbers.get(placed.id) ?? 0, text: placed.text, tag: null, numberOnly: true, printOnly: true, box: placed, leader: null, anchor: 'start' });
    }
  }
  if (laneMarks.length && labelSetting === 'none') {
    const requests = laneMarks.map((m) => ({ id: m.placed.claim.id, x: m.x, y: m.y, radius: markerSize + 1, texts: [], number: String(numbers.get(m.placed.claim.id) ?? '') }));
    const bounds = { x: 2, y: lane.top, width: plot.right - 2, height: lane.height };
    for (const placed of placeLabels(requests, { bounds, obstacles: laneMarks.map((m) => glyphBox(m, markerSize + 1)), measure, lineHeight })) {
      labels.push({ id: placed.id, n: numbers.get(placed.id) ?? 0, text: placed.text, tag: null, numberOnly: true, printOnly: true, box: placed, leader: null, anchor: 'start' });
    }
  }
  if (laneMarks.length && labelSetting !== 'none') {
    const obstacles = laneMarks.map((m) => glyphBox(m, markerSize + 1));
    const requests = laneMarks.map((m) => {
      const full = laneLabel(m.placed);
      return { id: m.placed.claim.id, x: m.x, y: m.y, radius: markerSize + 1, texts: [full], number: String(numbers.get(m.placed.claim.id) ?? ''), tag: null, full };
    });
    const bounds = { x: 2, y: lane.top, width: plot.right - 2, height: lane.height };
    collect(requests, placeLabels(requests, { bounds, obstacles, measure: withNumber, lineHeight, numbersBeforeLeaders: phone }));
  }
  listed.sort((a, b) => a.n - b.n);
  return { labels, listed };
}

/** What a label must not cover: the glyph, its "more than"/"up to" arrow, its range whisker, its month span. */
function markObstacles(m: PlotMark, r: number): Box[] {
  const boxes: Box[] = [{ x: m.x - r, y: m.y - r, width: 2 * r, height: 2 * r }];
  const bound = m.placed.claim.figure.bound;
  if (bound === 'at_least') boxes.push({ x: m.x - 4, y: m.y - r - 12, width: 8, height: 12 });
  if (bound === 'at_most') boxes.push({ x: m.x - 4, y: m.y + r, width: 8, height: 12 });
  if (m.range) boxes.push({ x: m.x - 5, y: m.y + Math.min(m.range.y1, m.range.y2), width: 10, height: Math.abs(m.range.y1 - m.range.y2) });
  if (m.span) boxes.push({ x: m.x + m.span.x1, y: m.y - 4, width: m.span.x2 - m.span.x1, height: 8 });
  return boxes;
}

