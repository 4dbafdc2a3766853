import { describe, expect, it } from 'vitest';
import { budgetBreaches } from './check-bundle';
import type { BuildSizes } from './bundle';

const budget = {
  initialJsGzip: 1000,
  initialCssGzip: 100,
  largestLazyChunkGzip: 50,
  allLazyJsGzip: 80,
  oneLanguageJsGzip: 45,
};
const sizes = (overrides: Partial<BuildSizes> = {}): BuildSizes => ({
  dir: 'x',
  initialJs: [{ file: 'assets/index.js', raw: 3000, gzip: 900 }],
  initialCss: [{ file: 'assets/index.css', raw: 300, gzip: 90 }],
  lazyJs: [{ file: 'assets/table.js', raw: 100, gzip: 40 }],
  mockCode: [],
  ...overrides,
});

describe('budgetBreaches', () => {
  it('finds nothing when every part fits', () => {
    expect(budgetBreaches(sizes(), budget)).toEqual([]);
  });

  it('names each part over its budget, with both numbers', () => {
    const breaches = budgetBreaches(
      sizes({
        initialJs: [
          { file: 'a', raw: 1, gzip: 600 },
          { file: 'b', raw: 1, gzip: 600 },
        ],
        lazyJs: [
          { file: 'assets/big.js', raw: 1, gzip: 60 },
          { file: 'assets/c.js', raw: 1, gzip: 30 },
        ],
      }),
      budget,
    );
    expect(breaches).toEqual([
      'initial JS is 1,200 bytes gzip, over the budget of 1,000',
      'all lazy JS but the languages is 90 bytes gzip, over the budget of 80',
      'lazy chunk assets/big.js is 60 bytes gzip, over the budget of 50',
    ]);
  });

  it('counts each language’s message chunks apart from the code, against its own budget', () => {
    const lazyJs = [
      { file: 'assets/ko-core-DF9ihr8J.js', raw: 1, gzip: 30 },
      { file: 'assets/ko-BJd9HO6R.js', raw: 1, gzip: 20 },
      { file: 'assets/uk-core-SN9pd9r4.js', raw: 1, gzip: 40 },
      { file: 'assets/encoding-legend-TZZMsS4J.js', raw: 1, gzip: 45 },
    ];
    expect(budgetBreaches(sizes({ lazyJs }), { ...budget, largestLazyChunkGzip: 100 })).toEqual([
      'the ko messages loaded on demand is 50 bytes gzip, over the budget of 45',
    ]);
  });

  it('refuses mock-API code in a real-API build', () => {
    expect(budgetBreaches(sizes({ mockCode: ['mockServiceWorker.js'] }), budget)).toEqual([
      'mockServiceWorker.js holds mock-API code, which a real-API build must not ship',
    ]);
  });
});
