import type { Dataset } from '../../src/contract/dataset-schema';
import { SOURCE_REGISTRY_SEED } from '../../src/contract/sources/source-registry-seed';
import { withSourceIds } from '../../src/contract/sources/resolve-claim-sources';
import type { StoreSession } from './claim-store';

/** Saves a dataset; claims without a source id are linked to its sources (the seed registry when it has none). */
export async function seedInto(store: StoreSession, dataset: Dataset): Promise<void> {
  const linked = withSourceIds(
    dataset.claims,
    dataset.sources.length > 0 ? dataset.sources : [...SOURCE_REGISTRY_SEED],
  );
  for (const entity of linked.registry) await store.sources.save(entity);
  for (const claim of linked.claims) await store.claims.save(claim, 'default dataset');
  await store.reference.upsertMetrics(dataset.metrics);
  await store.reference.saveEvents(dataset.events);
}
