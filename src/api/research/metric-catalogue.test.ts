import { makeClaim } from '@/testing/make-claim';
import { metricsFor } from './metric-catalogue';

describe('metricsFor', () => {
  it('lists the metrics in use, troops before munitions, in catalogue order', () => {
    const claims = [makeClaim({ metricId: 'containers_shipped', topic: 'munitions' }), makeClaim({ metricId: 'troops_projected' }), makeClaim({ metricId: 'troops_in_russia' })];
    expect(metricsFor(claims).map((m) => m.id)).toEqual(['troops_in_russia', 'troops_projected', 'containers_shipped']);
  });

  it('gives a metric the catalogue does not know its own chart, a label and the most common unit', () => {
    const claims = [
      makeClaim({ id: 'A', metricId: 'drones_supplied', topic: 'munitions', figure: { value: 5, low: null, high: null, text: null, qualifier: null, bound: 'exact', unit: 'drones' } }),
      makeClaim({ id: 'B', metricId: 'drones_supplied', topic: 'munitions', figure: { value: 7, low: null, high: null, text: null, qualifier: null, bound: 'exact', unit: 'drones' } }),
    ];
    expect(metricsFor(claims)).toEqual([expect.objectContaining({ id: 'drones_supplied', label: 'Drones supplied', unit: 'drones', topic: 'munitions', chartGroup: { id: 'drones_supplied', label: 'Drones supplied' } })]);
  });
});
