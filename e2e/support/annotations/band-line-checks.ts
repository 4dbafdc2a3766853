import type { Claim } from '../../../src/contract/claim-schema';
import { centre, isFigureless, pathVertices, round, TOLERANCE_PX } from './geometry';
import type { ChartSnap } from './snap-chart';

/** A source line's vertex sits on a mark's centre (glyph centre or the mark's origin), within this. */
const VERTEX_PX = 3;

/** Statements without a figure outside their chart's band, and bands taller than 20% of their chart. */
export function bandProblems(charts: ChartSnap[], claims: Claim[]): { bands: number; problems: string[] } {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const problems: string[] = [];
  let bands = 0;
  for (const chart of charts) {
    bands += chart.bands.length;
    const figureless = chart.marks.filter((m) => {
      const claim = byId.get(m.id);
      return claim !== undefined && isFigureless(claim);
    });
    if (figureless.length > 0 && chart.bands.length === 0)
      problems.push(
        `${chart.id}: statements without a figure (${figureless.map((m) => m.id).join(', ')}) but no rect.chart-lane__band`,
      );
    else {
      const outOfLane = figureless.filter((m) => !m.inLane).map((m) => m.id);
      if (outOfLane.length)
        problems.push(
          `${chart.id}: statements without a figure neither in g.chart-lane nor on its band: ${outOfLane.join(', ')}`,
        );
    }
    const inLane = chart.marks.filter((m) => m.inLane).map((m) => m.id);
    if (!chart.svg) continue;
    const svgHeight = chart.svg.bottom - chart.svg.top;
    for (const height of chart.bands.filter((b) => !b.statementsOnly).map((b) => b.bottom - b.top)) {
      if (height > 0.2 * svgHeight + TOLERANCE_PX)
        problems.push(
          `${chart.id}: band ${round(height)} px of an svg ${round(svgHeight)} px high (${Math.round((100 * height) / svgHeight)}%; lane: ${inLane.join(', ')})`,
        );
    }
  }
  return { bands, problems };
}

/** With ?lines=source: lines through another source's claims, going back in time, joining fewer than two, or missing. */
export function sourceLineProblems(charts: ChartSnap[], claims: Claim[]): { lines: number; problems: string[] } {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const problems: string[] = [];
  let lines = 0;
  for (const chart of charts) {
    lines += chart.lines.length;
    for (const [index, line] of chart.lines.entries()) {
      const label = `${chart.id}: path.chart-source-line #${index + 1} (data-source="${line.source ?? ''}")`;
      if (!line.source) {
        problems.push(`${label} has no data-source`);
        continue;
      }
      if (!line.ctm) {
        problems.push(`${label} is not drawn (no screen CTM)`);
        continue;
      }
      const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = line.ctm;
      let vertices: { x: number; y: number }[];
      try {
        vertices = pathVertices(line.d).map((p) => ({ x: a * p.x + c * p.y + e, y: b * p.x + d * p.y + f }));
      } catch (error) {
        problems.push(`${label}: ${(error as Error).message}`);
        continue;
      }
      const joined = new Set<string>();
      for (const [i, v] of vertices.entries()) {
        const near = chart.marks.filter((m) =>
          [m.glyph ? centre(m.glyph) : null, m.origin].some(
            (p) => p !== null && Math.hypot(p.x - v.x, p.y - v.y) <= VERTEX_PX,
          ),
        );
        const own = near.filter((m) => byId.get(m.id)?.speaker.organisation === line.source);
        if (own.length === 0) {
          const others = near.map((m) => `${m.id} (${byId.get(m.id)?.speaker.organisation ?? '?'})`);
          problems.push(
            `${label}: point ${i + 1} at (${round(v.x)}, ${round(v.y)}) is on ${others.length ? `another source's claim ${others.join(', ')}` : 'no claim of that source'}`,
          );
        }
        for (const m of own) joined.add(m.id);
        const previous = vertices[i - 1];
        if (previous && v.x < previous.x - TOLERANCE_PX)
          problems.push(`${label}: point ${i + 1} goes back in time (x ${round(v.x)} < ${round(previous.x)})`);
      }
      if (vertices.length < 2 || joined.size < 2)
        problems.push(
          `${label}: joins ${joined.size} claim(s) (${[...joined].join(', ')}) in ${vertices.length} point(s), expected at least 2`,
        );
    }
    // A source with two figures for one metric in this chart gets a line.
    const figures = new Map<string, string[]>();
    for (const mark of chart.marks.filter((m) => !m.inLane)) {
      const claim = byId.get(mark.id);
      if (!claim || claim.figure.value === null) continue;
      const key = `${claim.speaker.organisation}\u0000${claim.metricId}`;
      figures.set(key, [...(figures.get(key) ?? []), claim.id]);
    }
    for (const [key, ids] of figures) {
      const [organisation = '', metric = ''] = key.split('\u0000');
      if (ids.length >= 2 && !chart.lines.some((l) => l.source === organisation))
        problems.push(`${chart.id}: no line for ${organisation} (${metric}: ${ids.join(', ')})`);
    }
  }
  return { lines, problems };
}
