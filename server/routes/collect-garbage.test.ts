// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getHeapSpaceStatistics } from 'node:v8';
import { collectGarbage, collectYoungGarbage } from './collect-garbage';

/** An object that only a WeakRef holds, made in a function of its own so that no local keeps it. */
function onlyWeaklyHeld(): WeakRef<object> {
  return new WeakRef({ payload: new Array(1000).fill('garbage') });
}

/** A WeakRef's target is kept to the end of the task that made or read it: collections come in the next task. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Makes `count` small objects that nothing holds once it returns, and says how many. */
function madeAndDropped(count: number): number {
  const garbage: object[] = [];
  for (let i = 0; i < count; i += 1) garbage.push({ i, text: `young ${i}` });
  return garbage.length;
}

describe('collectGarbage', () => {
  it('collects what nothing holds now, and says how long it took', async () => {
    const held = { payload: new Array(1000).fill('kept') };
    const weaklyHeld = onlyWeaklyHeld();
    const strongly = new WeakRef(held);
    await nextTask();
    const ms = collectGarbage();
    await nextTask();
    expect(weaklyHeld.deref()).toBeUndefined();
    expect(strongly.deref()).toBe(held);
    expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('can be asked again', async () => {
    collectGarbage();
    const weaklyHeld = onlyWeaklyHeld();
    await nextTask();
    collectGarbage();
    await nextTask();
    expect(weaklyHeld.deref()).toBeUndefined();
  });

  it('collects the young generation alone when asked: what nothing holds is gone from it', () => {
    const young = () =>
      getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_used_size ?? 0;
    collectYoungGarbage();
    const made = madeAndDropped(50_000);
    const before = young();
    const ms = collectYoungGarbage();
    expect(made).toBe(50_000);
    expect(before).toBeGreaterThan(1_000_000);
    expect(young()).toBeLessThan(before / 4);
    expect(ms).toBeGreaterThanOrEqual(0);
  });
});
