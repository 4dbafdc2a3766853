import type { PlotMark } from './chart-layout-types';
import type { Box } from './place-labels';

/** The box a mark's glyph of radius `r` covers. */
export const glyphBox = (m: { x: number; y: number }, r: number): Box => ({
  x: m.x - r,
  y: m.y - r,
  width: 2 * r,
  height: 2 * r,
});

/** How far up and right the glyph stacked behind a mark that folds repeats of one origin is drawn. */
export const FOLD_OFFSET = 3;

/** What a label must not cover: the glyph (and the glyph stacked behind a folded mark), its "more than"/"up to" arrow, its range whisker, its month span. */
export function markObstacles(m: PlotMark, r: number): Box[] {
  const boxes: Box[] = [glyphBox(m, m.placed.folded ? r + FOLD_OFFSET : r)];
  const bound = m.placed.claim.figure.bound;
  if (bound === 'at_least') boxes.push({ x: m.x - 4, y: m.y - r - 12, width: 8, height: 12 });
  if (bound === 'at_most') boxes.push({ x: m.x - 4, y: m.y + r, width: 8, height: 12 });
  if (m.range)
    boxes.push({
      x: m.x - 5,
      y: m.y + Math.min(m.range.y1, m.range.y2),
      width: 10,
      height: Math.abs(m.range.y1 - m.range.y2),
    });
  if (m.span) boxes.push({ x: m.x + m.span.x1, y: m.y - 4, width: m.span.x2 - m.span.x1, height: 8 });
  return boxes;
}
