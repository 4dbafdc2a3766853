// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { collectGarbage } from './collect-garbage';

/** An object that only a WeakRef holds, made in a function of its own so that no local keeps it. */
function onlyWeaklyHeld(): WeakRef<object> {
  return new WeakRef({ payload: new Array(1000).fill('garbage') });
}

/** A WeakRef's target is kept to the end of the task that made or read it: collections come in the next task. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

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
});
