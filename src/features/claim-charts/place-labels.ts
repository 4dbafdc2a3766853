import { chartTextWidth } from '@/lib/chart-text-width';
/**
 * Direct labels without collisions: each label goes to the first free spot around its mark, then
 * further out with a leader line; where none is free it becomes the claim's footnote number
 * (listed beside the chart), and is never dropped. Greedy, in priority order, O(labels × spots × boxes).
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The mark's centre and half-size. */
  x: number;
  y: number;
  radius: number;
  /** Texts to try, longest first; the last resort is `number`. */
  texts: string[];
  number: string;
}

export interface PlacedLabelBox extends Box {
  id: string;
  text: string;
  /** Which of `texts` fitted; -1 when only the number did. */
  variant: number;
  /** The point on the mark's edge a leader line starts from, when the label sits away from its mark. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface PlaceLabelsOptions {
  bounds: Box;
  /** Boxes no label may cover: every mark's glyph. */
  obstacles: Box[];
  /** Width of a text in px. */
  measure: (text: string) => number;
  lineHeight: number;
  /** Bounds for the number fallback when it cannot fit inside `bounds` (e.g. a wider area). */
  padding?: number;
  /** Try spots away from the mark with a leader line. */
  leaders?: boolean;
  /** Put the number next to its mark before trying the text further out (narrow charts, where long leaders tangle). */
  numbersBeforeLeaders?: boolean;
}

const intersects = (a: Box, b: Box, pad: number) =>
  a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;

/**
 * Boxes filed in a uniform grid, so asking "does this box hit any?" looks at a few cells, not at
 * every box: label placement stays near-linear with hundreds of marks.
 */
class BoxIndex {
  private readonly cells = new Map<number, Box[]>();
  constructor(private readonly size = 48) {}
  private keys(box: Box, pad: number): number[] {
    const x0 = Math.floor((box.x - pad) / this.size);
    const x1 = Math.floor((box.x + box.width + pad) / this.size);
    const y0 = Math.floor((box.y - pad) / this.size);
    const y1 = Math.floor((box.y + box.height + pad) / this.size);
    const keys: number[] = [];
    for (let gx = x0; gx <= x1; gx += 1) for (let gy = y0; gy <= y1; gy += 1) keys.push(gx * 100_003 + gy);
    return keys;
  }
  add(box: Box): void {
    for (const key of this.keys(box, 0)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }
  hits(box: Box, pad: number): boolean {
    return this.keys(box, pad).some(
      (key) => this.cells.get(key)?.some((other) => intersects(box, other, pad)) ?? false,
    );
  }
}

const inside = (a: Box, b: Box) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

/** Spots next to the mark, in the order a reader expects: right, left, above, below, then the diagonals. */
function nearSpots(r: LabelRequest, w: number, h: number, gap: number): Box[] {
  const { x, y, radius } = r;
  const d = radius + gap;
  return [
    { x: x + d, y: y - h / 2, width: w, height: h },
    { x: x - d - w, y: y - h / 2, width: w, height: h },
    { x: x - w / 2, y: y - d - h, width: w, height: h },
    { x: x - w / 2, y: y + d, width: w, height: h },
    { x: x + d * 0.7, y: y - d * 0.7 - h, width: w, height: h },
    { x: x + d * 0.7, y: y + d * 0.7, width: w, height: h },
    { x: x - d * 0.7 - w, y: y - d * 0.7 - h, width: w, height: h },
    { x: x - d * 0.7 - w, y: y + d * 0.7, width: w, height: h },
  ];
}

/** Spots further out on either side, in widening rings, reached by a leader line. */
function farSpots(r: LabelRequest, w: number, h: number): Box[] {
  const spots: Box[] = [];
  for (const dx of [28, 52, 80, 112, 150, 200]) {
    for (const row of [0, -1, 1, -2, 2, -3, 3, -4, 4, -6, 6]) {
      const cy = r.y + row * (h + 2) - h / 2;
      spots.push({ x: r.x + r.radius + dx, y: cy, width: w, height: h });
      spots.push({ x: r.x - r.radius - dx - w, y: cy, width: w, height: h });
    }
  }
  for (const row of [-2, 2, -3, 3, -4, 4])
    spots.push({ x: r.x - w / 2, y: r.y + row * (h + 2) - h / 2, width: w, height: h });
  return spots;
}

function leaderFor(r: LabelRequest, box: Box): PlacedLabelBox['leader'] {
  const tx = Math.min(Math.max(r.x, box.x), box.x + box.width);
  const ty = Math.min(Math.max(r.y, box.y), box.y + box.height);
  const dx = tx - r.x;
  const dy = ty - r.y;
  const length = Math.hypot(dx, dy);
  if (length <= r.radius + 8) return null;
  return { x1: r.x + (dx / length) * (r.radius + 2), y1: r.y + (dy / length) * (r.radius + 2), x2: tx, y2: ty };
}

export function placeLabels(requests: LabelRequest[], options: PlaceLabelsOptions): PlacedLabelBox[] {
  const { bounds, obstacles, measure, lineHeight, padding = 2, leaders = true, numbersBeforeLeaders = false } = options;
  const placed: PlacedLabelBox[] = [];
  const taken = new BoxIndex();
  for (const o of obstacles) taken.add(o);
  const free = (box: Box) => inside(box, bounds) && !taken.hits(box, padding);
  const tryPlace = (r: LabelRequest, text: string, variant: number, far: boolean) => {
    const width = measure(text);
    const spots = far ? farSpots(r, width, lineHeight) : nearSpots(r, width, lineHeight, 3);
    const box = spots.find(free);
    if (!box) return false;
    taken.add(box);
    placed.push({ id: r.id, text, variant, ...box, leader: far ? leaderFor(r, box) : null });
    return true;
  };
  // Labels near their marks come first for every claim, then what is left tries the spots further out.
  const pending: LabelRequest[] = [];
  for (const r of requests) {
    if (!r.texts.some((text, i) => tryPlace(r, text, i, false))) pending.push(r);
  }
  for (const r of pending) {
    if (numbersBeforeLeaders && tryPlace(r, r.number, -1, false)) continue;
    if (leaders && r.texts.some((text, i) => tryPlace(r, text, i, true))) continue;
    if (tryPlace(r, r.number, -1, false) || tryPlace(r, r.number, -1, true)) continue;
    // Nowhere free even for a number: it goes on the spot nearest its mark, beside the bounds if need be.
    const width = measure(r.number);
    const box = { x: r.x + r.radius + 2, y: r.y - r.radius - lineHeight, width, height: lineHeight };
    taken.add(box);
    placed.push({ id: r.id, text: r.number, variant: -1, ...box, leader: null });
  }
  return placed;
}

/**
 * A text measurer for the charts' typeface, from its width table (chart-text-width.ts), with 4% and 2 px to spare:
 * no canvas, so the server and the browser lay a chart out identically.
 */
export function textMeasurer(font: { size: number; weight?: number }): (text: string) => number {
  const { size, weight = 400 } = font;
  const cache = new Map<string, number>();
  return (text: string) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = Math.ceil(chartTextWidth(text, size, weight) * 1.04) + 2;
      cache.set(text, width);
    }
    return width;
  };
}
