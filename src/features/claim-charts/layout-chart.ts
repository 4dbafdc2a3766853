import type { ClaimEvent } from '@/contract/event-schema';
import { footnoteNumbers } from './chart-footnote';
import type { ChartLayout, ChartLayoutOptions } from './chart-layout-types';
import { keyEntries, layoutKey } from './layout-key';
import { layoutEvents } from './layout-events';
import { layoutLabels } from './layout-labels';
import { laneLabel, lanesNeeded, placeLaneMarks } from './layout-lane';
import { layoutGroups, layoutOriginLinks, layoutPlotMarks, layoutSourceLines, spanOf } from './layout-marks';
import type { MarkPosition } from './place-marks';
import { textMeasurer } from './place-labels';
import { tickLabel, timeTicks, type TickStep } from './time-axis';
import type { ChartModel, PlacedClaim } from './chart-model-types';
import { valueTicks } from './to-chart-models';

const MARGIN_RIGHT = 16;
const EVENT_ROW = 16;
const AXIS_HEIGHT = 30;
const LANE_TITLE = 14;
/** The no-figure band never takes more than this share of the chart's height. */
const LANE_MAX_SHARE = 0.2;

const measurers = new Map<string, (text: string) => number>();
function measurer(size: number, weight = 400) {
  const id = `${size}/${weight}`;
  let m = measurers.get(id);
  if (!m) measurers.set(id, (m = textMeasurer({ size, weight })));
  return m;
}

/** Whether each tick's label (centred on its tick) keeps clear of its neighbours'. */
export function tickLabelsFit(
  { ticks, step }: { ticks: number[]; step: TickStep },
  x: (t: number) => number,
  measure: (text: string) => number,
): boolean {
  const widths = ticks.map((t, i) => measure(tickLabel(t, step, i === 0)));
  return ticks.every((t, i) => {
    const next = ticks[i + 1];
    if (next === undefined) return true;
    return x(next) - x(t) >= ((widths[i] ?? 0) + (widths[i + 1] ?? 0)) / 2 + 4;
  });
}

/**
 * The whole geometry of one chart for a width, in one pure pass: scales, ticks, event labels, the
 * no-figure band, dodged marks, collision-free labels, source lines and the key. The drawing
 * components only render it; recharts draws the axes on the same scales.
 */
export function layoutChart(
  model: ChartModel,
  events: ClaimEvent[],
  domain: [number, number],
  width: number,
  plotHeight: number,
  options: ChartLayoutOptions,
): ChartLayout {
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
  const maxRows = statementsOnly
    ? laneRowsNeeded
    : Math.max(1, Math.floor((budget * (eventBand + 12 + plotHeight + AXIS_HEIGHT) - LANE_TITLE - 4) / laneRow));
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
  // As many ticks as fit, and never so many that the eye has to count them; fewer while two neighbouring labels
  // would touch (a date is longer in some languages: "2024년 10월 17일", "17 жовт. 2024 р.").
  let maxTicks = Math.min(Math.max(Math.floor((plotRight - plotLeft) / (phone ? 64 : 72)), 2), 12);
  let xTicks = timeTicks(domain, maxTicks);
  const axisMeasure = measurer(options.large ? 14 : 12);
  while (maxTicks > 2 && !tickLabelsFit(xTicks, x, axisMeasure)) xTicks = timeTicks(domain, --maxTicks);

  // Marks with a figure, dodged so that none hides another.
  const span = (p: PlacedClaim, cx: number) => spanOf(p, cx, x);
  const marks = model.aggregate ? [] : layoutPlotMarks(model.plotted, x, y, plot, markerSize);
  const groups = model.aggregate ? layoutGroups(model.aggregate.points, domain, x, y) : [];

  // The band: markers on the first row where they overlap no other, labels beside them.
  const rowY = (row: number) => laneTop + row * laneRow + laneRow / 2 + 2;
  const laneMarks = laneRows ? placeLaneMarks(model.unquantified, laneRows, rowY, x, markerSize, span) : [];

  const { labels, listed } = layoutLabels({
    plotted: model.plotted,
    grouped: model.aggregate !== null,
    marks,
    laneMarks,
    numbers,
    labelSetting: options.labels,
    plot,
    lane: { top: laneTop, height: laneHeight },
    measure,
    fontSize,
    markerSize,
    phone,
  });

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
    margin: {
      top,
      right: MARGIN_RIGHT,
      bottom: height - plot.bottom - AXIS_HEIGHT,
      left: statementsOnly ? yAxisWidth : 0,
    },
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
    sourceLines: options.sourceLines && !model.aggregate ? layoutSourceLines(marks) : [],
    originLinks: layoutOriginLinks(marks),
    key: { ...key, top: plot.bottom + AXIS_HEIGHT + 4, fontSize: keyFont },
  };
}
