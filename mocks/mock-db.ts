import { DatasetSchema, type Dataset } from '../src/api/dataset-schema';
import type { SourceSummary } from '../src/api/responses';
import rawDataset from '../data/default-dataset.json';

/**
 * The mock API's data: the default dataset, parsed with the contract once so the mock cannot
 * drift from it. Tests may swap it for synthetic data with `replaceMockDataset`.
 */
let dataset: Dataset = DatasetSchema.parse(rawDataset);
const defaultDataset = dataset;

export function mockDataset(): Dataset {
  return dataset;
}

export function replaceMockDataset(next: Dataset | null): void {
  dataset = next ?? defaultDataset;
}

export function sourceSummaries(data: Dataset): SourceSummary[] {
  const byOrganisation = new Map<string, SourceSummary>();
  for (const claim of data.claims) {
    const { organisation, type, country } = claim.speaker;
    const entry = byOrganisation.get(organisation) ?? { organisation, type, country, claimCount: 0 };
    entry.claimCount += 1;
    byOrganisation.set(organisation, entry);
  }
  return [...byOrganisation.values()].sort((a, b) => b.claimCount - a.claimCount || a.organisation.localeCompare(b.organisation));
}
