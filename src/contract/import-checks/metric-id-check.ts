import { editDistance } from '../edit-distance';
import { issue, type Issue } from '../issue-schema';

export type KnownMetric = { readonly id: string; readonly label: string };
export type MetricIdCheck = { kind: 'known' } | { kind: 'refused'; issue: Issue } | { kind: 'new'; warning: Issue };

/** The shape of every metric id (as MetricSchema has it). */
export const METRIC_ID_PATTERN = /^[a-z0-9_]{1,64}$/;
const MAX_SUGGESTIONS = 3;

/**
 * Whether an imported claim's metric id is one Claimwatch has, a near miss of one (refused, with
 * the nearest as suggestions: a misspelt metric would silently get a chart of its own), not an id
 * at all (refused), or a genuinely new metric (accepted, with a warning).
 */
export function checkMetricId(id: string, known: readonly KnownMetric[], field = 'metricId'): MetricIdCheck {
  if (known.some((metric) => metric.id === id)) return { kind: 'known' };
  const near = nearestMetrics(id, known);
  if (near.length > 0) {
    const named = near.map((m) => `"${m.id}" (${m.label})`);
    const options = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} or ${named.at(-1)}`;
    return {
      kind: 'refused',
      issue: issue(field, 'unknown_metric', `Unknown metric ${quoted(id)}: did you mean ${options}?`),
    };
  }
  if (!METRIC_ID_PATTERN.test(id)) {
    const slug = id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 64);
    const example = slug === '' ? '' : `, e.g. "${slug}"`;
    const message = `Metric id ${quoted(id)} is not valid: use 1 to 64 lowercase letters a-z, digits 0-9 and underscores${example}.`;
    return { kind: 'refused', issue: issue(field, 'bad_metric_id', message) };
  }
  const message =
    `New metric "${id}": it gets its own chart. Check the id is not a misspelling of an existing metric; ` +
    'give its label and unit in a "metrics" block of the upload.';
  return { kind: 'new', warning: issue(field, 'new_metric', message) };
}

/**
 * Known metrics the id is a near miss of, nearest first (at most three): the same but for case,
 * spaces, hyphens or underscores (distance 0), else within a Damerau–Levenshtein distance of 1
 * (known ids up to 8 characters) or 2 (longer), case aside.
 */
function nearestMetrics(id: string, known: readonly KnownMetric[]): KnownMetric[] {
  const loose = looseForm(id);
  const chars = Array.from(id, (c) => c.toLowerCase());
  return known
    .map((metric) => ({
      metric,
      distance:
        looseForm(metric.id) === loose ? 0 : editDistance(chars, Array.from(metric.id), metric.id.length <= 8 ? 1 : 2),
    }))
    .filter((near) => near.distance <= (near.metric.id.length <= 8 ? 1 : 2))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_SUGGESTIONS)
    .map((near) => near.metric);
}

const looseForm = (id: string) => id.toLowerCase().replace(/[\s_-]+/g, '');
const quoted = (id: string) => `"${id.length > 80 ? `${id.slice(0, 80)}…` : id}"`;
