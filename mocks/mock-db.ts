import { DatasetSchema, type Dataset } from '../src/api/dataset-schema';
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
