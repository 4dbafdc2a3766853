// @vitest-environment node
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ClaimFiltersSchema } from '../../src/contract/claim-filters';
import { selectClaims } from '../../src/contract/select-claims';
import { testServerPool } from '../testing/test-server';

/*
 * Migration 008 on a database from before it: a filter index full of rows without the `unarchived` column. The
 * migration empties them and the next start fills them again, so archive=none is answered exactly at once.
 * SYNTHETIC capture (archive.example), made for this test.
 */
describe('migration 008 (unarchived) on a database made before it', () => {
  const start = testServerPool();

  it('fills every index row again on the first start after it', async () => {
    const first = await start({ engine: 'sqlite' });
    const claim = await first.store.claims.get('C040');
    if (!claim) throw new Error('C040 is in the default dataset');
    const { verification, ...content } = claim;
    await first.store.claims.edit('C040', {
      ...content,
      source: {
        ...claim.source,
        archives: [{ url: 'https://archive.example/c040', capturedOn: '2025-03-12', sha256: null }],
      },
      verification: { note: verification.note, contestedBy: verification.contestedBy, laterDevelopments: null },
    });
    await first.close();

    // Back to the schema of migration 007, with the index rows as they were (as many as the claims).
    const db = new Database(join(first.dataDir, 'claimwatch.sqlite'));
    db.exec(`DROP INDEX claim_filter_unarchived;
      ALTER TABLE claim_filter_index DROP COLUMN unarchived;
      DELETE FROM schema_migrations WHERE version = '008_claim_filter_archive.sql';`);
    db.close();

    const again = await start({ ...first.reopen, engine: 'sqlite' });
    const filters = ClaimFiltersSchema.parse({ archive: 'none' });
    const ids = [...((await again.store.claims.matchingIds(filters))?.ids ?? [])].sort();
    const expected = selectClaims(await again.store.claims.list(), filters)
      .map((c) => c.id)
      .sort();
    expect(ids).toEqual(expected);
    expect(ids).not.toContain('C040');
    expect(ids.length).toBeGreaterThan(0);
  });
});
