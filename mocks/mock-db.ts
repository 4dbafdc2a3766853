import { DatasetSchema, type Dataset } from '../src/api/dataset-schema';
import rawDataset from '../data/default-dataset.json';

/**
 * The mock API's data: the default dataset, parsed with the contract once so the mock cannot
 * drift from it. Tests and scenarios may swap it for synthetic data with `replaceMockDataset`.
 */
const defaultDataset: Dataset = DatasetSchema.parse(rawDataset);
let dataset: Dataset = defaultDataset;

export function mockDataset(): Dataset {
  return dataset;
}

export function defaultMockDataset(): Dataset {
  return defaultDataset;
}

export function replaceMockDataset(next: Dataset | null): void {
  dataset = next ?? defaultDataset;
}
