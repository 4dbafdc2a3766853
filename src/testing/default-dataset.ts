import { readFileSync } from 'node:fs';
import type { Claim } from '@/contract/claim-schema';
import type { SourceEntity } from '@/contract/source-schema';

const dataset = JSON.parse(readFileSync('data/default-dataset.json', 'utf8')) as {
  claims: Claim[];
  sources: SourceEntity[];
};

/** The default data as the contract types it, for tests (the file is checked against the schema in build-default-dataset.test.ts). */
export const DEFAULT_CLAIMS = dataset.claims;
export const DEFAULT_REGISTRY = dataset.sources;

export function defaultClaim(id: string): Claim {
  const found = DEFAULT_CLAIMS.find((c) => c.id === id);
  if (!found) throw new Error(`No claim ${id} in the default data`);
  return found;
}
