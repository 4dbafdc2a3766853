import { readFileSync } from 'node:fs';
import { makeClaim } from '@/testing/make-claim';
import { MetricSchema } from '../metric-schema';
import { METRIC_CATALOGUE, metricsFor } from './metric-catalogue';

const figure = (unit: string | null) => ({
  value: 5,
  low: null,
  high: null,
  text: null,
  qualifier: null,
  bound: 'exact' as const,
  unit,
});
const metricsInData = (): string[] => {
  const notes: unknown = JSON.parse(readFileSync('data/research/reported-claims.json', 'utf8'));
  return [
    ...new Set(
      (Array.isArray(notes) ? notes : []).map((n: unknown) =>
        typeof n === 'object' && n !== null && 'metric' in n ? String(n.metric) : '',
      ),
    ),
  ];
};

describe('METRIC_CATALOGUE', () => {
  it('describes exactly the 13 metrics of the research notes, each valid in the contract', () => {
    expect(Object.keys(METRIC_CATALOGUE).sort()).toEqual(metricsInData().sort());
    expect(Object.keys(METRIC_CATALOGUE)).toHaveLength(13);
    for (const [id, metric] of Object.entries(METRIC_CATALOGUE))
      expect(MetricSchema.safeParse({ id, ...metric }).success).toBe(true);
  });

  it.each([
    ['troops_in_russia', 'troop_deployment', 'North Korean troops sent to Russia'],
    ['troops_in_kursk', 'troop_deployment', 'North Korean troops sent to Russia'],
    ['troops_projected', 'troop_deployment', 'North Korean troops sent to Russia'],
    ['troops_additional', 'troop_deployment', 'North Korean troops sent to Russia'],
    ['troop_casualties', 'troop_losses', 'North Korean troop losses'],
    ['troop_deaths', 'troop_losses', 'North Korean troop losses'],
    ['containers_shipped', 'containers', 'Containers of munitions shipped'],
    ['shells_shipped', 'shells', 'Artillery shells shipped (cumulative)'],
    ['munitions_transfers_any', 'munitions_transfers_any', 'Any munitions transfers'],
  ])('%s is charted in %s', (metric, group, label) => {
    expect(METRIC_CATALOGUE[metric]?.chartGroup).toEqual({ id: group, label });
  });

  it('gives each remaining metric a chart of its own', () => {
    for (const id of [
      'shells_shipped_per_year',
      'share_of_russian_artillery_ammo',
      'missiles_fired',
      'artillery_systems_supplied',
      'munitions_transfers_any',
    ]) {
      const others = Object.entries(METRIC_CATALOGUE).filter(
        ([other, m]) => other !== id && m.chartGroup.id === METRIC_CATALOGUE[id]?.chartGroup.id,
      );
      expect(others).toEqual([]);
    }
  });
});

describe('metricsFor', () => {
  it('lists the metrics in use, troops before munitions, in catalogue order', () => {
    const claims = [
      makeClaim({ metricId: 'containers_shipped', topic: 'munitions' }),
      makeClaim({ metricId: 'troops_projected' }),
      makeClaim({ metricId: 'troops_in_russia' }),
      makeClaim({ metricId: 'troops_in_russia' }),
    ];
    expect(metricsFor(claims).map((m) => m.id)).toEqual(['troops_in_russia', 'troops_projected', 'containers_shipped']);
  });

  it('gives a metric the catalogue does not know its own chart, a label from its id and the most common unit', () => {
    const claims = [
      makeClaim({ id: 'A', metricId: 'drones_supplied', topic: 'munitions', figure: figure('drones') }),
      makeClaim({ id: 'B', metricId: 'drones_supplied', topic: 'munitions', figure: figure('Shahed-type drones') }),
      makeClaim({ id: 'C', metricId: 'drones_supplied', topic: 'munitions', figure: figure('Shahed-type drones') }),
      makeClaim({ id: 'D', metricId: 'drones_supplied', topic: 'munitions', figure: figure(null) }),
    ];
    const [metric] = metricsFor(claims);
    expect(metric).toEqual(
      expect.objectContaining({
        id: 'drones_supplied',
        label: 'Drones supplied',
        unit: 'Shahed-type drones',
        topic: 'munitions',
        chartGroup: { id: 'drones_supplied', label: 'Drones supplied' },
      }),
    );
    expect(MetricSchema.safeParse(metric).success).toBe(true);
  });

  it('places uncatalogued metrics after the catalogued ones of their topic, by id', () => {
    const claims = [
      makeClaim({ metricId: 'zeta_troops' }),
      makeClaim({ metricId: 'alpha_troops' }),
      makeClaim({ metricId: 'troop_deaths' }),
      makeClaim({ metricId: 'shells_shipped', topic: 'munitions' }),
    ];
    expect(metricsFor(claims).map((m) => m.id)).toEqual([
      'troop_deaths',
      'alpha_troops',
      'zeta_troops',
      'shells_shipped',
    ]);
  });
});
