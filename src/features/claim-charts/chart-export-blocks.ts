import { isolateLines } from '@/lib/isolate-text';
import { svgText, type TextStyle } from '@/lib/svg-text';

export const TEXT = '#1a1d23';
export const MUTED = '#4f5663';
/** The subset note: dark amber, like the "Showing only" line on screen, 7:1 on white. */
export const SUBSET = '#7a3d00';

/** Lines of text set in one style, drawn one under the other. */
export interface Block {
  lines: string[];
  style: TextStyle;
  lineHeight: number;
  /** Continuation lines start this far in (a hanging footnote number). */
  indent: number;
}

// Each line is an SVG <text> of its own: a data field isolated over a line break is closed and opened again (isolateLines).
export const block = (lines: string[], style: TextStyle, indent = 0): Block => ({
  lines: isolateLines(lines),
  style,
  lineHeight: Math.round(style.size * 1.35),
  indent,
});
export const heightOf = (blocks: Block[], gap: number) =>
  blocks.reduce((sum, b) => sum + b.lines.length * b.lineHeight, 0) + gap * Math.max(blocks.length - 1, 0);

/** Draws blocks one under the other from `top`; returns the elements and where the last line ends. */
export function drawBlocks(
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
