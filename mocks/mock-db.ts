import { DatasetSchema, type Dataset } from '../src/contract/dataset-schema';
import { SOURCE_REGISTRY_SEED } from '../src/contract/sources/source-registry-seed';
import { withSourceIds } from '../src/contract/sources/resolve-claim-sources';
import type { OriginDecision } from '../src/contract/origins/origin-schema';
import { withOrigins, type ClaimsWithOrigins } from '../src/contract/origins/with-origins';
import { gradeFromHistory, type GradeChange } from '../src/contract/grade-change-schema';
import rawDataset from '../data/default-dataset.json';

/**
 * Every claim linked to a source entity, as the server stores them: a dataset without sources
 * (built before the registry) starts from the seed registry, and organisations resolve to it.
 */
function withSources(dataset: Dataset): Dataset {
  const { claims, registry } = withSourceIds(
    dataset.claims,
    dataset.sources.length > 0 ? dataset.sources : [...SOURCE_REGISTRY_SEED],
  );
  return { ...dataset, claims, sources: registry };
}

/**
 * The mock API's data: the default dataset, parsed with the contract once so the mock cannot
 * drift from it. Tests and scenarios may swap it for synthetic data with `replaceMockDataset`.
 */
const defaultDataset: Dataset = withSources(DatasetSchema.parse(rawDataset));
let dataset: Dataset = defaultDataset;
/** Origin decisions made through the mock API, in memory until the dataset is replaced (or the page reloads). */
let decisions: OriginDecision[] = [];
let view: ClaimsWithOrigins | null = null;

export function mockDataset(): Dataset {
  return dataset;
}

export function defaultMockDataset(): Dataset {
  return defaultDataset;
}

export function replaceMockDataset(next: Dataset | null): void {
  dataset = next ? withSources(next) : defaultDataset;
  decisions = [];
  view = null;
}

export function mockOriginDecisions(): readonly OriginDecision[] {
  return decisions;
}

export function recordMockOriginDecision(decision: OriginDecision): void {
  decisions = [...decisions, decision];
  view = null;
}

/** The claims as both APIs serve them (with origins and corroboration), and the origins: derived once per change. */
export function mockView(): ClaimsWithOrigins {
  view ??= withOrigins(dataset.claims, dataset.sources, decisions);
  return view;
}

/**
 * A grade change kept in memory (until the dataset is replaced), appended as the server appends it: from the grade
 * the claim has now. Returns false for an id no claim has.
 */
export function recordMockGradeChange(id: string, change: Omit<GradeChange, 'from'>): boolean {
  const claim = dataset.claims.find((c) => c.id === id);
  if (!claim) return false;
  const gradeHistory = [...claim.gradeHistory, { ...change, from: claim.grade }];
  const updated = { ...claim, gradeHistory, grade: gradeFromHistory(gradeHistory, claim.grade).grade };
  dataset = { ...dataset, claims: dataset.claims.map((c) => (c.id === id ? updated : c)) };
  view = null;
  return true;
}
