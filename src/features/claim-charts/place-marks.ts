/** A mark's centre on the chart, after dodging, and the half-size of its glyph. */
export interface MarkPosition {
  id: string;
  x: number;
  y: number;
  radius: number;
}

/**
 * Nudges each mark sideways, alternately right and left, until it no longer overlaps one already
 * placed, so marks that share a date and a value band are all visible and each has its own centre.
 * The value (y) is never moved: it is what the chart says.
 */
export function dodgeMarks(
  marks: MarkPosition[],
  spacing: number,
  bounds?: { left: number; right: number },
): MarkPosition[] {
  const placed: MarkPosition[] = [];
  const clear = (x: number, y: number, r: number) =>
    placed.every(
      (p) => Math.abs(p.x - x) >= Math.max(spacing, p.radius + r + 2) || Math.abs(p.y - y) >= p.radius + r + 2,
    );
  for (const mark of marks) {
    let x = mark.x;
    for (let step = 1; !clear(x, mark.y, mark.radius) && step < 200; step += 1) {
      const offset = Math.ceil(step / 2) * (spacing / 2) * (step % 2 === 1 ? 1 : -1);
      x = mark.x + offset;
      if (bounds && (x < bounds.left || x > bounds.right)) x = mark.x - offset;
    }
    placed.push({ ...mark, x });
  }
  return placed;
}

/** The mark nearest to (x, y) within `radius` px, or null: how a click or tap finds its claim. */
export function nearestMark(marks: readonly MarkPosition[], x: number, y: number, radius: number): MarkPosition | null {
  let best: MarkPosition | null = null;
  let bestDistance = radius * radius;
  for (const mark of marks) {
    const d = (mark.x - x) ** 2 + (mark.y - y) ** 2;
    if (d <= bestDistance) {
      best = mark;
      bestDistance = d;
    }
  }
  return best;
}
