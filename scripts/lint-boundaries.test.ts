// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The import boundaries hold: each file in lint-fixtures/ breaks one, and the project's own eslint.config.js (what
 * `npm run lint` runs) must say so. A fixture is linted as if it stood at the same path in the repository.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const FIXTURES = 'lint-fixtures';
// `ignore: false` only so that cycle/, which must be read where it stands, is linted despite the config's ignores.
const eslint = new ESLint({ cwd: ROOT, ignore: false });
const SLOW = 120_000; // the first lint loads the config, the parser and the resolver: seconds on a busy 2-core machine

async function lintAs(fixture: string, repoPath: string): Promise<Linter.LintMessage[]> {
  const code = readFileSync(path.join(ROOT, FIXTURES, fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, repoPath) });
  return result?.messages ?? [];
}

const ZONES = 'import-x/no-restricted-paths';
const cases: { fixture: string; rule: string; says: string }[] = [
  { fixture: 'src/lib/imports-a-feature.ts', rule: ZONES, says: 'Shared layers' },
  {
    fixture: 'src/features/claim-table/imports-a-feature-by-alias.ts',
    rule: ZONES,
    says: 'Features never import each',
  },
  {
    fixture: 'src/features/claim-table/imports-a-feature-by-relative-path.ts',
    rule: ZONES,
    says: 'Features never import each',
  },
  { fixture: 'src/contract/imports-react.ts', rule: ZONES, says: 'src/contract imports only itself and zod' },
  { fixture: 'src/contract/imports-the-client.ts', rule: ZONES, says: 'src/contract imports only itself and zod' },
  { fixture: 'src/contract/imports-node.ts', rule: 'no-restricted-imports', says: 'no Node modules' },
  { fixture: 'src/config/imports-the-mock-api.ts', rule: ZONES, says: 'The app does not import the mock API' },
  { fixture: 'src/main.tsx', rule: ZONES, says: 'The app does not import the mock API' },
  { fixture: 'server/imports-a-feature.ts', rule: ZONES, says: 'server/ imports only' },
  { fixture: 'server/imports-the-client.ts', rule: ZONES, says: 'server/ imports only' },
  { fixture: 'server/imports-react.ts', rule: ZONES, says: 'imports React' },
  { fixture: 'mocks/imports-lib.ts', rule: ZONES, says: 'mocks/ imports only' },
];

describe('import boundaries (eslint.config.js)', () => {
  it.each(cases)(
    '$fixture breaks $rule',
    async ({ fixture, rule, says }) => {
      const messages = await lintAs(fixture, fixture);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(messages.filter((m) => m.ruleId === rule).map((m) => m.message)).toEqual([expect.stringContaining(says)]);
    },
    SLOW,
  );

  it(
    'finds a cycle of type-only imports, from either side',
    async () => {
      for (const [fixture, other] of [
        ['cycle/chart-a.ts', 'chart-b.ts'],
        ['cycle/chart-b.ts', 'chart-a.ts'],
      ] as const) {
        const messages = await lintAs(fixture, path.join(FIXTURES, fixture));
        expect(messages.map((m) => m.ruleId)).toEqual(['claimwatch/no-cycle']);
        expect(messages[0]?.message).toContain(other);
      }
    },
    SLOW,
  );

  it(
    'passes a feature importing itself, the contract, lib and a package',
    async () => {
      const fixture = 'src/features/claim-table/clean.ts';
      expect(await lintAs(fixture, fixture)).toEqual([]);
    },
    SLOW,
  );

  it('covers every feature, each in its own zone', async () => {
    const config = (await eslint.calculateConfigForFile(path.join(ROOT, 'src/features/claim-table/x.ts'))) as {
      rules: Record<string, [unknown, { zones: { target: unknown }[] }]>;
    };
    const targets = config.rules[ZONES]?.[1].zones.map((zone) => zone.target);
    const features = readdirNames(path.join(ROOT, 'src/features'));
    expect(features.length).toBeGreaterThan(1);
    for (const feature of features) expect(targets).toContain(`src/features/${feature}`);
  });
});

function readdirNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}
