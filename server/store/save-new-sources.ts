import type { SourceEntity } from '../../src/contract/source-schema';
import type { StoreSession } from './claim-store';

/** Saves the registry entities the store does not hold yet (those a source resolution added): how many. */
export async function saveNewSources(store: StoreSession, registry: readonly SourceEntity[]): Promise<number> {
  const known = new Set((await store.sources.list()).map((s) => s.id));
  let saved = 0;
  for (const entity of registry)
    if (!known.has(entity.id)) {
      await store.sources.save(entity);
      saved += 1;
    }
  return saved;
}
