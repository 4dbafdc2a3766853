import { test as base } from '../../fixtures/test';
import { snapPage, type PageSnap } from './snap-page';

export interface SnapshotFixtures {
  /**
   * The measured page at `path` in this project's viewport and this test's colour scheme: one
   * measurement per worker, shared by the tests that only read it (the first test to ask measures
   * it with its own page).
   */
  snapshot: (path: string) => Promise<PageSnap>;
}

export const test = base.extend<SnapshotFixtures, { snapshots: Map<string, Promise<PageSnap>> }>({
  snapshots: [
    // eslint-disable-next-line no-empty-pattern -- a worker fixture that needs no other fixture
    async ({}, provide) => provide(new Map()),
    { scope: 'worker' },
  ],
  snapshot: async ({ page, colorScheme, snapshots }, provide, testInfo) => {
    await provide((path) => {
      const key = `${testInfo.project.name} ${colorScheme} ${path}`;
      let snap = snapshots.get(key);
      if (!snap) {
        snap = snapPage(page, path);
        snapshots.set(key, snap);
        // A measurement that failed is taken again by the next test that asks, not handed on.
        snap.catch(() => snapshots.delete(key));
      }
      return snap;
    });
  },
});
export { expect } from '../../fixtures/test';
