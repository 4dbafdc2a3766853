import { countOrigins, originCountsText } from './origin-counts';

const ids = (...origins: (string | null)[]) => origins.map((originId) => ({ originId }));

describe('countOrigins', () => {
  it.each([
    [ids(), { claims: 0, origins: 0, singleSource: 0, unknown: 0 }, '0 claims from 0 origins'],
    [ids('a'), { claims: 1, origins: 1, singleSource: 1, unknown: 0 }, '1 claim from 1 origin; 1 origin single-source'],
    [
      ids('a', 'a', 'b', 'c', 'c', 'c', 'd'),
      { claims: 7, origins: 4, singleSource: 2, unknown: 0 },
      '7 claims from 4 origins; 2 origins single-source',
    ],
    [
      ids('a', 'a', null, null),
      { claims: 4, origins: 1, singleSource: 0, unknown: 2 },
      '4 claims from 1 origin; 2 of unknown origin',
    ],
  ])('counts origins, single-source origins and unknown origins', (claims, counts, text) => {
    expect(countOrigins(claims)).toEqual(counts);
    expect(originCountsText(countOrigins(claims))).toBe(text);
  });
});
