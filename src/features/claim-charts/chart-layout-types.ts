import type { LabelSetting } from '@/lib/chart-view-settings';
import type { AggregatePoint, PlacedClaim, PlottedClaim } from './chart-model-types';
import type { KeyLayout } from './layout-key';
import type { PlacedEvent } from './layout-events';
import type { MarkPosition } from './place-marks';
import type { Box } from './place-labels';
import type { TickStep } from './time-axis';

/** The geometry of one chart, as `layoutChart` computes it and the drawing components render it. */
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
  /** Marks of one origin with different figures (when folding), joined by a dashed connector. */
  originLinks: { originId: string; ids: string[]; points: { x: number; y: number }[] }[];
  key: KeyLayout & { top: number; fontSize: number };
}
