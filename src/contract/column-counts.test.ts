import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countOriginsAt } from './column-counts';

/** What countOriginsAt answers, counted with a map: the claims, distinct origins, those held once, and no origin. */
function countedWithMap(origin: readonly number[], members: readonly number[]) {
  const counts = new Map<number, number>();
  let unknown = 0;
  for (const i of members) {
    const o = origin[i] as number;
    if (o < 0) unknown += 1;
    else counts.set(o, (counts.get(o) ?? 0) + 1);
  }
  const singleSource = [...counts.values()].filter((n) => n === 1).length;
  return { claims: members.length, origins: counts.size, singleSource, unknown };
}

const columnsOf = (origin: readonly number[], origins: number) => ({
  origin: Int32Array.from(origin),
  originIds: Array.from({ length: origins }, (_, o) => `origin-${o}`),
});

describe('countOriginsAt', () => {
  it('counts as a map does, over many origins, and leaves nothing behind for the next count', () => {
    // More origins than a word of bits holds, and selections both smaller and larger than the words (each way of
    // clearing); several counts in a row, so that a bit left set would show in the next.
    const origins = fc.integer({ min: 1, max: 200 });
    const dataset = origins.chain((n) =>
      fc.record({
        origins: fc.constant(n),
        origin: fc.array(fc.integer({ min: -1, max: n - 1 }), { minLength: 1, maxLength: 300 }),
      }),
    );
    const run = dataset.chain(({ origins: n, origin }) =>
      fc.record({
        origins: fc.constant(n),
        origin: fc.constant(origin),
        selections: fc.array(fc.array(fc.integer({ min: 0, max: origin.length - 1 }), { maxLength: 300 }), {
          minLength: 1,
          maxLength: 4,
        }),
      }),
    );
    fc.assert(
      fc.property(run, ({ origins: n, origin, selections }) => {
        const columns = columnsOf(origin, n);
        for (const members of selections)
          expect(countOriginsAt(columns, Int32Array.from(members))).toEqual(countedWithMap(origin, members));
      }),
    );
  });

  it('tells an origin held once from one held twice or more', () => {
    const columns = columnsOf([0, 0, 1, 33, 33, 33, 64, -1], 65);
    expect(countOriginsAt(columns, Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]))).toEqual({
      claims: 8,
      origins: 4,
      singleSource: 2,
      unknown: 1,
    });
    expect(countOriginsAt(columns, Int32Array.from([0, 3]))).toEqual({
      claims: 2,
      origins: 2,
      singleSource: 2,
      unknown: 0,
    });
  });
});
