import { readFileSync } from 'node:fs';
import { DatasetSchema } from '../../src/api/dataset-schema';
import type { ClaimStore } from '../store/claim-store';

/** Seeds an empty database with the default dataset (data/default-dataset.json); returns whether it did. */
export function seedIfEmpty(store: ClaimStore): boolean {
  if (!store.isEmpty()) return false;
  store.seed(DatasetSchema.parse(JSON.parse(readFileSync(new URL('../../data/default-dataset.json', import.meta.url), 'utf8'))));
  return true;
}
