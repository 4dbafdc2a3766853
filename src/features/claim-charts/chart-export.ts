import { formatPartialDate } from '@/lib/format';
import { footnoteText } from './chart-footnote';
import { escapeXml, snapshotSvg } from '@/lib/svg-snapshot';
import type { ChartModel } from './to-chart-models';

const PAD = 20;
const LINE = 15;
const CHAR = 6.1;


function wrap(text: string, width: number): string[] {
  const max = Math.max(Math.floor(width / CHAR), 20);
  const lines: string[] = [];
  let line = '';
  // A word longer than a line (an address) is cut into line-sized pieces.
  const words = text.split(' ').flatMap((w) => (w.length > max - 4 ? (w.match(new RegExp(`.{1,${max - 4}}`, 'g')) ?? [w]) : [w]));
  for (const word of words) {
    if ((line + ' ' + word).trim().length > max && line) {
      lines.push(line);
      line = `    ${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The chart as a standalone SVG document: title, "as of" stamp, encoding key, the drawn chart with
 * a number beside every claim, and a numbered footnote per claim with its source. Nothing depends
 * on the page's CSS, so the file reads the same anywhere.
 */
export function buildChartSvg(surface: SVGSVGElement, model: ChartModel, exportedAt: Date): { svg: string; width: number; height: number } {
  const chart = snapshotSvg(surface);
  const chartWidth = Number(surface.getAttribute('width')) || surface.clientWidth;
  const chartHeight = Number(surface.getAttribute('height')) || surface.clientHeight;
  const ordered = [...model.plotted, ...model.unquantified].sort((a, b) => a.mid - b.mid || a.claim.id.localeCompare(b.claim.id)).map((p) => p.claim);
  const numbers = new Map(ordered.map((c, i) => [c.id, i + 1]));
  for (const mark of chart.querySelectorAll('g[data-claim-id]')) {
    const n = numbers.get(mark.getAttribute('data-claim-id') ?? '');
    if (n === undefined) continue;
    const label = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    label.setAttribute('x', '9');
    label.setAttribute('y', '-9');
    label.setAttribute('font-size', '9');
    label.setAttribute('font-family', 'sans-serif');
    label.setAttribute('fill', '#333');
    label.textContent = String(n);
    mark.append(label);
  }
  const width = Math.max(chartWidth + 2 * PAD, 640);
  const textWidth = width - 2 * PAD;
  const header = [
    { text: model.title, size: 18, weight: 700 },
    { text: `${model.claimCount} claims · ${model.unitLabel} · as of ${formatPartialDate(model.latestClaimDate)} (latest claim) · exported ${exportedAt.toISOString().slice(0, 10)}`, size: 12, weight: 400 },
    { text: `Metrics: ${model.series.map((s) => `${s.metric.label} (${s.count})`).join(' · ')}`, size: 12, weight: 400 },
    { text: 'Marker shape and fill = verification state; outline = kind of figure (dashed: projection or warning); number = footnote. Claims, not established facts.', size: 11, weight: 400 },
  ];
  const notes = [...ordered.map((c, i) => footnoteText(i + 1, c)), ...model.undated.map((u) => `Undated (not on the time axis): ${footnoteText(0, u.claim).replace(/^\[0\] /, '')}`)];
  const noteLines = notes.flatMap((n) => wrap(n, textWidth));
  const headerHeight = PAD + header.length * 20;
  const notesTop = headerHeight + chartHeight + 16;
  const height = notesTop + 18 + noteLines.length * LINE + PAD;
  const text = (x: number, y: number, content: string, size: number, weight = 400) =>
    `<text x="${x}" y="${y}" font-family="sans-serif" font-size="${size}" font-weight="${weight}" fill="#1a1d23">${escapeXml(content)}</text>`;
  chart.setAttribute('x', String(PAD));
  chart.setAttribute('y', String(headerHeight));
  chart.setAttribute('overflow', 'visible');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(model.title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...header.map((h, i) => text(PAD, PAD + 14 + i * 20, h.text, h.size, h.weight)),
    new XMLSerializer().serializeToString(chart),
    text(PAD, notesTop, 'Sources', 13, 700),
    ...noteLines.map((line, i) => text(PAD, notesTop + 18 + i * LINE, line, 11)),
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
