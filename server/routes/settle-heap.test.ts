// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { settleHeap } from './settle-heap';

/** A reference to an object nothing else holds, made in a job of its own (a WeakRef keeps its target to the job's end). */
async function droppedObject(): Promise<WeakRef<object>> {
  const ref = new WeakRef({ claims: new Array(1000).fill('SYNTHETIC') });
  await new Promise((resolve) => setImmediate(resolve));
  return ref;
}

describe('settleHeap', () => {
  it('collects the garbage at once from the threshold on', async () => {
    const ref = await droppedObject();
    expect(settleHeap(100, 100)).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });

  it('asks for no collection below it', () => {
    expect(settleHeap(99, 100)).toBe(false);
    expect(settleHeap(0)).toBe(false);
  });
});
