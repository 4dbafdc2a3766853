// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../src/contract/dataset-schema';
import { renderDataset } from './build-dataset';

const notes: unknown = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8'));
const committed = readFileSync('data/default-dataset.json', 'utf8');

describe('scripts/build-dataset.ts', () => {
  it('renders the research notes to exactly the committed bytes (run `npm run data:build` after changing the notes or the conversion)', () => {
    const { text, problems } = renderDataset(notes);
    expect(problems).toEqual([]);
    expect(text).toBe(committed);
  });

  it('summarises the real notes', () => {
    expect(renderDataset(notes).summary).toBe('64 claims, 13 metrics, 4 events, 0 rejected');
  });

  it('commits a file that parses with the dataset contract and says where it comes from', () => {
    const dataset = DatasetSchema.parse(JSON.parse(committed));
    expect(dataset.claims).toHaveLength(64);
    expect(dataset.description).toMatch(/64 research notes in data\/research/);
    expect(dataset.description).toMatch(/seed texts/);
    expect(dataset.description).toMatch(/No figure was added/);
  });

  it('is deterministic', () => {
    expect(renderDataset(notes).text).toBe(renderDataset(notes).text);
  });

  it('writes nothing when a note is rejected, and names it', () => {
    const list = Array.isArray(notes) ? notes : [];
    const { text, summary, problems } = renderDataset([...list, { claim_id: 'X9' }]);
    expect(text).toBeNull();
    expect(summary).toBe('64 claims, 13 metrics, 4 events, 1 rejected');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^rejected note #64 \(X9\): topic: /);
  });
});
