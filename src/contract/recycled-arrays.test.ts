import { afterEach, describe, expect, it } from 'vitest';
import { beginReading, forgetRecycling, recycled, recycledCopy, recycling, retireArrays } from './recycled-arrays';

afterEach(forgetRecycling);

describe('recycled arrays', () => {
  it('hands a retired buffer out again, with the length asked for', () => {
    const old = recycled(Int32Array, 1000);
    retireArrays([old], []);
    const again = recycled(Int32Array, 1001);
    expect(again.buffer).toBe(old.buffer);
    expect(again.length).toBe(1001);
    expect(recycling().kept).toBe(0);
  });

  it('makes new arrays with room for a few more, so that the next insert fits the same buffer', () => {
    const array = recycled(Float64Array, 10_000);
    expect(array.length).toBe(10_000);
    expect(array.buffer.byteLength).toBeGreaterThan(10_001 * 8);
  });

  it('holds a buffer back while a reader that began before it was retired still reads', () => {
    const old = recycled(Float64Array, 500);
    const done = beginReading();
    retireArrays([old], []);
    expect(recycled(Float64Array, 500).buffer).not.toBe(old.buffer);
    done();
    expect(recycled(Float64Array, 500).buffer).toBe(old.buffer);
  });

  it('lets a reader that began after the retirement read on while the buffer is recycled', () => {
    const old = recycled(Uint8Array, 300);
    retireArrays([old], []);
    const done = beginReading();
    expect(recycled(Uint8Array, 300).buffer).toBe(old.buffer);
    done();
  });

  it('never recycles a buffer that the list after it still uses, nor one buffer twice', () => {
    const shared = recycled(Int32Array, 200);
    const own = recycled(Int32Array, 200);
    retireArrays([shared, own, own], [shared]);
    expect(recycling().kept).toBe(1);
    retireArrays([own], []);
    expect(recycling().kept).toBe(1);
    expect(recycled(Int32Array, 200).buffer).toBe(own.buffer);
    expect(recycled(Int32Array, 200).buffer).not.toBe(shared.buffer);
  });

  it('keeps a buffer for arrays of its own type and size: not for another type, a larger array or a far smaller one', () => {
    const old = recycled(Int32Array, 1000);
    retireArrays([old], []);
    expect(recycled(Float64Array, 100).buffer).not.toBe(old.buffer);
    expect(recycled(Int32Array, 2000).buffer).not.toBe(old.buffer);
    expect(recycled(Int32Array, 10).buffer).not.toBe(old.buffer);
    expect(recycling().kept).toBe(1);
  });

  it('leaves buffers retired four retirements ago to the collector, so a reader that never ends holds back no more', () => {
    const stuck = beginReading();
    const first = recycled(Int32Array, 100);
    retireArrays([first], []);
    for (let k = 0; k < 3; k += 1) retireArrays([recycled(Int32Array, 100)], []);
    expect(recycling().kept).toBe(4);
    retireArrays([recycled(Int32Array, 100)], []);
    expect(recycling().kept).toBe(4);
    stuck();
    const handed = Array.from({ length: 5 }, () => recycled(Int32Array, 100).buffer);
    expect(handed).not.toContain(first.buffer);
  });

  it('ages a buffer by the bytes retired after it: many small retirements leave a large one kept', () => {
    // As a server's spare columns (reserveSpareColumns) outlive the state pages its state changes and edits retire.
    const spare = recycled(Float64Array, 100_000);
    retireArrays([spare], []);
    for (let k = 0; k < 20; k += 1) retireArrays([recycled(Uint8Array, 1000)], []);
    expect(recycled(Float64Array, 100_001).buffer).toBe(spare.buffer);
    // Four retirements of its own size after it, and it is left to the collector.
    const next = recycled(Float64Array, 100_000);
    retireArrays([next], []);
    // (Each a little larger than it: were it kept, it would be handed out first, the smallest that fits.)
    for (let k = 0; k < 4; k += 1) retireArrays([new Float64Array(101_000)], []);
    const handed = Array.from({ length: 5 }, () => recycled(Float64Array, 100_001).buffer);
    expect(handed).not.toContain(next.buffer);
  });

  it('copies an array into a recycled buffer', () => {
    const old = recycled(Float64Array, 4000);
    old.fill(9);
    retireArrays([old], []);
    const copy = recycledCopy(Float64Array.from({ length: 3999 }, (_, i) => i));
    expect(copy.buffer).toBe(old.buffer);
    expect(copy.length).toBe(3999);
    expect(copy.every((x, i) => x === i)).toBe(true);
  });
});
