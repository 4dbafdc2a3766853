import { escapeXml, snapshotSvg, xmlSafe } from '@/lib/svg-snapshot';
import { canvasTextMeasure, round } from '@/lib/svg-text';
import { contentLayout, framedLayout } from './chart-export-layouts';
import type { ChartBox, ChartExportOptions, ChartSvg } from './chart-export-types';
import type { ChartModel } from './chart-model-types';

/** The chart's own drawing area, grown to anything drawn outside it (a label, the key), with room for strokes. */
function chartBox(surface: SVGSVGElement): ChartBox {
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
