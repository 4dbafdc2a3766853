import { DEFAULT_CLAIM_FILTERS, type ClaimFilters } from '@/contract/claim-filters';
import { describeActiveFilters, filtersSummary, shortOrganisation } from './describe-filters';

const filters = (f: Partial<ClaimFilters> = {}): ClaimFilters => ({ ...DEFAULT_CLAIM_FILTERS, ...f });
const labels = (f: Partial<ClaimFilters>) => describeActiveFilters(filters(f)).map((c) => c.label);

describe('shortOrganisation', () => {
  it.each([
    ['National Intelligence Service (NIS)', 'NIS'],
    ['Defence Intelligence of Ukraine (HUR)', 'HUR'],
    ['Joint Chiefs of Staff (ROK JCS)', 'ROK JCS'],
    ['Multilateral Sanctions Monitoring Team (11 states)', 'Multilateral Sanctions Monitoring Team (11 states)'],
    ['Western intelligence sources (anonymous)', 'Western intelligence sources (anonymous)'],
    ['South Korean intelligence (NIS, per outlets)', 'South Korean intelligence (NIS, per outlets)'],
    [
      'National Intelligence Service (NIS); ROK military officials',
      'National Intelligence Service (NIS); ROK military officials',
    ],
    ['Kremlin', 'Kremlin'],
  ])('%s -> %s', (name, expected) => expect(shortOrganisation(name)).toBe(expected));
});

describe('describeActiveFilters', () => {
  it('gives no chip when nothing filters', () => expect(describeActiveFilters(filters())).toEqual([]));

  it.each<[Partial<ClaimFilters>, string]>([
    [{ source: ['National Intelligence Service (NIS)', 'Joint Chiefs of Staff (ROK JCS)'] }, 'Sources: NIS, ROK JCS'],
    [{ state: ['unverified'] }, 'State: unverified'],
    [{ state: ['unverified', 'corroborated'] }, 'State: corroborated, unverified'],
    [{ kind: ['projection_warning'] }, 'Kind: projection or warning'],
    [{ type: ['think_tank', 'intelligence_service'] }, 'Type: intelligence service, think tank'],
    [{ country: ['KR', 'none'] }, 'Country: South Korea, no single country'],
    [{ grade: ['ungraded', '2', 'A'] }, 'Grade: reliability A, credibility 2, not graded'],
    [{ from: '2024-10-01', to: '2024-12-31' }, 'Made 1 Oct 2024 – 31 Dec 2024'],
    [{ from: '2024-10-01' }, 'Made on or after 1 Oct 2024'],
    [{ to: '2024-12-31' }, 'Made on or before 31 Dec 2024'],
    [{ asof: '2024-11-01' }, 'As known on 1 Nov 2024'],
    [{ q: 'zelensky' }, 'Search: “zelensky”'],
    [{ metric: 'troops_in_russia' }, 'Metric: troops_in_russia'],
    [{ independent: 'true' }, 'Independently corroborated'],
    [{ archive: 'none' }, 'No archived copy'],
    [{ warning: ['corroborated_one_origin'] }, 'Corroborated by one origin only'],
    [{ origin: ['kr-nis.2024-12-19.intelligence_briefing'] }, 'Origin: kr-nis.2024-12-19.intelligence_briefing'],
  ])('%j -> %s', (f, expected) => expect(labels(f)).toEqual([expected]));

  it('names the metric through the lookup it is given', () => {
    const chips = describeActiveFilters(filters({ metric: 'troops_in_russia' }), {
      metricLabel: () => 'Troops in Russia',
    });
    expect(chips.map((c) => c.label)).toEqual(['Metric: Troops in Russia']);
  });

  it('names a source id by its entity (short form), and says an unknown value as written', () => {
    const names: Record<string, string> = {
      'kr-nis': 'National Intelligence Service (NIS)',
      'ua-gur': 'Defence Intelligence of Ukraine (HUR)',
      kremlin: 'Kremlin',
    };
    const chips = describeActiveFilters(
      filters({ source: ['kr-nis', 'kremlin', 'unknown-id', 'Joint Chiefs of Staff (ROK JCS)'] }),
      { sourceName: (id) => names[id] },
    );
    expect(chips.map((c) => c.label)).toEqual(['Sources: NIS, Kremlin, unknown-id, ROK JCS']);
    expect(filtersSummary(filters({ source: ['ua-gur'] }), { sourceName: (id) => names[id] })).toBe(
      'Filtered: Sources: HUR',
    );
  });

  it('names an origin by its label, and says an unknown one by its id', () => {
    const chips = describeActiveFilters(filters({ origin: ['a.2024-01-01.interview', 'b'] }), {
      originLabel: (id) => (id === 'b' ? 'NIS closed-door briefing' : undefined),
    });
    expect(chips.map((c) => c.label)).toEqual(['Origins: a.2024-01-01.interview, NIS closed-door briefing']);
  });

  it('keeps the one-origin warning and the import warnings apart, each removing only its own', () => {
    const both = filters({ warning: ['corroborated_one_origin', 'new_metric'] });
    const chips = describeActiveFilters(both);
    expect(chips.map((c) => c.label)).toEqual(['Corroborated by one origin only', 'Import warnings: new metric']);
    expect(chips[0]?.remove(both).warning).toEqual(['new_metric']);
    expect(chips[1]?.remove(both).warning).toEqual(['corroborated_one_origin']);
  });

  it('names at most four values, then counts the rest', () => {
    expect(labels({ country: ['GB', 'JP', 'KP', 'KR', 'RU'] })).toEqual([
      'Country: United Kingdom, Japan, North Korea and 2 more',
    ]);
    expect(labels({ country: ['GB', 'JP', 'KP', 'KR'] })).toEqual([
      'Country: United Kingdom, Japan, North Korea, South Korea',
    ]);
  });

  it('gives one chip per group, each removing only its own group', () => {
    const all = filters({
      metric: 'm',
      source: ['S'],
      origin: ['o'],
      type: ['media'],
      country: ['UA'],
      state: ['retracted'],
      kind: ['denial'],
      grade: ['B'],
      independent: 'true',
      archive: 'none',
      warning: ['corroborated_one_origin', 'new_metric'],
      from: '2024-01-01',
      to: '2024-02-01',
      asof: '2024-03-01',
      q: 'x',
    });
    const chips = describeActiveFilters(all);
    expect(chips.map((c) => c.key)).toEqual([
      'metric',
      'source',
      'origin',
      'type',
      'country',
      'state',
      'kind',
      'grade',
      'independent',
      'archive',
      'oneOrigin',
      'warning',
      'made',
      'asof',
      'q',
    ]);
    expect(new Set(chips.map((c) => c.key)).size).toBe(chips.length);
    for (const chip of chips) {
      const after = chip.remove(all);
      const left = describeActiveFilters(after).map((c) => c.key);
      expect(left).toEqual(chips.map((c) => c.key).filter((k) => k !== chip.key));
    }
    expect(chips.find((c) => c.key === 'made')?.remove(all)).not.toHaveProperty('from');
    expect(all.from).toBe('2024-01-01');
  });
});

describe('filtersSummary', () => {
  it('is null when nothing filters', () => expect(filtersSummary(filters())).toBeNull());
  it('joins every chip', () => {
    expect(filtersSummary(filters({ source: ['National Intelligence Service (NIS)'], state: ['unverified'] }))).toBe(
      'Filtered: Sources: NIS · State: unverified',
    );
  });
});
