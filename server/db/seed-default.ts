import { readFileSync } from 'node:fs';
import { DatasetSchema } from '../../src/contract/dataset-schema';
import { SOURCE_REGISTRY_SEED } from '../../src/contract/sources/source-registry-seed';
import { withSourceIds } from '../../src/contract/sources/resolve-claim-sources';
import type { ClaimStore } from '../store/claim-store';

/**
 * Seeds an empty database with the default dataset (data/default-dataset.json); returns whether it
 * did. A database seeded before source entities existed gets them instead (`backfillSources`).
 */
export function seedIfEmpty(store: ClaimStore): boolean {
  if (!store.isEmpty()) {
    backfillSources(store);
    return false;
  }
  store.seed(
    DatasetSchema.parse(JSON.parse(readFileSync(new URL('../../data/default-dataset.json', import.meta.url), 'utf8'))),
  );
  return true;
}

/**
 * When the database has claims but no source entities: saves the seed registry and an entity for
 * every other organisation the claims name, and links each claim without a source id to its
 * entity (history untouched). Returns how many claims it linked; does nothing once sources exist.
 */
export function backfillSources(store: ClaimStore): number {
  if (store.isEmpty() || store.listSources().length > 0) return 0;
  return store.transaction(() => {
    const before = store.listClaims();
    const { claims, registry } = withSourceIds(before, [...SOURCE_REGISTRY_SEED]);
    for (const entity of registry) store.saveSource(entity);
    let linked = 0;
    claims.forEach((claim, i) => {
      if (claim === before[i]) return;
      store.saveClaim(claim, 'source backfill');
      linked += 1;
    });
    return linked;
  });
}
