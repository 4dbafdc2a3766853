import type { Claim } from '../../../src/contract/claim-schema';
import { dateSpan } from '../../../src/contract/partial-date';

/** Boxes may touch or overlap by rounding, no more. */
export const TOLERANCE_PX = 0.5;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const round = (n: number) => Math.round(n * 10) / 10;
export const showBox = (b: Box) => `[${round(b.left)},${round(b.top)} → ${round(b.right)},${round(b.bottom)}]`;
export const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
export const intersects = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE_PX &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE_PX;
export const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - TOLERANCE_PX &&
  inner.top >= outer.top - TOLERANCE_PX &&
  inner.right <= outer.right + TOLERANCE_PX &&
  inner.bottom <= outer.bottom + TOLERANCE_PX;
export const isFigureless = (c: Claim) => c.figure.value === null && c.figure.low === null;

/** The end points of an SVG path's segments, in its own user units. */
export function pathVertices(d: string): { x: number; y: number }[] {
  const tokens = d.match(/[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const arity: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };
  const points: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] ?? '';
    if (/[a-z]/i.test(token)) {
      command = token;
      i += 1;
      if (command.toUpperCase() === 'Z') {
        x = startX;
        y = startY;
        continue;
      }
    }
    const upper = command.toUpperCase();
    const n = arity[upper];
    if (n === undefined || n === 0) throw new Error(`cannot read the path "${d}" at "${token}"`);
    const args = tokens.slice(i, i + n).map(Number);
    if (args.length < n || args.some((a) => Number.isNaN(a)))
      throw new Error(`cannot read the path "${d}" near "${token}"`);
    i += n;
    const relative = command !== upper;
    if (upper === 'H') x = (relative ? x : 0) + (args[0] ?? 0);
    else if (upper === 'V') y = (relative ? y : 0) + (args[0] ?? 0);
    else {
      x = (relative ? x : 0) + (args[n - 2] ?? 0);
      y = (relative ? y : 0) + (args[n - 1] ?? 0);
    }
    if (upper === 'M') {
      startX = x;
      startY = y;
      // Further pairs after a moveto are linetos.
      command = relative ? 'l' : 'L';
    }
    points.push({ x, y });
  }
  return points;
}

/** A source's figures that may be its "first", "latest" or "highest" (ties and date precision read generously). */
export function keyCandidates(plotted: Claim[]): Set<string> {
  const span = (c: Claim) => (c.claimedOn ? dateSpan(c.claimedOn) : { start: NaN, end: NaN });
  const first = (set: Claim[]) => set.filter((a) => !set.some((b) => span(b).end < span(a).start));
  const latest = (set: Claim[]) => set.filter((a) => !set.some((b) => span(b).start > span(a).end));
  const numbers = (c: Claim) => [c.figure.value, c.figure.low, c.figure.high].filter((n): n is number => n !== null);
  const floor = Math.max(...plotted.map((c) => Math.min(...numbers(c))));
  const highest = plotted.filter((c) => Math.max(...numbers(c)) >= floor);
  return new Set([...first(plotted), ...latest(plotted), ...highest].map((c) => c.id));
}
