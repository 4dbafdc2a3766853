import type { FilterProblem } from './claim-filter-params';
import { readWholeNumber } from './query-number';

const BOUNDS = { min: 1, max: 1000, digits: 4, fallback: 500 };
const read = (query: string) => {
  const problems: FilterProblem[] = [];
  return { n: readWholeNumber(new URLSearchParams(query), 'limit', BOUNDS, problems), problems };
};

describe('readWholeNumber', () => {
  it('reads one whole number within its bounds, and falls back when absent', () => {
    expect(read('limit=1')).toEqual({ n: 1, problems: [] });
    expect(read('limit=1000')).toEqual({ n: 1000, problems: [] });
    expect(read('other=3')).toEqual({ n: 500, problems: [] });
  });

  it.each(['limit=0', 'limit=1001', 'limit=-5', 'limit=2.5', 'limit=ten', 'limit=', 'limit=00001', 'limit=5&limit=6'])(
    'refuses %s, naming the parameter and keeping the fallback',
    (query) => {
      const { n, problems } = read(query);
      expect(n).toBe(500);
      expect(problems).toEqual([
        expect.objectContaining({ param: 'limit', reason: 'Must be a whole number from 1 to 1000' }),
      ]);
    },
  );
});
