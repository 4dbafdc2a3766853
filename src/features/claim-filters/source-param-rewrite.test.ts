import type { SourceSummary } from '@/contract/responses';
import { sourceParamRewrite } from './source-param-rewrite';

// Test data, not reporting.
const SOURCES: SourceSummary[] = [
  {
    id: 'kr-nis',
    name: 'National Intelligence Service (NIS)',
    aliases: ['South Korean intelligence (NIS, per outlets)', 'South Korean intelligence'],
    type: 'intelligence_service',
    country: 'KR',
    claimCount: 9,
  },
  {
    id: 'ua-hur',
    name: 'Defence Intelligence of Ukraine (HUR)',
    aliases: ['GUR'],
    type: 'intelligence_service',
    country: 'UA',
    claimCount: 4,
  },
  { id: 'kremlin', name: 'Kremlin', aliases: [], type: 'government', country: 'RU', claimCount: 2 },
];

describe('sourceParamRewrite', () => {
  it.each<[string[], string[] | null]>([
    [[], null],
    [['kr-nis'], null],
    [['kr-nis', 'ua-hur'], null],
    [['Nobody we know'], null],
    [['National Intelligence Service (NIS)'], ['kr-nis']],
    [['South Korean intelligence'], ['kr-nis']],
    [['GUR'], ['ua-hur']],
    [['Kremlin'], ['kremlin']],
    [
      ['GUR', 'National Intelligence Service (NIS)'],
      ['kr-nis', 'ua-hur'],
    ],
    [['National Intelligence Service (NIS)', 'kr-nis', 'South Korean intelligence'], ['kr-nis']],
    [
      ['Kremlin', 'Nobody we know'],
      ['Nobody we know', 'kremlin'],
    ],
  ])('%j -> %j', (values, expected) => expect(sourceParamRewrite(values, SOURCES)).toEqual(expected));

  it('rewrites nothing before the registry has loaded', () => {
    expect(sourceParamRewrite(['National Intelligence Service (NIS)'], [])).toBeNull();
  });
});
