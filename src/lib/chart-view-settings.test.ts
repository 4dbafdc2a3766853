import {
  chartViewProblems,
  chartViewSettingsToParams,
  DEFAULT_CHART_VIEW,
  parseChartViewSettings,
} from './chart-view-settings';

const parse = (search: string) => parseChartViewSettings(new URLSearchParams(search));

describe('chart view settings in the URL', () => {
  it('is off by default and reads fold=origin', () => {
    expect(parse('')).toEqual(DEFAULT_CHART_VIEW);
    expect(parse('fold=origin').foldOrigins).toBe(true);
    expect(parse('fold=origin&lines=source&labels=key')).toEqual({
      labels: 'key',
      sourceLines: true,
      foldOrigins: true,
    });
  });

  it.each(['yes', 'ORIGIN', '', 'origins'])('falls back to off for fold=%s and reports the problem', (value) => {
    const params = new URLSearchParams({ fold: value });
    expect(parseChartViewSettings(params).foldOrigins).toBe(false);
    expect(chartViewProblems(params)).toEqual([{ param: 'fold', value, reason: 'Expected "origin"' }]);
  });

  it('writes fold=origin only when on, keeping the other params', () => {
    const on = chartViewSettingsToParams({ ...DEFAULT_CHART_VIEW, foldOrigins: true }, new URLSearchParams('q=x'));
    expect(on.toString()).toBe('q=x&fold=origin');
    const off = chartViewSettingsToParams(DEFAULT_CHART_VIEW, new URLSearchParams('fold=origin&q=x'));
    expect(off.toString()).toBe('q=x');
  });

  it('round-trips every combination', () => {
    for (const labels of ['auto', 'all', 'key', 'none'] as const)
      for (const sourceLines of [false, true])
        for (const foldOrigins of [false, true]) {
          const settings = { labels, sourceLines, foldOrigins };
          expect(parseChartViewSettings(chartViewSettingsToParams(settings))).toEqual(settings);
        }
  });
});
