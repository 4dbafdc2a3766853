import { CLAIM_KIND_LABELS } from '@/lib/labels';
import { isolate } from '@/lib/isolate-text';
import { shortFigure, shortSpeaker } from '@/lib/short-label';
import type { LaneMark } from './chart-layout-types';
import type { PlacedClaim } from './chart-model-types';

/** "Denial · Kremlin", "several hundred casualties · US military": for SVG, each part from data isolated. */
export function laneLabel(placed: PlacedClaim): string {
  const { claim } = placed;
  const isStatement = claim.kind === 'denial' || claim.kind === 'confirmation' || claim.kind === 'non_denial';
  const what = isStatement ? CLAIM_KIND_LABELS[claim.kind] : isolate(shortFigure(claim.figure));
  return `${what} · ${isolate(shortSpeaker(claim.speaker))}`;
}

/** Rows the band needs so that each marker and its label overlap nothing on their row. */
export function lanesNeeded(
  items: PlacedClaim[],
  x: (t: number) => number,
  width: (p: PlacedClaim) => number,
  size: number,
): number {
  const rowEnds: number[] = [];
  for (const p of items) {
    const from = x(p.mid) - size - 2;
    const to = x(p.mid) + size + 6 + width(p);
    let row = rowEnds.findIndex((end) => end + 6 < from);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = to;
  }
  return Math.max(rowEnds.length, items.length ? 1 : 0);
}

/**
 * The band's markers: each on the first row where it overlaps no other marker, else on the
 * emptiest row, moved sideways until it is clear.
 */
export function placeLaneMarks(
  items: PlacedClaim[],
  rows: number,
  rowY: (row: number) => number,
  x: (t: number) => number,
  markerSize: number,
  spanOf: (p: PlacedClaim, cx: number) => LaneMark['span'],
): LaneMark[] {
  const gap = 2 * markerSize + 4;
  const rowXs: number[][] = Array.from({ length: rows }, () => []);
  return items.map((p) => {
    const cx = x(p.mid);
    let row = rowXs.findIndex((xs) => xs.every((other) => Math.abs(other - cx) >= gap));
    if (row === -1) row = rowXs.reduce((best, xs, i) => (xs.length < (rowXs[best]?.length ?? 0) ? i : best), 0);
    let mx = cx;
    while ((rowXs[row] ?? []).some((other) => Math.abs(other - mx) < gap)) mx += gap;
    rowXs[row]?.push(mx);
    return { placed: p, x: mx, y: rowY(row), span: spanOf(p, mx) };
  });
}
