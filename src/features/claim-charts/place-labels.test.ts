import { describe, expect, it } from 'vitest';
import { placeLabels, type Box, type LabelRequest } from './place-labels';

const measure = (text: string) => text.length * 7;
const bounds: Box = { x: 0, y: 0, width: 400, height: 200 };
const request = (id: string, x: number, y: number, texts = [`label ${id}`]): LabelRequest => ({
  id,
  x,
  y,
  radius: 7,
  texts,
  number: id,
});
const glyph = (r: LabelRequest): Box => ({
  x: r.x - r.radius,
  y: r.y - r.radius,
  width: 2 * r.radius,
  height: 2 * r.radius,
});
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeLabels', () => {
  it('puts a lone label to the right of its mark', () => {
    const r = request('1', 100, 100);
    const [label] = placeLabels([r], { bounds, obstacles: [glyph(r)], measure, lineHeight: 14 });
    expect(label).toMatchObject({ id: '1', text: 'label 1', variant: 0, leader: null });
    expect(label!.x).toBeGreaterThan(107);
  });

  it('goes left when the right edge has no room', () => {
    const r = request('1', 390, 100);
    const [label] = placeLabels([r], { bounds, obstacles: [glyph(r)], measure, lineHeight: 14 });
    expect(label!.x + label!.width).toBeLessThan(383);
  });

  it('never overlaps another label or covers a mark, in a dense cluster', () => {
    const cluster = Array.from({ length: 14 }, (_, i) =>
      request(String(i + 1), 150 + (i % 3) * 16, 60 + i * 7, [`about ${i + 1},000 · Speaker ${i}`, `${i + 1},000`]),
    );
    const obstacles = cluster.map(glyph);
    const placed = placeLabels(cluster, { bounds, obstacles, measure, lineHeight: 14 });
    expect(placed.map((p) => p.id).sort()).toEqual(cluster.map((c) => c.id).sort());
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(overlaps(a, b), `${a.id} and ${b.id}`).toBe(false);
      for (const o of obstacles) expect(overlaps(a, o), `${a.id} covers a mark`).toBe(false);
      expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= 400 && a.y + a.height <= 200, `${a.id} inside`).toBe(true);
    }
    expect(placed.some((p) => p.leader !== null)).toBe(true);
  });

  it('falls back to the number, never dropping a label', () => {
    const tight: Box = { x: 0, y: 0, width: 60, height: 30 };
    const r = request('7', 30, 15, ['a label far too long to fit']);
    const [label] = placeLabels([r], { bounds: tight, obstacles: [glyph(r)], measure, lineHeight: 14 });
    expect(label).toMatchObject({ text: '7', variant: -1 });
  });
});
