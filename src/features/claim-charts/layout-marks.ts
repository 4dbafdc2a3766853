import { VERIFICATION_STATES } from '@/contract/vocabulary';
import type { AggregatePoint, PlacedClaim, PlottedClaim } from './chart-model-types';
import type { ChartLayout, GroupMark, PlotMark } from './chart-layout-types';
import { dodgeMarks } from './place-marks';

type Scale = (value: number) => number;

/** The period a month- or year-precision date stands for, in px relative to the mark's x; null for a day. */
export const spanOf = (p: PlacedClaim, cx: number, x: Scale): PlotMark['span'] =>
  p.precision === 'day' ? null : { x1: x(p.start) - cx, x2: x(p.end) - cx };

/** Marks with a figure at their time and value (a range at its middle), dodged so that none hides another. */
export function layoutPlotMarks(
  plotted: PlottedClaim[],
  x: Scale,
  y: Scale,
  plot: { left: number; right: number; bottom: number },
  markerSize: number,
): PlotMark[] {
  const centres = plotted.map((p) => {
    const range = p.low !== null && p.high !== null ? { low: y(p.low), high: y(p.high) } : null;
    const cy = p.value !== null ? y(p.value) : range ? (range.low + range.high) / 2 : plot.bottom;
    // A folded mark's stacked glyph makes it a little larger.
    return { id: p.claim.id, x: x(p.mid), y: cy, radius: markerSize + (p.folded ? 3 : 1) };
  });
  const dodged = dodgeMarks(centres, 2 * markerSize + 3, {
    left: plot.left + markerSize,
    right: plot.right - markerSize,
  });
  return plotted.map((p, i) => {
    const c = dodged[i] ?? { x: 0, y: 0 };
    const range = p.low !== null && p.high !== null ? { y1: y(p.low) - c.y, y2: y(p.high) - c.y } : null;
    return { placed: p, x: c.x, y: c.y, range, span: spanOf(p, c.x, x) };
  });
}

/** A group sits in its state's slot inside its period, the period clamped to the visible dates. */
export function layoutGroups(
  points: AggregatePoint[],
  domain: [number, number],
  x: (t: number) => number,
  y: (v: number) => number,
): GroupMark[] {
  return points.map((point) => {
    const cy = y(point.median);
    const slot = (VERIFICATION_STATES.indexOf(point.state) + 0.5) / VERIFICATION_STATES.length;
    const x1 = x(Math.max(point.start, domain[0]));
    const x2 = x(Math.min(point.end, domain[1]));
    return {
      point,
      x: x1 + (x2 - x1) * slot,
      y: cy,
      range: point.low === point.high ? null : { y1: y(point.low) - cy, y2: y(point.high) - cy },
    };
  });
}

/** Each source organisation's own figures for one metric, joined in time order: never a line across sources. */
export function layoutSourceLines(marks: PlotMark[]): ChartLayout['sourceLines'] {
  const groups = new Map<string, PlotMark[]>();
  for (const m of marks) {
    const key = `${m.placed.claim.speaker.organisation}\u0000${m.placed.claim.metricId}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()]
    .filter((list) => list.length >= 2)
    .map((list) => {
      const first = list[0]!.placed;
      return {
        organisation: first.claim.speaker.organisation,
        metricId: first.claim.metricId,
        colour: first.colour,
        points: [...list].sort((a, b) => a.placed.mid - b.placed.mid).map((m) => ({ x: m.x, y: m.y })),
      };
    });
}

/** The marks of one origin on this chart (set only when folding), joined in time order by a thin dashed connector. */
export function layoutOriginLinks(marks: PlotMark[]): ChartLayout['originLinks'] {
  const groups = new Map<string, PlotMark[]>();
  for (const m of marks) {
    const origin = m.placed.claim.originId;
    if (origin === null || !m.placed.sameOriginAs?.length) continue;
    groups.set(origin, [...(groups.get(origin) ?? []), m]);
  }
  return [...groups]
    .filter(([, list]) => list.length >= 2)
    .map(([originId, list]) => {
      const ordered = [...list].sort((a, b) => a.placed.mid - b.placed.mid || a.y - b.y);
      return {
        originId,
        ids: ordered.map((m) => m.placed.claim.id),
        points: ordered.map((m) => ({ x: m.x, y: m.y })),
      };
    });
}
