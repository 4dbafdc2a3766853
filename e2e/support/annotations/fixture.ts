import { test as base } from '../../fixtures/test';
import { snapPageInBothSchemes, type PageSnap, type Scheme } from './snap-page';

export interface SnapshotFixtures {
  /**
   * The measured page at `path` in this project's viewport and this test's colour scheme: one
   * measurement per worker, shared by the tests that only read it. The first test to ask measures it
   * with its own page, in both themes: its own first, then the other, which the page follows.
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
    const key = (scheme: Scheme, path: string) => `${testInfo.project.name} ${scheme} ${path}`;
    await provide((path) => {
      const scheme: Scheme = colorScheme === 'dark' ? 'dark' : 'light';
      const known = snapshots.get(key(scheme, path));
      if (known) return known;
      const both = snapPageInBothSchemes(page, path, scheme);
      for (const each of ['light', 'dark'] as const) {
        const snap = both.then((snaps) => snaps[each]);
        snapshots.set(key(each, path), snap);
        // A measurement that failed is taken again by the next test that asks, not handed on.
        snap.catch(() => snapshots.delete(key(each, path)));
      }
      return both.then((snaps) => snaps[scheme]);
    });
  },
});
export { expect } from '../../fixtures/test';
