import type { Claim } from '../../src/contract/claim-schema';
import type { Sequence } from '../../src/contract/chunked-list';
import type { Metric } from '../../src/contract/metric-schema';
import { ClaimFiltersSchema } from '../../src/contract/claim-filters';
import { rememberedColumns } from '../../src/contract/claim-columns';
import { scanPositions } from '../../src/contract/column-filters';
import { summarizeColumns } from '../../src/contract/summarize-claims';
import { DEFAULT_SAMPLES } from '../../src/contract/claim-summary';

/**
 * Searches a first view answers as a reader's would be answered: a word of one digit (which about half the claims hold:
 * the signatures answer it) and one of two (the pair index answers it), each summarised, a few times over.
 */
const SEARCHES = ['0', '10'].map((q) => ClaimFiltersSchema.parse({ q }));

/**
 * The dashboard's own filters, which the columns answer with no text read: a state and a period, with and without a
 * metric. At 1,000,000 claims the first of them a server answered took 155 ms, the next ones 14–48 (sixteenth pass).
 */
const dashboardFilters = (metrics: readonly Metric[]) => [
  ClaimFiltersSchema.parse({ state: ['unverified'], from: '2024-01-01', to: '2025-06-30' }),
  ...metrics
    .slice(0, 1)
    .map((metric) =>
      ClaimFiltersSchema.parse({ metric: metric.id, state: ['corroborated'], from: '2023-01-01', to: '2025-12-31' }),
    ),
];
const ROUNDS = 3;

/** Whether this process has run them (warmUpSearches). */
let warmedUp = false;

/**
 * Runs SEARCHES and the dashboard's filters over `claims` (a view's, with their search texts made) and summarises what
 * each keeps into the charts of `metrics`, the first time it is called in a process, and answers nothing. V8 optimises
 * code only once it has run: at 1,000,000 claims the first searched summary after a start took 10 + 46 ms (scan +
 * summary, in Node) against 5 + 35 after these (0.2 s), and the first one a server answered was the slowest of the
 * benchmark's thirty (docs/benchmarks.md). Nothing is kept: a scan and a summary write only their working arrays.
 */
export function warmUpSearches(claims: Sequence<Claim>, metrics: readonly Metric[]): void {
  if (warmedUp) return;
  warmedUp = true;
  const columns = rememberedColumns(claims);
  const asked = [...SEARCHES, ...dashboardFilters(metrics)];
  for (let round = 0; round < ROUNDS; round += 1)
    for (const filters of asked)
      summarizeColumns(columns, scanPositions(columns, filters), metrics, { samples: DEFAULT_SAMPLES });
}
