import { formatPartialDate } from '@/lib/format';
import { isolate, isolateLines } from '@/lib/isolate-text';
import { escapeXml, snapshotSvg, xmlSafe } from '@/lib/svg-snapshot';
import {
  balanceColumns,
  canvasTextMeasure,
  clampLines,
  round,
  svgText,
  wrapText,
  type TextMeasure,
  type TextStyle,
} from '@/lib/svg-text';
import { chartFootnotes, claimSourceText } from './chart-footnote';
import type { ChartModel } from './to-chart-models';

const TEXT = '#1a1d23';
const MUTED = '#4f5663';
/** The subset note: dark amber, like the "Showing only" line on screen, 7:1 on white. */
const SUBSET = '#7a3d00';
/** Content narrower than this still gets lines of readable length. */
const MIN_CONTENT_WIDTH = 600;
/** From this width on the footnotes are set in two columns (a column still holds ~75 characters a line). */
const TWO_COLUMNS_FROM = 900;

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
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

interface Block {
  lines: string[];
  style: TextStyle;
  lineHeight: number;
  /** Continuation lines start this far in (a hanging footnote number). */
  indent: number;
}

// Each line is an SVG <text> of its own: a data field isolated over a line break is closed and opened again (isolateLines).
const block = (lines: string[], style: TextStyle, indent = 0): Block => ({
  lines: isolateLines(lines),
  style,
  lineHeight: Math.round(style.size * 1.35),
  indent,
});
const heightOf = (blocks: Block[], gap: number) =>
  blocks.reduce((sum, b) => sum + b.lines.length * b.lineHeight, 0) + gap * Math.max(blocks.length - 1, 0);

/** Draws blocks one under the other from `top`; returns the elements and where the last line ends. */
function drawBlocks(
  blocks: Block[],
  x: number,
  top: number,
  gap: number,
  attributes: (index: number) => string = () => '',
): { svg: string[]; bottom: number } {
  const svg: string[] = [];
  let y = top;
  blocks.forEach((b, index) => {
    const lines = b.lines.map((line, i) =>
      svgText(i === 0 ? x : x + b.indent, y + i * b.lineHeight + b.style.size, line, b.style),
    );
    const wrapper = attributes(index);
    svg.push(...(wrapper ? [`<g${wrapper}>`, ...lines, '</g>'] : lines));
    y += b.lines.length * b.lineHeight + gap;
  });
  return { svg, bottom: y - (blocks.length ? gap : 0) };
}

