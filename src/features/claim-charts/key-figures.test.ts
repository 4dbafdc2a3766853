import { expect, it } from 'vitest';
import { makeClaim } from '@/testing/make-claim';
import { toChartModels } from './to-chart-models';
import { keyFigureIds } from './key-figures';

it('labels each source’s first, highest and latest figure', () => {
  const nis = { ...makeClaim().speaker, organisation: 'NIS' };
  const hur = { ...makeClaim().speaker, organisation: 'HUR' };
  const claim = (id: string, day: string, value: number, speaker = nis) =>
    makeClaim({ id, claimedOn: day, speaker, figure: { ...makeClaim().figure, value } });
  const claims = [
    claim('N1', '2024-10-01', 1500),
    claim('N2', '2024-10-05', 3000),
    claim('N3', '2024-10-09', 12000),
    claim('N4', '2024-10-12', 11000),
    claim('N5', '2024-10-20', 10000),
    claim('H1', '2024-10-03', 500, hur),
  ];
  const [model] = toChartModels(claims, []);
  expect([...keyFigureIds(model!.plotted)].sort()).toEqual(['H1', 'N1', 'N3', 'N5']);
});
