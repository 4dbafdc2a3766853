import { readFileSync } from 'node:fs';
import { DatasetSchema } from '../../src/contract/dataset-schema';
import { SOURCE_REGISTRY_SEED } from '../../src/contract/sources/source-registry-seed';
import { withSourceIds } from '../../src/contract/sources/resolve-claim-sources';
import type { ClaimStore } from '../store/claim-store';
import { seedInto } from '../store/seed-dataset';

/**
 * Seeds an empty database with the default dataset (data/default-dataset.json); returns whether it
 * did. A database seeded before source entities existed gets them instead (`backfillSources`).
 */
export async function seedIfEmpty(store: ClaimStore): Promise<boolean> {
  const dataset = () =>
    DatasetSchema.parse(JSON.parse(readFileSync(new URL('../../data/default-dataset.json', import.meta.url), 'utf8')));
  // Under a lock: servers starting together on one new database seed it once.
  const seeded = await store.transaction(async (tx) => {
    if ((await tx.claims.count()) > 0) return false;
    await seedInto(tx, dataset());
    return true;
  }, 'claimwatch seed');
  if (!seeded) await backfillSources(store);
  return seeded;
}

/**
 * When the database has claims but no source entities: saves the seed registry and an entity for
 * every other organisation the claims name, and links each claim without a source id to its
 * entity (history untouched). Returns how many claims it linked; does nothing once sources exist.
 */
export function backfillSources(store: ClaimStore): Promise<number> {
  return store.transaction(async (tx) => {
    if ((await tx.claims.count()) === 0 || (await tx.sources.list()).length > 0) return 0;
    const before = await tx.claims.list();
    const { claims, registry } = withSourceIds(before, [...SOURCE_REGISTRY_SEED]);
    for (const entity of registry) await tx.sources.save(entity);
    let linked = 0;
    for (const [i, claim] of claims.entries()) {
      if (claim === before[i]) continue;
      await tx.claims.save(claim, 'source backfill');
      linked += 1;
    }
    return linked;
  }, 'claimwatch seed');
}
