import type { SourceEntity } from '../../src/contract/source-schema';
import type { StoreSession } from './claim-store';

/** Saves the registry entities the store does not hold yet: those a source resolution added. */
export async function saveNewSources(store: StoreSession, registry: readonly SourceEntity[]): Promise<void> {
  const known = new Set((await store.sources.list()).map((s) => s.id));
  for (const entity of registry) if (!known.has(entity.id)) await store.sources.save(entity);
}
