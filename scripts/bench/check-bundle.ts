import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { formatSection } from './bench-section';
import { build, bundleSection, measureBuild, sum, type BuildSizes } from './bundle';

const BudgetSchema = z.object({
  initialJsGzip: z.number().int().positive(),
  initialCssGzip: z.number().int().positive(),
  largestLazyChunkGzip: z.number().int().positive(),
  allLazyJsGzip: z.number().int().positive(),
});
export type BundleBudget = z.infer<typeof BudgetSchema>;

/** Every way a build breaks its budget, in words; empty when it fits. */
export function budgetBreaches(sizes: BuildSizes, budget: BundleBudget): string[] {
  const breaches: string[] = [];
  const over = (what: string, actual: number, limit: number) => {
    if (actual > limit)
      breaches.push(
        `${what} is ${actual.toLocaleString('en-GB')} bytes gzip, over the budget of ${limit.toLocaleString('en-GB')}`,
      );
  };
  over('initial JS', sum(sizes.initialJs, 'gzip'), budget.initialJsGzip);
  over('initial CSS', sum(sizes.initialCss, 'gzip'), budget.initialCssGzip);
  over('all lazy JS', sum(sizes.lazyJs, 'gzip'), budget.allLazyJsGzip);
  for (const chunk of sizes.lazyJs) over(`lazy chunk ${chunk.file}`, chunk.gzip, budget.largestLazyChunkGzip);
  for (const file of sizes.mockCode) breaches.push(`${file} holds mock-API code, which a real-API build must not ship`);
  return breaches;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const budget = BudgetSchema.parse(JSON.parse(readFileSync(new URL('./bundle-budget.json', import.meta.url), 'utf8')));
  const dir = process.env.BUNDLE_DIR ?? 'dist-bundle-check';
  if (!process.env.BUNDLE_DIR) build(dir, false);
  const sizes = measureBuild(dir, { allowMockCode: false });
  console.log(formatSection(bundleSection('Bundle: real-API build', sizes)));
  const breaches = budgetBreaches(sizes, budget);
  for (const breach of breaches) console.log(`OVER BUDGET: ${breach}`);
  console.log(
    breaches.length === 0
      ? `bundle: within budget (initial JS ${sum(sizes.initialJs, 'gzip').toLocaleString('en-GB')} of ${budget.initialJsGzip.toLocaleString('en-GB')} bytes gzip)`
      : `bundle: ${breaches.length} budget breach(es)`,
  );
  process.exit(breaches.length === 0 ? 0 : 1);
}
