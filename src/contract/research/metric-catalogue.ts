import type { Claim } from '../claim-schema';
import type { Metric } from '../metric-schema';
import type { Topic } from '../vocabulary';

const deployment = { id: 'troop_deployment', label: 'North Korean troops sent to Russia' };
const losses = { id: 'troop_losses', label: 'North Korean troop losses' };

/**
 * Plausibility ceilings (plausibleMax) are orders of magnitude above any reported figure, below
 * what is physically possible: North Korea's whole army is about 1.2 million; an import above
 * one is refused unless told to accept it.
 *
 * Labels, units and chart groups for the 13 metrics the research notes use (presentation, not
 * claims), troops first, then munitions. A metric alone on its chart has a group with its own id.
 */
export const METRIC_CATALOGUE: Record<string, Omit<Metric, 'id'>> = {
  troops_in_russia: {
    label: 'Troops in Russia',
    unit: 'personnel',
    topic: 'troops',
    description: 'North Korean military personnel reported to be in Russia.',
    plausibleMax: 300_000,
    chartGroup: deployment,
  },
  troops_in_kursk: {
    label: 'Troops in Kursk region',
    unit: 'personnel',
    topic: 'troops',
    description: 'North Korean military personnel reported deployed to Russia’s Kursk region.',
    plausibleMax: 300_000,
    chartGroup: deployment,
  },
  troops_projected: {
    label: 'Troops projected or warned',
    unit: 'personnel',
    topic: 'troops',
    description:
      'How many North Korean troops a speaker says may or will be sent: a projection or warning, not a count.',
    plausibleMax: 1_000_000,
    chartGroup: deployment,
  },
  troops_additional: {
    label: 'Additional troops',
    unit: 'personnel',
    topic: 'troops',
    description: 'North Korean troops reported sent to Russia in addition to, or to replace, earlier deployments.',
    plausibleMax: 300_000,
    chartGroup: deployment,
  },
  troop_casualties: {
    label: 'Casualties (killed or wounded)',
    unit: 'casualties',
    topic: 'troops',
    description: 'North Korean troops reported killed or wounded; sources count and define casualties differently.',
    plausibleMax: 300_000,
    chartGroup: losses,
  },
  troop_deaths: {
    label: 'Deaths',
    unit: 'killed',
    topic: 'troops',
    description: 'North Korean troops reported killed.',
    plausibleMax: 300_000,
    chartGroup: losses,
  },
  containers_shipped: {
    label: 'Containers shipped',
    unit: 'containers',
    topic: 'munitions',
    description: 'Containers of munitions or related materiel reported shipped from North Korea to Russia, cumulative.',
    plausibleMax: 1_000_000,
    chartGroup: { id: 'containers', label: 'Containers of munitions shipped' },
  },
  shells_shipped: {
    label: 'Artillery shells shipped',
    unit: 'shells',
    topic: 'munitions',
    description:
      'Artillery rounds reported supplied by North Korea to Russia, cumulative; some figures are conversions from container counts.',
    plausibleMax: 100_000_000,
    chartGroup: { id: 'shells', label: 'Artillery shells shipped (cumulative)' },
  },
  shells_shipped_per_year: {
    label: 'Shells per year',
    unit: 'shells a year',
    topic: 'munitions',
    description: 'Reported yearly rate of North Korean artillery shell supply to Russia.',
    plausibleMax: 100_000_000,
    chartGroup: { id: 'shells_shipped_per_year', label: 'Artillery shells shipped per year' },
  },
  share_of_russian_artillery_ammo: {
    label: 'Share of Russia’s artillery ammunition',
    unit: 'percent',
    topic: 'munitions',
    description: 'Share of the artillery ammunition Russia uses that is said to come from North Korea.',
    plausibleMax: 100,
    chartGroup: { id: 'share_of_russian_artillery_ammo', label: 'North Korean share of Russia’s artillery ammunition' },
  },
  missiles_fired: {
    label: 'Ballistic missiles fired',
    unit: 'missiles',
    topic: 'munitions',
    description: 'North Korean ballistic missiles (KN-23/24) reported fired by Russia at Ukraine, cumulative.',
    plausibleMax: 10_000,
    chartGroup: { id: 'missiles_fired', label: 'North Korean ballistic missiles fired' },
  },
  artillery_systems_supplied: {
    label: 'Artillery systems supplied',
    unit: 'systems',
    topic: 'munitions',
    description:
      'Self-propelled guns, rocket launchers and other artillery pieces reported supplied by North Korea to Russia.',
    plausibleMax: 100_000,
    chartGroup: { id: 'artillery_systems_supplied', label: 'Artillery systems supplied' },
  },
  munitions_transfers_any: {
    label: 'Any munitions transfers',
    unit: 'statements',
    topic: 'munitions',
    description: 'Statements on whether North Korea transferred any munitions to Russia at all, without a number.',
    plausibleMax: null,
    chartGroup: { id: 'munitions_transfers_any', label: 'Any munitions transfers' },
  },
};

const ORDER = Object.keys(METRIC_CATALOGUE);
const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
const topicRank = (topic: Topic) => (topic === 'troops' ? 0 : 1);

/**
 * The metrics the claims use: troops first, then munitions, each in catalogue order (metrics the
 * catalogue lacks after, by id). A metric the catalogue lacks still gets a chart of its own.
 */
export function metricsFor(claims: Claim[]): Metric[] {
  const used = [...new Set(claims.map((c) => c.metricId))];
  return used
    .map((id): Metric => ({ id, ...(METRIC_CATALOGUE[id] ?? fallbackMetric(id, claims)) }))
    .sort((a, b) => topicRank(a.topic) - topicRank(b.topic) || rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** The most frequent value; ties go to the one seen first. */
function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** A metric from its claims alone: label from the id, the claims' most common unit and topic, its own chart. */
export function fallbackMetric(id: string, claims: Claim[]): Omit<Metric, 'id'> {
  const mine = claims.filter((c) => c.metricId === id);
  const unit = mostCommon(mine.map((c) => c.figure.unit).filter((u): u is string => u !== null)) ?? 'count';
  const label = id.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return {
    label,
    unit: unit.slice(0, 80),
    topic: mostCommon(mine.map((c) => c.topic)) ?? 'troops',
    description: `Claims counted as "${label}" (the metric catalogue has no description for it yet).`,
    plausibleMax: null,
    chartGroup: { id, label },
  };
}
