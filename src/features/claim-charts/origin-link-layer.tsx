import { memo } from 'react';
import type { ChartLayout } from './chart-layout-types';

type Point = { x: number; y: number };

/**
 * A connector from one mark to the next, bowed to the left (or upwards when level): marks of one
 * origin often share a day, and a straight line between them would read as a range whisker.
 */
export function linkPath(points: Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${first.x.toFixed(1)} ${first.y.toFixed(1)}`;
  let from = first;
  for (const to of rest) {
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    let [nx, ny] = [dy / length, -dx / length];
    if (nx > 0 || (nx === 0 && ny > 0)) [nx, ny] = [-nx, -ny];
    // The curve peaks at half the bow: far enough to clear a glyph (radius 7-9) between close marks.
    const bow = Math.min(Math.max(length * 0.35, 24), 32);
    const cx = (from.x + to.x) / 2 + nx * bow;
    const cy = (from.y + to.y) / 2 + ny * bow;
    d += `Q${cx.toFixed(1)} ${cy.toFixed(1)} ${to.x.toFixed(1)} ${to.y.toFixed(1)}`;
    from = to;
  }
  return d;
}

/**
 * Marks of one origin that give different figures, joined by a thin dashed connector in time order:
 * seen without hovering. Each mark's accessible name, the label list and the data table say it in words.
 */
export const OriginLinkLayer = memo(function OriginLinkLayer({ layout }: { layout: ChartLayout }) {
  if (layout.originLinks.length === 0) return null;
  return (
    <g className="chart-origin-links" aria-hidden="true">
      {layout.originLinks.map((link) => (
        <path
          key={link.originId}
          className="chart-origin-link"
          data-origin-link={link.ids.join(' ')}
          d={linkPath(link.points)}
        />
      ))}
    </g>
  );
});
