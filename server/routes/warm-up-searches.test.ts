import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DatasetSchema } from '../../src/contract/dataset-schema';
import { ClaimFiltersSchema } from '../../src/contract/claim-filters';
import { rememberedColumns } from '../../src/contract/claim-columns';
import { scanPositions } from '../../src/contract/column-filters';
import { summarizeColumns } from '../../src/contract/summarize-claims';
import { compareClaims } from '../../src/contract/select-claims';
import { warmUpSearches } from './warm-up-searches';

/*
 * The searches a server runs with its first view (warmUpSearches) read that view's columns and texts and share the
 * scans' and summaries' working arrays: they must leave all of them as a reader's search finds them. The shipped
 * dataset, in the server's order.
 */
const dataset = DatasetSchema.parse(JSON.parse(readFileSync('data/default-dataset.json', 'utf8')));
const QUERIES = ['0', '10', 'ur', 'kim', 'zz', '2024 troops'].map((q) => ({ q }));
/** The dashboard's own filters, which the columns answer: those the warm-up asks and others. */
const FILTERS = [
  { state: ['unverified'], from: '2024-01-01', to: '2025-06-30' },
  { metric: dataset.metrics[0]?.id, state: ['corroborated'], from: '2023-01-01', to: '2025-12-31' },
  { metric: dataset.metrics[1]?.id, state: ['single_source', 'disputed_denied'] },
  { from: '2024-10-01' },
];

/** What a reader asks of `claims`: per query, the positions a search keeps and their summary. */
function answers(claims: readonly (typeof dataset.claims)[number][]) {
  const columns = rememberedColumns(claims);
  return [...QUERIES, ...FILTERS].map((asked) => {
    const positions = scanPositions(columns, ClaimFiltersSchema.parse(asked)).slice();
    return { asked, positions: [...positions], charts: summarizeColumns(columns, positions, dataset.metrics) };
  });
}

describe('the searches’ warm-up', () => {
  it('leaves every search and its summary answering as before it, over the view warmed and over another', () => {
    const view = [...dataset.claims].sort(compareClaims);
    const other = view.filter((_, i) => i % 3 !== 0);
    const before = [answers(view), answers(other)];
    warmUpSearches(view, dataset.metrics);
    expect([answers(view), answers(other)]).toEqual(before);
    // Not answered by nothing: the searches keep some claims and miss others.
    const kept = before[0]?.map((answer) => answer.positions.length) ?? [];
    expect(kept.some((n) => n > 0) && kept.some((n) => n < view.length)).toBe(true);
  });
});
