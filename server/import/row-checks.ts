import type { Claim } from '../../src/contract/claim-schema';
import type { Issue } from '../../src/contract/issue-schema';
import type { Metric } from '../../src/contract/metric-schema';
import { MetricSchema } from '../../src/contract/metric-schema';
import { issuesFromZod } from '../../src/contract/issues-from-zod';
import { checkMetricId } from '../../src/contract/import-checks/metric-id-check';
import { figureBoundIssues } from '../../src/contract/import-checks/figure-checks';
import { METRIC_CATALOGUE, fallbackMetric } from '../../src/contract/research/metric-catalogue';
import type { Candidate } from './row-candidates';

/** The metrics a claim may use: the store's, the catalogue's, and those defined in the upload itself. */
export interface KnownMetrics {
  byId: Map<string, Metric>;
  /** Metrics the upload defines ("metrics" block), valid ones only. */
  uploaded: Map<string, Metric>;
  /** Problems with the upload's metric block, as warnings for the file. */
  problems: Issue[];
}

const metricDefaults = (id: string): Omit<Metric, 'id'> => ({
  label: `New metric: ${id.replace(/_/g, ' ')} (label to be set)`,
  unit: 'count',
  topic: 'troops',
  description: `Added by an import that gave no definition for "${id}". Set its label, unit, topic and chart.`,
  plausibleMax: null,
  chartGroup: { id, label: `New metric: ${id.replace(/_/g, ' ')}` },
});

export function knownMetrics(stored: Metric[], uploadBlock: unknown[]): KnownMetrics {
  const byId = new Map<string, Metric>();
  for (const [id, entry] of Object.entries(METRIC_CATALOGUE)) byId.set(id, { id, ...entry });
  // The store's own definitions win, with the catalogue's ceiling where a stored one has none.
  for (const m of stored)
    byId.set(m.id, { ...m, plausibleMax: m.plausibleMax ?? METRIC_CATALOGUE[m.id]?.plausibleMax ?? null });
  const uploaded = new Map<string, Metric>();
  const problems: Issue[] = [];
  uploadBlock.forEach((raw, index) => {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : '';
    const parsed = MetricSchema.safeParse({ ...metricDefaults(id), ...(typeof raw === 'object' ? raw : {}) });
    if (!parsed.success) problems.push(...issuesFromZod(parsed.error, raw, { prefix: ['metrics', index] }));
    else if (!byId.has(parsed.data.id)) uploaded.set(parsed.data.id, parsed.data);
  });
  return { byId, uploaded, problems };
}

/** The metric to create for a new id: the upload's definition, else a clear placeholder from the claims. */
export function newMetric(id: string, metrics: KnownMetrics, claims: Claim[]): Metric {
  const defined = metrics.uploaded.get(id);
  if (defined) return defined;
  const guess = fallbackMetric(id, claims);
  return { id, ...metricDefaults(id), unit: guess.unit, topic: guess.topic };
}

/**
 * Checks that need more than the row: its metric (known, new, or a misspelling of a known one),
 * the figure against the unit and the metric's plausibility ceiling, and ids repeated within the
 * upload. Refusals go to issues, remarks to warnings; both in claim field paths.
 */
export function checkRows(
  candidates: Candidate[],
  metrics: KnownMetrics,
  options: { acceptAboveCeiling: boolean },
): void {
  const known = [...metrics.byId.values(), ...metrics.uploaded.values()].map((m) => ({ id: m.id, label: m.label }));
  const firstRowOf = new Map<string, number>();
  for (const c of candidates) {
    if (c.id !== null) {
      const first = firstRowOf.get(c.id);
      if (first === undefined) firstRowOf.set(c.id, c.row);
      else
        c.issues.push({
          field: 'id',
          code: 'duplicate_id',
          message: `Duplicate id ${c.id}: row ${first} of this upload has it too`,
        });
    }
    const claim = c.claim;
    if (!claim) continue;
    const metricCheck = checkMetricId(claim.metricId, known);
    if (metricCheck.kind === 'refused') c.issues.push(metricCheck.issue);
    if (metricCheck.kind === 'new' && !metrics.uploaded.has(claim.metricId)) c.warnings.push(metricCheck.warning);
    const metric = metrics.byId.get(claim.metricId) ?? metrics.uploaded.get(claim.metricId) ?? null;
    const bounds = figureBoundIssues(claim.figure, metric, options);
    c.issues.push(...bounds.issues);
    c.warnings.push(...bounds.warnings);
    if (c.issues.length > 0) c.claim = null;
  }
}
