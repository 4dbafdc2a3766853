import type { SourceSummary } from '@/contract/responses';
import { aliasNote, foldText, searchSources } from './source-search';

// Test data, not reporting.
const source = (id: string, name: string, aliases: string[] = []): SourceSummary => ({
  id,
  name,
  aliases,
  type: 'government',
  country: null,
  claimCount: 1,
});
const SOURCES = [
  source('kr-nis', 'National Intelligence Service (NIS)', [
    'South Korean intelligence (NIS, per outlets)',
    'NIS, per Yonhap',
    'Korean spy agency',
  ]),
  source('fr-dgse', 'Direction générale de la Sécurité extérieure', ['DGSE']),
  source('kremlin', 'Kremlin', ['Dmitry Peskov']),
];
const ids = (query: string, checked: string[] = []) => searchSources(SOURCES, query, checked).map((m) => m.source.id);

describe('foldText', () => {
  it.each([
    ['Sécurité  Extérieure ', 'securite exterieure'],
    ['ÅNGSTRÖM', 'angstrom'],
    ['Kremlin', 'kremlin'],
  ])('%s -> %s', (text, expected) => expect(foldText(text)).toBe(expected));
});

describe('searchSources', () => {
  it.each<[string, string[]]>([
    ['', ['kr-nis', 'fr-dgse', 'kremlin']],
    ['   ', ['kr-nis', 'fr-dgse', 'kremlin']],
    ['nis', ['kr-nis']],
    ['NATIONAL intelligence', ['kr-nis']],
    ['yonhap', ['kr-nis']],
    ['korean agency', ['kr-nis']],
    ['securite', ['fr-dgse']],
    ['Sécurité', ['fr-dgse']],
    ['dgse', ['fr-dgse']],
    ['peskov', ['kremlin']],
    ['kr-', ['kr-nis']],
    ['nobody', []],
  ])('"%s" -> %j', (query, expected) => expect(ids(query)).toEqual(expected));

  it('keeps checked sources listed, in the list’s order, marked as not matched', () => {
    const matches = searchSources(SOURCES, 'peskov', ['kr-nis']);
    expect(matches.map((m) => [m.source.id, m.matched])).toEqual([
      ['kr-nis', false],
      ['kremlin', true],
    ]);
  });

  it('says which aliases matched when the name did not, and none when the name did', () => {
    expect(searchSources(SOURCES, 'per', []).map((m) => m.matchedAliases)).toEqual([
      ['South Korean intelligence (NIS, per outlets)', 'NIS, per Yonhap'],
    ]);
    expect(searchSources(SOURCES, 'nis', [])[0]?.matchedAliases).toEqual([]);
  });
});

describe('aliasNote', () => {
  it.each<[string[], string | undefined]>([
    [[], undefined],
    [['NIS'], 'also: NIS'],
    [['NIS', 'NIS, per Yonhap'], 'also: NIS; NIS, per Yonhap'],
    [['a', 'b', 'c', 'd'], 'also: a; b and 2 more'],
  ])('%j -> %s', (aliases, expected) => expect(aliasNote(aliases)).toBe(expected));
});
