import type { SourceEntity } from '../../src/contract/source-schema';
import type { ClaimStore } from './claim-store';

/** Saves the registry entities the store does not hold yet: those a source resolution added. */
export function saveNewSources(store: ClaimStore, registry: readonly SourceEntity[]): void {
  const known = new Set(store.listSources().map((s) => s.id));
  for (const entity of registry) if (!known.has(entity.id)) store.saveSource(entity);
}
