import type { SourceEntity } from '../../src/contract/source-schema';
import type { StoreSession } from './claim-store';

/**
 * Saves the registry entities the store does not hold yet (those a source resolution added): how many. `stored` is the
 * store's list when the caller has just read it in the same transaction (else it is read here).
 */
export async function saveNewSources(
  store: StoreSession,
  registry: readonly SourceEntity[],
  stored?: readonly SourceEntity[],
): Promise<number> {
  const known = new Set((stored ?? (await store.sources.list())).map((s) => s.id));
  let saved = 0;
  for (const entity of registry)
    if (!known.has(entity.id)) {
      await store.sources.save(entity);
      saved += 1;
    }
  return saved;
}
