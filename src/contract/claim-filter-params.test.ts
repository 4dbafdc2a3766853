import { claimFiltersToParams, filterProblemIssues, parseClaimFilters } from './claim-filter-params';

const parse = (query: string) => parseClaimFilters(new URLSearchParams(query));

describe('parseClaimFilters', () => {
  it('reads every filter, repeated and comma-separated', () => {
    const { filters, problems } = parse(
      'metric=troops_in_russia&source=Kremlin&source=NATO&state=corroborated,unverified&kind=estimate&type=government&from=2024-10-01&to=2024-12-31',
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      metric: 'troops_in_russia',
      source: ['Kremlin', 'NATO'],
      type: ['government'],
      country: [],
      grade: [],
      warning: [],
      origin: [],
      state: ['corroborated', 'unverified'],
      kind: ['estimate'],
      from: '2024-10-01',
      to: '2024-12-31',
    });
  });

  it.each([
    ['state=rumour', 'state', 'rumour'],
    ['kind=guess', 'kind', 'guess'],
    ['from=2024-13-01', 'from', '2024-13-01'],
    ['to=2024-02-30', 'to', '2024-02-30'],
    ['metric=DROP%20TABLE', 'metric', 'DROP TABLE'],
    ['colour=red', 'colour', 'red'],
    ['grade=Z9', 'grade', 'Z9'],
    ['country=Korea', 'country', 'Korea'],
    ['asof=yesterday', 'asof', 'yesterday'],
  ])('ignores %s with a reason and keeps the rest', (query, param, value) => {
    const { filters, problems } = parse(`${query}&state=corroborated`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ param, value });
    expect(problems[0]?.reason).not.toBe('');
    expect(filters.state).toEqual(['corroborated']);
  });

  it('drops an inverted date range end and says so', () => {
    const { filters, problems } = parse('from=2025-01-01&to=2024-01-01');
    expect(filters.from).toBe('2025-01-01');
    expect(filters.to).toBeUndefined();
    expect(problems[0]?.reason).toMatch(/before/);
  });

  it('round-trips through URL params in a stable order', () => {
    const { filters } = parse('state=unverified&state=corroborated&metric=containers_shipped&from=2024-01-01');
    const again = parseClaimFilters(claimFiltersToParams(filters));
    expect(again.filters).toEqual(filters);
    expect(claimFiltersToParams(filters).toString()).toBe(
      'metric=containers_shipped&state=corroborated&state=unverified&from=2024-01-01',
    );
  });
});

describe('filterProblemIssues', () => {
  it('gives each problem as an issue of the one shape, naming the parameter and what was given', () => {
    const { problems } = parse('state=rumour&colour=red');
    expect(filterProblemIssues(problems)).toEqual([
      { field: 'state', code: 'invalid_filter', message: expect.stringMatching(/ \(got "rumour"\)$/) },
      { field: 'colour', code: 'invalid_filter', message: 'Unknown parameter (got "red")' },
    ]);
  });
});

describe('the archive filter in the URL', () => {
  it('reads archive=none and writes it back', () => {
    const { filters, problems } = parse('archive=none');
    expect(problems).toEqual([]);
    expect(filters.archive).toBe('none');
    expect(claimFiltersToParams(filters).toString()).toBe('archive=none');
  });

  it('reports any other value and keeps the rest of the view', () => {
    const { filters, problems } = parse('archive=yes&state=corroborated');
    expect(filters.archive).toBeUndefined();
    expect(filters.state).toEqual(['corroborated']);
    expect(problems).toEqual([{ param: 'archive', value: 'yes', reason: expect.stringMatching(/none/) }]);
  });
});
