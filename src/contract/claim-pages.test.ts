import fc from 'fast-check';
import { makeClaim } from '@/testing/make-claim';
import { cursorAfter, pageOf, readCursor } from './claim-pages';
import { compareClaims } from './select-claims';

/** SYNTHETIC claims: ids and dates (day, month or year precision, or none) drawn at random, in the list's order. */
const claimList = fc
  .uniqueArray(
    fc.record({
      id: fc.stringMatching(/^[A-Z][A-Za-z0-9_-]{0,8}$/),
      claimedOn: fc.option(
        fc.constantFrom('2024', '2024-10', '2024-10-18', '2024-10-19', '2024-11', '2025-01-02', '2023-12-31'),
        { nil: null },
      ),
    }),
    { selector: (c) => c.id, maxLength: 60 },
  )
  .map((list) => list.map((c) => makeClaim(c)).sort(compareClaims));

function walk(list: ReturnType<typeof makeClaim>[], limit: number) {
  const pages: string[][] = [];
  let cursor: ReturnType<typeof readCursor> = null;
  for (;;) {
    const page = pageOf(list, cursor, limit);
    pages.push(page.items.map((c) => c.id));
    if (!page.nextCursor) return pages;
    cursor = readCursor(page.nextCursor);
    if (!cursor) throw new Error('the API could not read its own cursor');
  }
}

describe('pageOf (fast-check)', () => {
  it('walks the whole list in order, each claim once, every page full but the last', () => {
    fc.assert(
      fc.property(claimList, fc.integer({ min: 1, max: 25 }), (list, limit) => {
        const pages = walk(list, limit);
        expect(pages.flat()).toEqual(list.map((c) => c.id));
        expect(pages.slice(0, -1).every((p) => p.length === limit)).toBe(true);
        expect(pages.length).toBe(Math.max(1, Math.ceil(list.length / limit)));
      }),
    );
  });

  it('goes on after the claim it names even when that claim is gone, and repeats none when one is added', () => {
    fc.assert(
      fc.property(claimList, fc.integer({ min: 1, max: 10 }), (list, limit) => {
        fc.pre(list.length > limit);
        const first = pageOf(list, null, limit);
        const cursor = readCursor(first.nextCursor ?? '');
        const removed = list.filter((c) => c.id !== first.items.at(-1)?.id);
        const added = [...list, makeClaim({ id: 'Zadded', claimedOn: '2000-01-01' })].sort(compareClaims);
        expect(pageOf(removed, cursor, limit).items[0]?.id).toBe(list[limit]?.id);
        expect(pageOf(added, cursor, limit).items[0]?.id).toBe(list[limit]?.id);
      }),
    );
  });
});

describe('readCursor', () => {
  it('reads back what cursorAfter wrote, undated claims included', () => {
    expect(readCursor(cursorAfter({ id: 'C040', claimedOn: '2024-10' }))).toEqual({ id: 'C040', claimedOn: '2024-10' });
    expect(readCursor(cursorAfter({ id: 'C041', claimedOn: null }))).toEqual({ id: 'C041', claimedOn: null });
  });

  it.each(['', 'not a cursor', '!!!', btoa('{"id":"<script>","claimedOn":null}'), btoa('[]'), 'x'.repeat(500)])(
    'refuses %j',
    (text) => expect(readCursor(text)).toBeNull(),
  );
});
