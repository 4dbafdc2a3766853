// @vitest-environment node
import { readFileSync } from 'node:fs';
import { DatasetSchema } from '../dataset-schema';
import { buildDefaultDataset } from './build-default-dataset';

describe('the committed default dataset', () => {
  const committed: unknown = JSON.parse(readFileSync('data/default-dataset.json', 'utf8'));

  it('parses with the contract', () => {
    expect(DatasetSchema.safeParse(committed).success).toBe(true);
  });

  it('is exactly what the conversion makes of the research notes now (run `npm run data:build` after changing either)', () => {
    const notes: unknown = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildDefaultDataset(notes).dataset)));
  });

  it('gives every metric a chart group and every event a source', () => {
    const dataset = DatasetSchema.parse(committed);
    expect(dataset.metrics.map((m) => m.id).sort()).toEqual([...new Set(dataset.claims.map((c) => c.metricId))].sort());
    expect(dataset.events.every((e) => e.source.outlet.length > 0 && (e.source.quote ?? '').length > 0)).toBe(true);
  });
});
