import type { ClaimEvent } from '@/api/event-schema';
import { dateSpan, precisionOf } from '@/api/partial-date';
import { CLAIM_KIND_LABELS } from '@/lib/labels';
import type { ChartModel, PlacedClaim } from './to-chart-models';

const MARGIN_RIGHT = 16;
const EVENT_ROW = 16;
const LANE_ROW = 24;
/** Width of one character of the 11 px labels, on the generous side so labels never overrun. */
const CHAR_WIDTH = 6.8;
const LABEL_GAP = 12;

export interface PlacedLabel {
  text: string;
  /** Where the text is anchored, and on which side of the mark it reads. */
  x: number;
  anchor: 'start' | 'end';
  row: number;
}
export interface PlacedEvent extends PlacedLabel {
  event: ClaimEvent;
  start: number;
  end: number;
}
export interface LaneItem extends PlacedLabel {
  placed: PlacedClaim;
}
export interface ChartLayout {
  width: number;
  height: number;
  yAxisWidth: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plot: { left: number; right: number };
  events: PlacedEvent[];
  lane: LaneItem[];
  laneTop: number;
  laneRows: number;
}

/** Short label for a claim without a number: "Denial · Kremlin". */
export function laneLabel(placed: PlacedClaim): string {
  const { claim } = placed;
  const isStatement = claim.kind === 'denial' || claim.kind === 'confirmation' || claim.kind === 'non_denial';
  const what = !isStatement && claim.figure.text ? claim.figure.text : CLAIM_KIND_LABELS[claim.kind];
  const who = claim.speaker.organisation.replace(/\s*\(.*\)$/, '');
  return `${what} · ${who}`;
}

function truncate(text: string, maxWidth: number): string {
  const max = Math.max(Math.floor(maxWidth / CHAR_WIDTH), 4);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Puts a label to the right of its mark, or to the left when the right has no room; trims it when neither has. */
function placeLabel(text: string, markX: number, bounds: { left: number; right: number }) {
  const width = text.length * CHAR_WIDTH;
  const roomRight = bounds.right - (markX + LABEL_GAP);
  const roomLeft = markX - LABEL_GAP - bounds.left;
  if (width <= roomRight || roomRight >= roomLeft) {
    const fitted = truncate(text, roomRight);
    return { text: fitted, x: markX + LABEL_GAP, anchor: 'start' as const, extent: [markX - 8, markX + LABEL_GAP + fitted.length * CHAR_WIDTH] as const };
  }
  const fitted = truncate(text, roomLeft);
  return { text: fitted, x: markX - LABEL_GAP, anchor: 'end' as const, extent: [markX - LABEL_GAP - fitted.length * CHAR_WIDTH, markX + 8] as const };
}

/** Greedy rows: each label goes on the first row where it does not overlap the one before. */
function assignRows(extents: (readonly [number, number])[]): number[] {
  const rowEnds: number[] = [];
  return extents.map(([x0, x1]) => {
    let row = rowEnds.findIndex((end) => end + 6 < x0);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = x1;
    return row;
  });
}

/** Lays out the bands above the plot (event labels, then claims without a number) for a given width. */
export function layoutChart(model: ChartModel, events: ClaimEvent[], domain: [number, number], width: number, plotHeight: number): ChartLayout {
  const yAxisWidth = width < 560 ? 44 : 60;
  const plot = { left: yAxisWidth, right: Math.max(width - MARGIN_RIGHT, yAxisWidth + 10) };
  const x = (t: number) => plot.left + ((t - domain[0]) / (domain[1] - domain[0])) * (plot.right - plot.left);
  const labelBounds = { left: 4, right: plot.right };

  const drawn = events
    .filter((e) => precisionOf(e.date) !== 'year')
    .map((e) => ({ event: e, ...dateSpan(e.date) }))
    .filter((e) => e.end >= domain[0] && e.start <= domain[1])
    .sort((a, b) => a.start - b.start);
  const eventLabels = drawn.map((e) => placeLabel(e.event.label, x((e.start + e.end) / 2) - LABEL_GAP + 3, labelBounds));
  const eventRows = assignRows(eventLabels.map((l) => l.extent));
  const placedEvents = drawn.map((e, i) => ({ ...e, ...pick(eventLabels[i]), row: eventRows[i] ?? 0 }));

  const laneLabels = model.unquantified.map((placed) => placeLabel(laneLabel(placed), x(placed.mid), labelBounds));
  const laneRows = assignRows(laneLabels.map((l) => l.extent));
  const lane = model.unquantified.map((placed, i) => ({ placed, ...pick(laneLabels[i]), row: laneRows[i] ?? 0 }));

  const eventRowCount = placedEvents.length ? Math.max(...eventRows) + 1 : 0;
  const laneRowCount = lane.length ? Math.max(...laneRows) + 1 : 0;
  const eventBand = eventRowCount * EVENT_ROW + (eventRowCount ? 6 : 0);
  const laneBand = laneRowCount ? laneRowCount * LANE_ROW + 22 : 0;
  const top = eventBand + laneBand + 12;
  const bottom = 30;
  return {
    width,
    height: top + plotHeight + bottom,
    yAxisWidth,
    margin: { top, right: MARGIN_RIGHT, bottom, left: 0 },
    plot,
    events: placedEvents,
    lane,
    laneTop: eventBand + 18,
    laneRows: laneRowCount,
  };
}

function pick(label: ReturnType<typeof placeLabel> | undefined): Omit<PlacedLabel, 'row'> {
  return label ? { text: label.text, x: label.x, anchor: label.anchor } : { text: '', x: 0, anchor: 'start' };
}

export const LAYOUT_CONSTANTS = { EVENT_ROW, LANE_ROW };
