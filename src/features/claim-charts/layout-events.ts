import type { ClaimEvent } from '@/contract/event-schema';
import { dateSpan, precisionOf } from '@/contract/partial-date';
import { graphemes } from '@/lib/isolate-text';

export interface PlacedEvent {
  event: ClaimEvent;
  /** The event's line (its mid date) and, for a span, its start and end, in px. */
  lineX: number;
  x1: number;
  x2: number;
  text: string;
  /** The label sits right beside its line: anchored at lineX ± 4. */
  labelX: number;
  anchor: 'start' | 'end';
  row: number;
}

const GAP = 4;

/** The label, cut to the room with "…" (never inside a character). */
function fit(text: string, room: number, measure: (t: string) => number): string {
  if (measure(text) <= room) return text;
  const chars = graphemes(text);
  let kept = chars.length;
  while (kept > 4 && measure(`${chars.slice(0, kept).join('')}…`) > room) kept -= 1;
  return `${chars.slice(0, kept).join('').trimEnd()}…`;
}

/**
 * Dated context events as labelled lines. Each label sits beside its own line (right of it, or
 * left when the right has less room), trimmed to fit, on the first row where it overlaps nothing.
 */
export function layoutEvents(
  events: ClaimEvent[],
  domain: [number, number],
  x: (t: number) => number,
  bounds: { left: number; right: number },
  measure: (t: string) => number,
): PlacedEvent[] {
  const drawn = events
    .filter((e) => precisionOf(e.date) !== 'year')
    .map((e) => ({ event: e, ...dateSpan(e.date) }))
    .filter((e) => e.end >= domain[0] && e.start <= domain[1])
    .sort((a, b) => a.start - b.start);
  const rowEnds: { from: number; to: number }[][] = [];
  return drawn.map(({ event, start, end }) => {
    const x1 = Math.max(x(start), bounds.left);
    const x2 = Math.min(x(end), bounds.right);
    const lineX = (x1 + x2) / 2;
    const roomRight = bounds.right - lineX - GAP;
    const roomLeft = lineX - GAP - bounds.left;
    const right = measure(event.label) <= roomRight || roomRight >= roomLeft;
    const text = fit(event.label, right ? roomRight : roomLeft, measure);
    const width = measure(text);
    const extent = right ? { from: lineX, to: lineX + GAP + width } : { from: lineX - GAP - width, to: lineX };
    let row = rowEnds.findIndex((row) => row.every((r) => extent.to + 8 < r.from || extent.from > r.to + 8));
    if (row === -1) row = rowEnds.push([]) - 1;
    rowEnds[row]?.push(extent);
    return {
      event,
      lineX,
      x1,
      x2,
      text,
      labelX: right ? lineX + GAP : lineX - GAP,
      anchor: right ? 'start' : 'end',
      row,
    };
  });
}
