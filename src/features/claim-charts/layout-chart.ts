import type { ClaimEvent } from '@/api/event-schema';
import { CLAIM_KIND_LABELS } from '@/lib/labels';
import type { LabelSetting } from '@/lib/chart-view-settings';
import type { AggregatePoint } from './aggregate-points';
import { VERIFICATION_STATES } from '@/api/vocabulary';
import { keyFigureIds } from './key-figures';
import { keyEntries, layoutKey, type KeyLayout } from './layout-key';
import { layoutEvents, type PlacedEvent } from './layout-events';
import { dodgeMarks, type MarkPosition } from './place-marks';
import { placeLabels, textMeasurer, type Box, type LabelRequest } from './place-labels';
import { claimLabel, shortFigure, shortSpeaker } from '@/lib/short-label';
import { timeTicks, type TickStep } from './time-axis';
import { valueTicks, type ChartModel, type PlacedClaim, type PlottedClaim } from './to-chart-models';

const MARGIN_RIGHT = 16;
const EVENT_ROW = 16;
const AXIS_HEIGHT = 30;
const LANE_TITLE = 14;
/** The no-figure band never takes more than this share of the chart's height. */
export const LANE_MAX_SHARE = 0.2;

export interface ChartLayoutOptions {
  labels: LabelSetting;
  sourceLines: boolean;
  /** Larger type and marks, for slides. */
  large: boolean;
}

export interface PlotMark {
  placed: PlottedClaim;
  x: number;
  y: number;
  /** A stated range, in px relative to y. */
  range: { y1: number; y2: number } | null;
  /** The period a month- or year-precision date stands for, in px relative to x. */
  span: { x1: number; x2: number } | null;
}
export interface LaneMark {
  placed: PlacedClaim;
  x: number;
  y: number;
  span: { x1: number; x2: number } | null;
}
export interface GroupMark {
  point: AggregatePoint;
  x: number;
  y: number;
  range: { y1: number; y2: number } | null;
}
export interface ChartLabel {
  id: string;
  n: number;
  text: string;
  /** Kind and state, drawn muted after the text; null when the short form was used. */
  tag: string | null;
  /** Only the footnote number fitted: the text is listed beside the chart. */
  numberOnly: boolean;
  /** A bare footnote number for a mark the label setting leaves unlabelled: shown only in print and exports. */
  printOnly: boolean;
  box: Box;
  /** Where the text is anchored in its box: at its left edge, or at its right edge for a label left of its mark. */
  anchor: 'start' | 'end';
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}
export interface ChartLayout {
  width: number;
  height: number;
  yAxisWidth: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plot: { left: number; right: number; top: number; bottom: number };
  fontSize: number;
  markerSize: number;
  x: (t: number) => number;
  y: (v: number) => number;
  xTicks: { ticks: number[]; step: TickStep };
  yTicks: number[];
  events: PlacedEvent[];
  eventRow: number;
  lane: { top: number; height: number; marks: LaneMark[]; statementsOnly: boolean } | null;
  marks: PlotMark[];
  groups: GroupMark[];
  /** Every focusable mark's centre: what a click is resolved against. */
  targets: MarkPosition[];
  labels: ChartLabel[];
  /** Labels that fitted only as their number, listed beside the chart. */
  listed: { id: string; n: number; text: string }[];
  /** Footnote numbers: the chart's dated claims in time order, 1-based. */
  numbers: Map<string, number>;
  sourceLines: { organisation: string; metricId: string; colour: string; points: { x: number; y: number }[] }[];
  key: KeyLayout & { top: number; fontSize: number };
}

const measurers = new Map<string, (text: string) => number>();
function measurer(size: number, weight = 400) {
  const id = `${size}/${weight}`;
  let m = measurers.get(id);
  if (!m) measurers.set(id, (m = textMeasurer({ size, weight })));
  return m;
}

/** "Denial · Kremlin", "several hundred casualties · US military". */
export function laneLabel(placed: PlacedClaim): string {
  const { claim } = placed;
  const isStatement = claim.kind === 'denial' || claim.kind === 'confirmation' || claim.kind === 'non_denial';
  const what = isStatement ? CLAIM_KIND_LABELS[claim.kind] : shortFigure(claim.figure);
  return `${what} · ${shortSpeaker(claim.speaker)}`;
}

