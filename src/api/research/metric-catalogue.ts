import type { Claim } from '../claim-schema';
import type { Metric } from '../metric-schema';

const deployment = { id: 'troop_deployment', label: 'North Korean troops sent to Russia' };
const losses = { id: 'troop_losses', label: 'North Korean troop losses' };

/** Labels and chart groups for the metrics the research notes use (presentation, not claims). */
export const METRIC_CATALOGUE: Record<string, Omit<Metric, 'id'>> = {
  troops_in_russia: { label: 'Troops in Russia', unit: 'personnel', topic: 'troops', description: 'North Korean military personnel reported to be in Russia.', chartGroup: deployment },
  troops_in_kursk: { label: 'Troops in Kursk region', unit: 'personnel', topic: 'troops', description: 'North Korean personnel reported deployed to Russia’s Kursk region.', chartGroup: deployment },
  troops_projected: { label: 'Troops projected or warned', unit: 'personnel', topic: 'troops', description: 'How many North Korean troops a speaker says may or will be sent: a projection or warning, not a count.', chartGroup: deployment },
  troops_additional: { label: 'Additional troops', unit: 'personnel', topic: 'troops', description: 'Further North Korean troops reported sent after the first deployment.', chartGroup: deployment },
  troop_casualties: { label: 'Casualties (killed or wounded)', unit: 'casualties', topic: 'troops', description: 'North Korean troops reported killed or wounded; definitions vary by source.', chartGroup: losses },
  troop_deaths: { label: 'Deaths', unit: 'killed', topic: 'troops', description: 'North Korean troops reported killed.', chartGroup: losses },
  containers_shipped: { label: 'Containers shipped', unit: 'containers', topic: 'munitions', description: 'Shipping containers of munitions or related materiel reported moved from North Korea to Russia, cumulative.', chartGroup: { id: 'containers', label: 'Containers of munitions shipped to Russia' } },
  shells_shipped: { label: 'Artillery shells shipped', unit: 'shells', topic: 'munitions', description: 'Artillery rounds reported supplied, cumulative; several figures are conversions from container counts.', chartGroup: { id: 'shells', label: 'Artillery shells shipped to Russia' } },
  shells_shipped_per_year: { label: 'Shells per year', unit: 'shells a year', topic: 'munitions', description: 'Reported annual rate of artillery shell supply.', chartGroup: { id: 'shells_per_year', label: 'Artillery shells supplied per year' } },
  share_of_russian_artillery_ammo: { label: 'Share of Russia’s artillery ammunition', unit: 'percent', topic: 'munitions', description: 'Share of Russia’s artillery ammunition said to come from North Korea.', chartGroup: { id: 'ammo_share', label: 'North Korean share of Russia’s artillery ammunition' } },
  missiles_fired: { label: 'Ballistic missiles fired', unit: 'missiles', topic: 'munitions', description: 'North Korean ballistic missiles (KN-23/24) reported fired by Russia at Ukraine, cumulative.', chartGroup: { id: 'missiles', label: 'North Korean ballistic missiles fired at Ukraine' } },
  artillery_systems_supplied: { label: 'Artillery systems supplied', unit: 'systems', topic: 'munitions', description: 'Self-propelled guns and rocket launchers reported supplied.', chartGroup: { id: 'artillery_systems', label: 'Artillery systems supplied to Russia' } },
  munitions_transfers_any: { label: 'Any munitions transfers', unit: 'statements', topic: 'munitions', description: 'Statements on whether any munitions were transferred at all.', chartGroup: { id: 'munitions_transfers_any', label: 'Statements on any munitions transfers' } },
};

const ORDER = Object.keys(METRIC_CATALOGUE);

/** The metrics the claims use, troops first then munitions; an uncatalogued metric still gets a chart. */
export function metricsFor(claims: Claim[]): Metric[] {
  const used = [...new Set(claims.map((c) => c.metricId))];
  return used
    .map((id) => ({ id, ...(METRIC_CATALOGUE[id] ?? fallback(id, claims)) }))
    .sort((a, b) => (a.topic === b.topic ? rank(a.id) - rank(b.id) : a.topic === 'troops' ? -1 : 1));
}

function rank(id: string): number {
  const index = ORDER.indexOf(id);
  return index === -1 ? ORDER.length : index;
}

function fallback(id: string, claims: Claim[]): Omit<Metric, 'id'> {
  const mine = claims.filter((c) => c.metricId === id);
  const units = new Map<string, number>();
  for (const c of mine) if (c.figure.unit) units.set(c.figure.unit, (units.get(c.figure.unit) ?? 0) + 1);
  const unit = [...units].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'count';
  const label = id.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return { label, unit: unit.slice(0, 80), topic: mine[0]?.topic ?? 'troops', description: `Claims for "${label}" (no description in the catalogue yet).`, chartGroup: { id, label } };
}
