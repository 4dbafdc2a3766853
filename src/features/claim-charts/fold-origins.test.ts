import type { Claim } from '@/contract/claim-schema';
import { makeClaim } from '@/testing/make-claim';
import { makeMetric } from '@/testing/make-metric';
import { chartFootnotes } from './chart-footnote';
import { chartTableRows } from './chart-table-rows';
import { layoutChart } from './layout-chart';
import { keyEntries } from './layout-key';
import { markOrder } from './mark-order';
import { toChartModels } from './to-chart-models';

/*
 * Synthetic claims (src/testing/make-claim.ts), not real reporting: the default data has no origin
 * that repeats one figure, so folding is shown on made-up claims.
 */
const NIS = 'kr-nis.2024-12-19.intelligence_briefing';
const metrics = [
  makeMetric({ id: 'a', chartGroup: { id: 'g', label: 'G' } }),
  makeMetric({ id: 'b', chartGroup: { id: 'g', label: 'G' } }),
];
const figure = (value: number | null, low: number | null = null, high: number | null = null): Claim['figure'] => ({
  value,
  low,
  high,
  text: null,
  qualifier: null,
  bound: 'exact',
  unit: 'personnel',
});
const claim = (id: string, originId: string | null, value: number, more: Partial<Claim> = {}) =>
  makeClaim({
    id,
    metricId: 'a',
    originId,
    figure: figure(value),
    claimedOn: '2024-12-19',
    source: { outlet: `Outlet ${id}`, url: null, publishedOn: null, language: 'en', archives: [] },
    ...more,
  });

const fold = (claims: Claim[], foldOrigins = true) => {
  const [model] = toChartModels(claims, metrics, { foldOrigins });
  if (!model) throw new Error('no chart');
  return model;
};
const ids = (model: ReturnType<typeof fold>) => model.plotted.map((p) => p.claim.id);

describe('folding repeats of one origin', () => {
  it('folds claims of one origin that agree on the figure into the earliest, marked ×N outlets', () => {
    const model = fold([
      claim('S2', NIS, 11000, { claimedOn: '2024-12-20' }),
      claim('S1', NIS, 11000),
      claim('S3', NIS, 11000, { claimedOn: '2024-12-20' }),
    ]);
    expect(ids(model)).toEqual(['S1']);
    expect(model.plotted[0]?.folded?.claims.map((c) => c.id)).toEqual(['S1', 'S2', 'S3']);
    expect(model.plotted[0]?.folded?.outlets).toEqual(['Outlet S1', 'Outlet S2', 'Outlet S3']);
    expect(model.plotted[0]?.folded?.marker).toBe('×3 outlets');
    expect(model.claimCount).toBe(3);
    expect(markOrder(model)).toEqual(['S1']);
  });

  it('says ×N reports when one outlet carried them all', () => {
    const outlet = { outlet: 'Yonhap', url: null, publishedOn: null, language: 'en', archives: [] };
    const model = fold([claim('S1', NIS, 11000, { source: outlet }), claim('S2', NIS, 11000, { source: outlet })]);
    expect(model.plotted[0]?.folded?.marker).toBe('×2 reports');
  });

  it('keeps different figures of one origin apart and links them', () => {
    const model = fold([claim('S1', NIS, 11000), claim('S2', NIS, 12000), claim('S3', NIS, 12000, { metricId: 'b' })]);
    expect(ids(model).sort()).toEqual(['S1', 'S2', 'S3']);
    expect(model.plotted.find((p) => p.claim.id === 'S1')?.sameOriginAs).toEqual(['S2', 'S3']);
    expect(model.plotted.every((p) => p.folded === undefined)).toBe(true);
  });

  it.each([
    ['a different kind', { kind: 'projection_warning' as const }],
    ['a range instead of a value', { figure: figure(11000, 10000, 12000) }],
    ['"more than" instead of exact', { figure: { ...figure(11000), bound: 'at_least' as const } }],
  ])('does not fold a figure given as %s', (_, more) => {
    expect(ids(fold([claim('S1', NIS, 11000), claim('S2', NIS, 11000, more)])).sort()).toEqual(['S1', 'S2']);
  });

  it('never folds claims of unknown origin, nor claims of different origins', () => {
    expect(ids(fold([claim('U1', null, 11000), claim('U2', null, 11000)]))).toEqual(['U1', 'U2']);
    const model = fold([claim('S1', NIS, 11000), claim('H1', 'ua-hur.2024-12-19.official_statement', 11000)]);
    expect(ids(model)).toEqual(['H1', 'S1']);
    expect(model.plotted.every((p) => !p.folded && !p.sameOriginAs)).toBe(true);
  });

  it('does nothing with the setting off', () => {
    const model = fold([claim('S1', NIS, 11000), claim('S2', NIS, 11000), claim('S3', NIS, 12000)], false);
    expect(ids(model)).toEqual(['S1', 'S2', 'S3']);
    expect(model.plotted.every((p) => !p.folded && !p.sameOriginAs)).toBe(true);
  });
});

describe('a folded chart drawn', () => {
  const model = fold([
    claim('S1', NIS, 11000),
    claim('S2', NIS, 11000, { claimedOn: '2024-12-20' }),
    claim('S3', NIS, 3000),
    claim('X1', null, 5000, { claimedOn: '2024-11-01' }),
  ]);
  const layout = layoutChart(model, [], [Date.UTC(2024, 9, 1), Date.UTC(2025, 0, 31)], 800, 300, {
    labels: 'all',
    sourceLines: false,
    large: false,
  });

  it('links the marks of one origin with a connector, and every mark keeps its own click target', () => {
    expect(layout.originLinks.map((l) => l.ids)).toEqual([['S1', 'S3']]);
    const [link] = layout.originLinks;
    const at = (id: string) => layout.targets.find((t) => t.id === id);
    expect(link?.points).toEqual([at('S1'), at('S3')].map((t) => ({ x: t?.x, y: t?.y })));
    expect(layout.targets.map((t) => t.id).sort()).toEqual(['S1', 'S3', 'X1']);
  });

  it('labels the folded mark with ×N and explains both in the key', () => {
    expect(layout.labels.find((l) => l.id === 'S1')?.text).toMatch(/×2 outlets$/);
    const marks = keyEntries(model, false)
      .filter((e) => e.type === 'mark')
      .map((e) => e.text);
    expect(marks).toEqual(['Stacked, ×N: one origin’s repeats folded', 'Same origin, other figure']);
  });

  it('lists every folded claim in the data table and the footnotes, under the mark’s number', () => {
    expect(chartTableRows(model).map((r) => [r.claim.id, r.origin?.type ?? null])).toEqual([
      ['X1', null],
      ['S1', 'folds'],
      ['S3', 'linked'],
      ['S2', 'folded-into'],
    ]);
    expect(chartFootnotes(model).map((f) => [f.n, f.claim.id, f.foldedInto ?? null])).toEqual([
      [1, 'X1', null],
      [2, 'S1', null],
      [2, 'S2', 'S1'],
      [3, 'S3', null],
    ]);
  });
});
