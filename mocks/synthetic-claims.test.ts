import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../src/contract/dataset-schema';
import rawDataset from '../data/default-dataset.json';
import { SYNTHETIC_OUTLET, syntheticDataset } from './synthetic-claims';

describe('syntheticDataset', () => {
  const base = DatasetSchema.parse(rawDataset);

  it('makes valid, clearly labelled claims', () => {
    const dataset = DatasetSchema.parse(syntheticDataset(base, 500));
    expect(dataset.claims).toHaveLength(500);
    expect(new Set(dataset.claims.map((c) => c.id)).size).toBe(500);
    expect(dataset.claims.every((c) => c.source.outlet === SYNTHETIC_OUTLET && c.id.startsWith('SYN-'))).toBe(true);
    expect(dataset.description).toMatch(/^SYNTHETIC/);
  });

  it('gives the same claims for the same seed and others for another', () => {
    expect(syntheticDataset(base, 50, 7).claims).toEqual(syntheticDataset(base, 50, 7).claims);
    expect(syntheticDataset(base, 50, 8).claims).not.toEqual(syntheticDataset(base, 50, 7).claims);
  });
});
