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
  oneLanguageJsGzip: z.number().int().positive(),
});

/** A language's message chunks (src/i18n/catalogues: "ko-core-….js", a page's "uk-….js"), by language. */
const LANGUAGE_CHUNK = /^(en|ko|uk)(?:-core)?-[A-Za-z0-9_-]{8}\.js$/;
export const languageOf = (file: string): string | null =>
  LANGUAGE_CHUNK.exec(file.split('/').at(-1) ?? '')?.[1] ?? null;
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
  // A reader loads one language's messages, never all three: each language has its budget, the rest of the lazy JS its own.
  const code = sizes.lazyJs.filter((chunk) => languageOf(chunk.file) === null);
  over('all lazy JS but the languages', sum(code, 'gzip'), budget.allLazyJsGzip);
  for (const language of ['en', 'ko', 'uk'])
    over(
      `the ${language} messages loaded on demand`,
      sum(
        sizes.lazyJs.filter((chunk) => languageOf(chunk.file) === language),
        'gzip',
      ),
      budget.oneLanguageJsGzip,
    );
  for (const chunk of sizes.lazyJs) over(`lazy chunk ${chunk.file}`, chunk.gzip, budget.largestLazyChunkGzip);
  for (const file of sizes.mockCode) breaches.push(`${file} holds mock-API code, which a real-API build must not ship`);
  return breaches;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const budget = BudgetSchema.parse(JSON.parse(readFileSync(new URL('./bundle-budget.json', import.meta.url), 'utf8')));
  // BUNDLE_DIR: check a build made already. BUNDLE_BUILD_DIR: build into that folder (npm test builds the e2e
  // journeys' real-API app here, the same command, so that Playwright need not build it again).
  const dir = process.env.BUNDLE_DIR ?? process.env.BUNDLE_BUILD_DIR ?? 'dist-bundle-check';
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