/** The chart's own drawing area, grown to anything drawn outside it (a label, the key), with room for strokes. */
function chartBox(surface: SVGSVGElement) {
  const viewBox = (surface.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [vx = 0, vy = 0, vw = 0, vh = 0] = viewBox.length === 4 && viewBox.every(Number.isFinite) ? viewBox : [];
  const width = vw || Number(surface.getAttribute('width')) || surface.clientWidth;
  const height = vh || Number(surface.getAttribute('height')) || surface.clientHeight;
  let [x0, y0, x1, y1] = [vx, vy, vx + width, vy + height];
  const content = typeof surface.getBBox === 'function' ? surface.getBBox() : null;
  if (content && content.width > 0 && content.height > 0) {
    x0 = Math.min(x0, Math.floor(content.x - 2));
    y0 = Math.min(y0, Math.floor(content.y - 2));
    x1 = Math.max(x1, Math.ceil(content.x + content.width + 2));
    y1 = Math.max(y1, Math.ceil(content.y + content.height + 2));
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Title, stamp, subset note and how to read the numbers, at a scale `f` of the base sizes. */
function headerBlocks(
  model: ChartModel,
  options: ChartExportOptions,
  width: number,
  f: number,
  measure: TextMeasure,
): Block[] {
  const statementsOnly = model.plotted.length === 0 && !model.aggregate;
  const stamp = [
    `${model.claimCount} ${model.claimCount === 1 ? 'claim' : 'claims'}`,
    statementsOnly ? 'statements without a figure' : `unit: ${isolate(model.unitLabel)}`,
    `as of ${formatPartialDate(model.latestClaimDate)} (latest claim)`,
    `exported ${options.exportedAt.toISOString().slice(0, 10)}`,
  ].join(' · ');
  const numbers = options.frame
    ? 'Claims, not established facts. [n] beside a label: the claim’s number in the full export’s source list.'
    : 'Claims, not established facts. [n] beside a label: the claim’s numbered source below.';
  const styles = {
    title: { size: 20 * f, weight: 700, fill: TEXT },
    stamp: { size: 12 * f, weight: 400, fill: MUTED },
    subset: { size: 12 * f, weight: 700, fill: SUBSET },
    note: { size: 11 * f, weight: 400, fill: MUTED },
  };
  const wrap = (text: string, style: TextStyle, max = Infinity) =>
    block(clampLines(wrapText(text, width, style, measure), max, width, style, measure), style);
  return [
    wrap(isolate(model.title), styles.title, 2),
    wrap(stamp, styles.stamp, 2),
    ...(options.subset ? [wrap(options.subset, styles.subset, 3)] : []),
    wrap(numbers, styles.note, 2),
  ];
}

/** Every footnote, numbered as the labels, then the undated claims; in one or two balanced columns. */
function footnoteColumns(model: ChartModel, width: number, measure: TextMeasure) {
  const style: TextStyle = { size: 11, weight: 400, fill: TEXT };
  const columns = width >= TWO_COLUMNS_FROM ? 2 : 1;
  const gap = 24;
  const columnWidth = (width - gap * (columns - 1)) / columns;
  const hanging = (prefix: string, text: string): Block => {
    const indent = Math.min(measure(`${prefix} `, style.size, style.weight), columnWidth / 4);
    return block(wrapText(`${prefix} ${text}`, columnWidth - indent, style, measure, columnWidth), style, indent);
  };
  const notes: { block: Block; attributes: string }[] = model.aggregate
    ? [
        {
          block: block(
            wrapText(
              `${model.claimCount} claims from ${model.sources.length} sources, drawn as groups: too many to list here. Narrow the dates or filter, or export the table as CSV for every claim with its source.`,
              width,
              style,
              measure,
            ),
            style,
          ),
          attributes: ' class="chart-footnote chart-footnote--summary"',
        },
      ]
    : [
        ...chartFootnotes(model).map(({ n, claim }) => ({
          block: hanging(`[${n}]`, claimSourceText(claim, isolate)),
          attributes: ` class="chart-footnote" data-footnote="${n}"`,
        })),
        ...model.undated.map(({ claim }) => ({
          block: hanging('Undated:', `${claimSourceText(claim, isolate)} (not on the time axis)`),
          attributes: ' class="chart-footnote chart-footnote--undated"',
        })),
      ];
  const lineGap = 3;
  const starts = model.aggregate
    ? [0]
    : balanceColumns(
        notes.map((n) => n.block.lines.length * n.block.lineHeight + lineGap),
        columns,
      );
  return { notes, starts, columnWidth: model.aggregate ? width : columnWidth, gap, lineGap };
}

/** The default export: the chart at its size, every footnote below it, cropped to what is drawn. */
function contentLayout(
  model: ChartModel,
  options: ChartExportOptions,
  box: ReturnType<typeof chartBox>,
  measure: TextMeasure,
) {
  const pad = 24;
  const width = Math.max(box.width, MIN_CONTENT_WIDTH);
  const header = drawBlocks(headerBlocks(model, options, width, 1, measure), pad, pad, 4);
  const chart = { x: pad, y: header.bottom + 12, scale: 1 };
  const notesTop = chart.y + box.height + 18;
  const heading = svgText(pad, notesTop + 13, 'Sources', { size: 13, weight: 700, fill: TEXT });
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

/** "Sources (18): Kremlin ×3 · NIS ×3 · … and 9 more", in at most `maxLines` lines. */
function sourcesLine(
  model: ChartModel,
  width: number,
  style: TextStyle,
  measure: TextMeasure,
  maxLines: number,
): string[] {
  const names = model.sources.map((s) => `${isolate(s.organisation)}${s.count > 1 ? ` ×${s.count}` : ''}`);
  for (let shown = names.length; shown >= 0; shown--) {
    const more = names.length - shown;
    const text = `Sources (${names.length}): ${names.slice(0, shown).join(' · ')}${more ? `${shown ? ' · ' : ''}and ${more} more` : ''}`;
    const lines = wrapText(text, width, style, measure);
    if (lines.length <= maxLines) return lines;
  }
  return clampLines(wrapText(`Sources (${names.length})`, width, style, measure), maxLines, width, style, measure);
}

/** A preset: the frame's size exactly; header on top, the chart scaled to the space left, sources at the foot. */
function framedLayout(
  model: ChartModel,
  options: ChartExportOptions,
  frame: ExportFrame,
  box: ReturnType<typeof chartBox>,
  measure: TextMeasure,
) {
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

/**
 * The chart as a standalone SVG document, always in the light theme's colours (the caller sets the
 * theme): title, "as of" stamp, the subset note, the chart with its key and a "[n]" beside each
 * label, then either every numbered footnote (default, cropped to the content) or, in a frame, a
 * compact sources line. Nothing depends on the page's CSS, so the file reads the same anywhere.
 */
export function buildChartSvg(surface: SVGSVGElement, model: ChartModel, options: ChartExportOptions): ChartSvg {
  const chart = snapshotSvg(surface, { reveal: '.chart-label__number, .chart-label--print' });
  const box = chartBox(surface);
  const fontFamily = getComputedStyle(surface).fontFamily || 'sans-serif';
  const measure = options.measure ?? canvasTextMeasure(fontFamily);
  const layout = options.frame
    ? framedLayout(model, options, options.frame, box, measure)
    : contentLayout(model, options, box, measure);
  const { x, y, scale } = layout.chart;
  chart.setAttribute('x', String(round(x)));
  chart.setAttribute('y', String(round(y)));
  chart.setAttribute('width', String(round(box.width * scale)));
  chart.setAttribute('height', String(round(box.height * scale)));
  chart.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  const { width, height } = layout;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">`,
    `<title>${escapeXml(model.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...layout.header,
    xmlSafe(new XMLSerializer().serializeToString(chart)),
    ...layout.after,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
