import type { TextMeasure } from '@/lib/svg-text';

/** A fixed image size in CSS px (a slide, a page, a social card). */
export interface ExportFrame {
  width: number;
  height: number;
}

export interface ChartExportOptions {
  exportedAt: Date;
  /** Says the claims are a subset ("Filtered: Sources: NIS · State: unverified"); null when they are all. */
  subset: string | null;
  /** Scale the chart into this frame with a compact sources line; absent: sized to the content, with every footnote. */
  frame?: ExportFrame | null;
  /** Text widths; measured with a canvas in the chart's font by default. */
  measure?: TextMeasure;
  /** The address of the methodology page (how claims are recorded), said under the header. */
  methodology?: string | null;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

/** Where the chart itself is drawn in its own coordinates, grown to what is drawn outside its viewBox. */
export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
