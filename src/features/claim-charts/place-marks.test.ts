import { describe, expect, it } from 'vitest';
import { dodgeMarks, nearestMark } from './place-marks';

describe('dodgeMarks', () => {
  it('keeps lone marks where they are', () => {
    const marks = [
      { id: 'a', x: 10, y: 10, radius: 7 },
      { id: 'b', x: 100, y: 10, radius: 7 },
    ];
    expect(dodgeMarks(marks, 16)).toEqual(marks);
  });
  it('separates marks that share a date and a value, never moving the value', () => {
    const marks = Array.from({ length: 5 }, (_, i) => ({ id: String(i), x: 50, y: 80 + i, radius: 7 }));
    const placed = dodgeMarks(marks, 16);
    expect(placed.map((m) => m.y)).toEqual(marks.map((m) => m.y));
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(Math.abs(a.x - b.x) >= 16 || Math.abs(a.y - b.y) >= 16).toBe(true);
  });
});

describe('nearestMark', () => {
  const marks = [
    { id: 'a', x: 10, y: 10, radius: 7 },
    { id: 'b', x: 22, y: 10, radius: 7 },
  ];
  it('finds the mark under the pointer even where two glyphs overlap', () => {
    expect(nearestMark(marks, 17, 10, 24)?.id).toBe('b');
    expect(nearestMark(marks, 15, 10, 24)?.id).toBe('a');
    expect(nearestMark(marks, 22, 10, 24)?.id).toBe('b');
  });
  it('finds nothing beyond the radius', () => {
    expect(nearestMark(marks, 80, 80, 24)).toBeNull();
  });
});
