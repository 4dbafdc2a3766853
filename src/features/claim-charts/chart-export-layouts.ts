import { svgText, type TextMeasure, type TextStyle } from '@/lib/svg-text';
import { block, drawBlocks, heightOf, MUTED, TEXT } from './chart-export-blocks';
import { footnoteColumns, headerBlocks, sourcesLine } from './chart-export-texts';
import type { ChartBox, ChartExportOptions, ExportFrame } from './chart-export-types';
import type { ChartModel } from './chart-model-types';
import { t } from '@/i18n/translate';

/** Content narrower than this still gets lines of readable length. */
const MIN_CONTENT_WIDTH = 600;

/** Where everything of an export goes: its size, the elements above the chart, the chart's place and scale, and the rest. */
export interface ExportLayout {
  width: number;
  height: number;
  header: string[];
  chart: { x: number; y: number; scale: number };
  after: string[];
}

/** The default export: the chart at its size, every footnote below it, cropped to what is drawn. */
export function contentLayout(
  model: ChartModel,
  options: ChartExportOptions,
  box: ChartBox,
  measure: TextMeasure,
): ExportLayout {
  const pad = 24;
  const width = Math.max(box.width, MIN_CONTENT_WIDTH);
  const header = drawBlocks(headerBlocks(model, options, width, 1, measure), pad, pad, 4);
  const chart = { x: pad, y: header.bottom + 12, scale: 1 };
  const notesTop = chart.y + box.height + 18;
  const heading = svgText(pad, notesTop + 13, t('charts.export.sources'), { size: 13, weight: 700, fill: TEXT });
  const { notes, starts, columnWidth, gap, lineGap } = footnoteColumns(model, width, measure);
  const columnsSvg: string[] = [];
  let bottom = notesTop + 18;
  starts.forEach((start, column) => {
    const end = starts[column + 1] ?? notes.length;
    const run = notes.slice(start, end);
    const drawn = drawBlocks(
      run.map((n) => n.block),
      pad + column * (columnWidth + gap),
      notesTop + 22,
      lineGap,
      (i) => run[i]?.attributes ?? '',
    );
    columnsSvg.push(...drawn.svg);
    bottom = Math.max(bottom, drawn.bottom);
  });
  return {
    width: Math.ceil(width + 2 * pad),
    height: Math.ceil(bottom + pad),
    header: header.svg,
    chart,
    after: [heading, ...columnsSvg],
  };
}

/** A preset: the frame's size exactly; header on top, the chart scaled to the space left, sources at the foot. */
export function framedLayout(
  model: ChartModel,
  options: ChartExportOptions,
  frame: ExportFrame,
  box: ChartBox,
  measure: TextMeasure,
): ExportLayout {
  const pad = Math.round(Math.min(frame.width, frame.height) * 0.035);
  const f = Math.max(1, Math.min(frame.width / 1200, frame.height / 675));
  const width = frame.width - 2 * pad;
  const header = drawBlocks(headerBlocks(model, options, width, f, measure), pad, pad, 4 * f);
  const footStyle: TextStyle = { size: 11 * f, weight: 400, fill: MUTED };
  const foot = block(sourcesLine(model, width, footStyle, measure, 2), footStyle);
  const footTop = frame.height - pad - heightOf([foot], 0);
  const footer = drawBlocks([foot], pad, footTop, 0, () => ' class="chart-export-sources"');
  const top = header.bottom + 12 * f;
  const available = Math.max(footTop - 12 * f - top, 1);
  const scale = Math.min(width / box.width, available / box.height);
  const chart = { x: pad + (width - box.width * scale) / 2, y: top, scale };
  return { width: frame.width, height: frame.height, header: header.svg, chart, after: footer.svg };
}