export function footnoteNumbers(model: ChartModel): Map<string, number> {
  const dated = [...model.plotted, ...model.unquantified].sort((a, b) => a.mid - b.mid || a.claim.id.localeCompare(b.claim.id));
  return new Map(dated.map((p, i) => [p.claim.id, i + 1]));
}

/**
 * The whole geometry of one chart for a width, in one pure pass: scales, ticks, event labels, the
 * no-figure band, dodged marks, collision-free labels, source lines and the key. The drawing
 * components only render it; recharts draws the axes on the same scales.
 */
export function layoutChart(model: ChartModel, events: ClaimEvent[], domain: [number, number], width: number, plotHeight: number, options: ChartLayoutOptions): ChartLayout {
  const phone = width < 560;
  const fontSize = options.large ? 15 : phone ? 11 : 12;
  const markerSize = options.large ? 9 : 7;
  const measure = measurer(fontSize, 600);
  const yAxisWidth = phone ? 44 : options.large ? 72 : 60;
  const plotLeft = yAxisWidth;
  const plotRight = Math.max(width - MARGIN_RIGHT, plotLeft + 10);
  const x = (t: number) => plotLeft + ((t - domain[0]) / (domain[1] - domain[0])) * (plotRight - plotLeft);
  const statementsOnly = model.plotted.length === 0 && !model.aggregate;

  const numbers = footnoteNumbers(model);
  const keyFont = options.large ? 13 : 11;
  const key = layoutKey(keyEntries(model, options.sourceLines), width - 8, measurer(keyFont, 700), keyFont + 7);
  const keyHeight = key.rows * key.rowHeight + 8;
  const eventFont = measurer(11, 600);
  const placedEvents = layoutEvents(events, domain, x, { left: 4, right: plotRight }, eventFont);
  const eventRows = placedEvents.reduce((n, e) => Math.max(n, e.row + 1), 0);
  const eventBand = eventRows * EVENT_ROW + (eventRows ? 6 : 0);

  // The band of claims without a figure: as many rows as its labels want, within its share of the height.
  const laneRow = Math.max(20, fontSize + 9);
  const laneRowsNeeded = lanesNeeded(model.unquantified, x, (p) => measure(laneLabel(p)), markerSize);
  const budget = LANE_MAX_SHARE / (1 - LANE_MAX_SHARE);
  const maxRows = statementsOnly ? laneRowsNeeded : Math.max(1, Math.floor((budget * (eventBand + 12 + plotHeight + AXIS_HEIGHT) - LANE_TITLE - 4) / laneRow));
  const laneRows = model.unquantified.length ? Math.min(laneRowsNeeded, maxRows) : 0;
  const laneHeight = laneRows ? laneRows * laneRow + 4 : 0;
  const laneTop = eventBand + (laneRows ? LANE_TITLE + 4 : 0);
  const top = statementsOnly ? laneTop + laneHeight + 4 : laneTop + laneHeight + (laneRows ? 12 : 8);
  const innerHeight = statementsOnly ? 8 : plotHeight;
  const plot = { left: plotLeft, right: plotRight, top, bottom: top + innerHeight };
  const yTicks = valueTicks(model.aggregate ? Math.max(...model.aggregate.points.map((p) => p.high), 0) : model.yMax);
  const yTop = yTicks.at(-1) ?? 1;
  const y = (v: number) => plot.bottom - (v / yTop) * innerHeight;
  const height = plot.bottom + AXIS_HEIGHT + keyHeight;
  const xTicks = timeTicks(domain, Math.max(Math.floor((plotRight - plotLeft) / (phone ? 64 : 72)), 2));

  // Marks with a figure, dodged so that none hides another.
  const spanOf = (p: PlacedClaim, cx: number) => (p.precision === 'day' ? null : { x1: x(p.start) - cx, x2: x(p.end) - cx });
  const centres = model.aggregate
    ? []
    : model.plotted.map((p) => {
        const range = p.low !== null && p.high !== null ? { low: y(p.low), high: y(p.high) } : null;
        const cy = p.value !== null ? y(p.value) : range ? (range.low + range.high) / 2 : plot.bottom;
        return { id: p.claim.id, x: x(p.mid), y: cy, radius: markerSize + 1 };
      });
  const dodged = dodgeMarks(centres, 2 * markerSize + 3, { left: plot.left + markerSize, right: plot.right - markerSize });
  const marks: PlotMark[] = model.aggregate
    ? []
    : model.plotted.map((p, i) => {
        const c = dodged[i] ?? { x: 0, y: 0 };
        const range = p.low !== null && p.high !== null ? { y1: y(p.low) - c.y, y2: y(p.high) - c.y } : null;
        return { placed: p, x: c.x, y: c.y, range, span: spanOf(p, c.x) };
      });
  const groups = model.aggregate ? layoutGroups(model.aggregate.points, domain, x, y) : [];

  // The band: markers on the first row where they overlap no other, labels beside them.
  const laneMarks: LaneMark[] = [];
  if (laneRows) {
    const rowY = (row: number) => laneTop + row * laneRow + laneRow / 2 + 2;
    const rowXs: number[][] = Array.from({ length: laneRows }, () => []);
    for (const p of model.unquantified) {
      const cx = x(p.mid);
      let row = rowXs.findIndex((xs) => xs.every((other) => Math.abs(other - cx) >= 2 * markerSize + 4));
      if (row === -1) row = rowXs.reduce((best, xs, i) => (xs.length < (rowXs[best]?.length ?? 0) ? i : best), 0);
      const [placed] = dodgeMarks([{ id: p.claim.id, x: cx, y: rowY(row), radius: markerSize }], 2 * markerSize + 4, undefined).map((m) => {
        let mx = m.x;
        while ((rowXs[row] ?? []).some((other) => Math.abs(other - mx) < 2 * markerSize + 4)) mx += 2 * markerSize + 4;
        return { ...m, x: mx };
      });
      rowXs[row]?.push(placed?.x ?? cx);
      laneMarks.push({ placed: p, x: placed?.x ?? cx, y: rowY(row), span: spanOf(p, placed?.x ?? cx) });
    }
  }

  const labelSetting = options.labels;
  const labelled = labelSetting === 'none' ? new Set<string>() : labelSetting === 'key' ? keyFigureIds(model.plotted) : new Set(model.plotted.map((p) => p.claim.id));
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

  if (!model.aggregate && labelled.size > 0) {
    const obstacles: Box[] = marks.flatMap((m) => markObstacles(m, markerSize + 1));
    const order = [...marks].sort((a, b) => a.placed.mid - b.placed.mid);
    const keyIds = labelSetting === 'all' ? keyFigureIds(model.plotted) : labelled;
    const requests = order
      .filter((m) => labelled.has(m.placed.claim.id))
      .sort((a, b) => Number(keyIds.has(b.placed.claim.id)) - Number(keyIds.has(a.placed.claim.id)))
      .map((m) => {
        const { text, tag } = claimLabel(m.placed.claim);
        const n = String(numbers.get(m.placed.claim.id) ?? '');
        return { id: m.placed.claim.id, x: m.x, y: m.y, radius: markerSize + 1, texts: [`${text} (${tag})`, text], number: n, tag, full: text };
      });
    const bounds = { x: plot.left + 2, y: plot.top - 6, width: plot.right - plot.left - 2, height: plot.bottom - plot.top + 4 };
    collect(requests, placeLabels(requests, { bounds, obstacles, measure: withNumber, lineHeight, numbersBeforeLeaders: phone }));
  }
  // With key figures or no labels, the other marks still get their footnote number for paper and
  // exports (hidden on screen), so every printed mark matches its footnote.
  const unlabelled = marks.filter((m) => !labelled.has(m.placed.claim.id));
  if (!model.aggregate && unlabelled.length) {
    const obstacles: Box[] = [...marks.flatMap((m) => markObstacles(m, markerSize + 1)), ...labels.map((l) => l.box)];
    const requests = unlabelled.map((m) => ({ id: m.placed.claim.id, x: m.x, y: m.y, radius: markerSize + 1, texts: [], number: String(numbers.get(m.placed.claim.id) ?? ''), tag: null, full: '' }));
    const bounds = { x: plot.left + 2, y: plot.top - 6, width: plot.right - plot.left - 2, height: plot.bottom - plot.top + 4 };
    for (const placed of placeLabels(requests, { bounds, obstacles, measure, lineHeight })) {
      labels.push({ id: placed.id, n: numbers.get(placed.id) ?? 0, text: placed.text, tag: null, numberOnly: true, printOnly: true, box: placed, leader: null, anchor: 'start' });
    }
  }
  if (laneMarks.length && labelSetting === 'none') {
    const requests = laneMarks.map((m) => ({ id: m.placed.claim.id, x: m.x, y: m.y, radius: markerSize + 1, texts: [], number: String(numbers.get(m.placed.claim.id) ?? '') }));
    const bounds = { x: 2, y: laneTop, width: plot.right - 2, height: laneHeight };
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
    const bounds = { x: 2, y: laneTop, width: plot.right - 2, height: laneHeight };
    collect(requests, placeLabels(requests, { bounds, obstacles, measure: withNumber, lineHeight, numbersBeforeLeaders: phone }));
  }
  listed.sort((a, b) => a.n - b.n);

  const targets: MarkPosition[] = [
    ...marks.map((m) => ({ id: m.placed.claim.id, x: m.x, y: m.y, radius: markerSize })),
    ...groups.map((g) => ({ id: g.point.id, x: g.x, y: g.y, radius: markerSize })),
    ...laneMarks.map((m) => ({ id: m.placed.claim.id, x: m.x, y: m.y, radius: markerSize })),
  ];

  return {
    width,
    height,
    yAxisWidth,
    // A chart of statements hides its value axis, which then takes no width: the margin keeps the plot where our scale has it.
    margin: { top, right: MARGIN_RIGHT, bottom: height - plot.bottom - AXIS_HEIGHT, left: statementsOnly ? yAxisWidth : 0 },
    plot,
    fontSize,
    markerSize,
    x,
    y,
    xTicks,
    yTicks,
    events: placedEvents,
    eventRow: EVENT_ROW,
    lane: laneRows ? { top: laneTop, height: laneHeight, marks: laneMarks, statementsOnly } : null,
    marks,
    groups,
    targets,
    labels,
    listed,
    numbers,
    sourceLines: options.sourceLines && !model.aggregate ? sourceLines(marks) : [],
    key: { ...key, top: plot.bottom + AXIS_HEIGHT + 4, fontSize: keyFont },
  };
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

/** Rows the band needs so that each marker and its label overlap nothing on their row. */
function lanesNeeded(items: PlacedClaim[], x: (t: number) => number, width: (p: PlacedClaim) => number, size: number): number {
  const rowEnds: number[] = [];
  for (const p of items) {
    const from = x(p.mid) - size - 2;
    const to = x(p.mid) + size + 6 + width(p);
    let row = rowEnds.findIndex((end) => end + 6 < from);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = to;
  }
  return Math.max(rowEnds.length, items.length ? 1 : 0);
}

/** A group sits in its state's slot inside its period, the period clamped to the visible dates. */
function layoutGroups(points: AggregatePoint[], domain: [number, number], x: (t: number) => number, y: (v: number) => number): GroupMark[] {
  return points.map((point) => {
    const cy = y(point.median);
    const slot = (VERIFICATION_STATES.indexOf(point.state) + 0.5) / VERIFICATION_STATES.length;
    const x1 = x(Math.max(point.start, domain[0]));
    const x2 = x(Math.min(point.end, domain[1]));
    return { point, x: x1 + (x2 - x1) * slot, y: cy, range: point.low === point.high ? null : { y1: y(point.low) - cy, y2: y(point.high) - cy } };
  });
}

/** Each source organisation's own figures for one metric, joined in time order: never a line across sources. */
function sourceLines(marks: PlotMark[]): ChartLayout['sourceLines'] {
  const groups = new Map<string, PlotMark[]>();
  for (const m of marks) {
    const key = `${m.placed.claim.speaker.organisation}\u0000${m.placed.claim.metricId}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()]
    .filter((list) => list.length >= 2)
    .map((list) => {
      const first = list[0]!.placed;
      return {
        organisation: first.claim.speaker.organisation,
        metricId: first.claim.metricId,
        colour: first.colour,
        points: [...list].sort((a, b) => a.placed.mid - b.placed.mid).map((m) => ({ x: m.x, y: m.y })),
      };
    });
}
