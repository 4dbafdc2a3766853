import { readFileSync } from 'node:fs';
import { DatasetSchema } from './dataset-schema';
import { claimColumns } from './claim-columns';
import { summarizeColumns, warmUpSummaries } from './summarize-claims';
import { compareClaims } from './select-claims';

/*
 * The warm-up a server runs with its first view (warmUpSummaries) reads the view's columns and shares the summaries'
 * working arrays: it must leave both as a reader's summary finds them. The shipped dataset, in the server's order.
 */
const dataset = DatasetSchema.parse(JSON.parse(readFileSync('data/default-dataset.json', 'utf8')));

describe('the summaries’ warm-up', () => {
  it('leaves every summary answering as it did before it, over other claims too', () => {
    const claims = [...dataset.claims].sort(compareClaims);
    const columns = claimColumns(claims);
    const half = claimColumns(claims.filter((_, i) => i % 2 === 0));
    const before = [columns, half].map((c) => summarizeColumns(c, null, dataset.metrics, { samples: 3 }));
    warmUpSummaries(half);
    const after = [columns, half].map((c) => summarizeColumns(c, null, dataset.metrics, { samples: 3 }));
    expect(after).toEqual(before);
    expect(before[0]?.reduce((n, chart) => n + chart.claimCount, 0)).toBe(claims.length);
  });
});
