// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../src/contract/dataset-schema';
import { renderDataset } from './build-dataset';

const notes: unknown = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8'));
const committed = readFileSync('data/default-dataset.json', 'utf8');
const noteCount = Array.isArray(notes) ? notes.length : 0;
const { metrics, events } = DatasetSchema.parse(JSON.parse(committed));

describe('scripts/build-dataset.ts', () => {
  it('renders the research notes to exactly the committed bytes (run `npm run data:build` after changing the notes or the conversion)', () => {
    const { text, problems } = renderDataset(notes);
    expect(problems).toEqual([]);
    expect(text).toBe(committed);
  });

  it('summarises the real notes: a claim for each note, and the metrics and events it wrote', () => {
    expect(noteCount).toBeGreaterThan(0);
    expect(renderDataset(notes).summary).toBe(
      `${noteCount} claims, ${metrics.length} metrics, ${events.length} events, 0 rejected`,
    );
  });

  it('commits a file that parses with the dataset contract and says where it comes from', () => {
    const dataset = DatasetSchema.parse(JSON.parse(committed));
    expect(dataset.claims).toHaveLength(noteCount);
    expect(dataset.description).toContain(`${noteCount} research notes in data/research`);
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
    expect(summary).toBe(`${noteCount} claims, ${metrics.length} metrics, ${events.length} events, 1 rejected`);
    expect(problems).toHaveLength(1);
    // Notes are counted from 0: the one after the last real note is #noteCount.
    expect(problems[0]).toMatch(new RegExp(`^rejected note #${noteCount} \\(X9\\): topic: `));
  });
});
