import { describe, expect, it } from 'vitest';
import { scratchArena } from './scratch-arena';

describe('scratchArena', () => {
  it('hands out parts that do not overlap until it is reset', () => {
    const arena = scratchArena();
    const parts = [arena.int32(3), arena.int32(5), arena.int32(1000), arena.int32(2)];
    parts.forEach((part, p) => part.fill(p + 1));
    parts.forEach((part, p) => expect([...part].every((n) => n === p + 1)).toBe(true));
    expect(parts.map((part) => part.length)).toEqual([3, 5, 1000, 2]);
    const doubles = [arena.float64(4), arena.float64(4)];
    doubles[0]?.fill(0.5);
    doubles[1]?.fill(-2);
    expect([...(doubles[0] ?? [])]).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('allocates nothing once it holds what a computation needs', () => {
    const arena = scratchArena();
    const run = () => {
      arena.reset();
      return [arena.int32(100), arena.int32(300), arena.float64(50), arena.zeroedUint8(70)];
    };
    // The first runs grow its arrays; then every part comes from the arrays it holds.
    run();
    run();
    const before = run().map((part) => part.buffer);
    const after = run().map((part) => part.buffer);
    expect(after).toEqual(before);
    after.forEach((buffer, k) => expect(buffer).toBe(before[k]));
  });

  it('zeroes the bytes and integers it hands out zeroed again, and keeps a part handed out valid when it grows', () => {
    const arena = scratchArena();
    arena.zeroedUint8(16).fill(7);
    arena.reset();
    expect([...arena.zeroedUint8(16)].every((b) => b === 0)).toBe(true);
    arena.int32(8).fill(-1);
    arena.reset();
    expect([...arena.zeroedInt32(8)]).toEqual(new Array(8).fill(0));
    const small = arena.int32(2);
    small.set([11, 12]);
    const large = arena.int32(10_000);
    large.fill(9);
    expect([...small]).toEqual([11, 12]);
    expect(large.length).toBe(10_000);
  });

  it('makes what it is told to reserve at once, and hands it out without making more', () => {
    const arena = scratchArena();
    arena.reserve({ int32: 1000, float64: 100, uint8: 50 });
    const parts = [arena.int32(600), arena.int32(400), arena.float64(100), arena.zeroedUint8(50)];
    expect(parts[0]?.buffer).toBe(parts[1]?.buffer);
    arena.reset();
    arena.reserve({ int32: 10, float64: 10, uint8: 10 });
    expect(arena.int32(1000).buffer).toBe(parts[0]?.buffer);
    expect(arena.float64(100).buffer).toBe(parts[2]?.buffer);
  });
});
