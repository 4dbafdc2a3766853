import type { Dataset } from '../dataset-schema';
import { crossClaimWarningsForAll } from '../import-checks/cross-claim-checks';
import { withSourceIds } from '../sources/resolve-claim-sources';
import { SOURCE_REGISTRY_SEED } from '../sources/source-registry-seed';
import { convertResearchNotes, type RejectedNote } from './convert-research-notes';
import { metricsFor } from './metric-catalogue';
import { CONTEXT_EVENTS } from './context-events';
import { withOrigins } from '../origins/with-origins';

export const DATASET_DESCRIPTION =
  'Converted from the 64 research notes in data/research/reported-claims.json and the seed texts in data/seeds/ by scripts/build-dataset.ts. No figure was added: every claim keeps its outlet, address, dates, quote and verification as the notes give them.';

/**
 * The default dataset from research notes (as parsed JSON): claims with their source entities
 * (resolved through the registry seed), the warnings the import's checks would give them and
 * their origins as both APIs derive them; their metrics, context events, the source registry
 * and the origins.
 */
export function buildDefaultDataset(notes: unknown): { dataset: Dataset; rejected: RejectedNote[] } {
  const { claims: converted, rejected } = convertResearchNotes(notes);
  const { claims: resolved, registry, warnings: sourceWarnings } = withSourceIds(converted, [...SOURCE_REGISTRY_SEED]);
  const cross = crossClaimWarningsForAll(resolved);
  const { claims, origins } = withOrigins(
    resolved.map((c) => ({
      ...c,
      warnings: [...c.warnings, ...(sourceWarnings.get(c.id) ?? []), ...(cross.get(c.id) ?? [])],
    })),
    registry,
  );
  return {
    dataset: {
      description: DATASET_DESCRIPTION,
      claims,
      metrics: metricsFor(claims),
      events: CONTEXT_EVENTS,
      sources: registry,
      origins,
    },
    rejected,
  };
}
