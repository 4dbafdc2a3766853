import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/**
 * The architecture's import boundaries as `import-x/no-restricted-paths` zones. Imports are judged by the file they
 * resolve to, so `@/features/x`, `../x` and `../../src/x` are the same import.
 */
export const ROOT = path.dirname(import.meta.dirname);

/** The shared layers besides src/contract, whose own zone (an allowlist) is stricter. */
const SHARED = ['src/api', 'src/lib', 'src/components', 'src/stores', 'src/config', 'src/styles', 'src/i18n'];
/** Everything in src/ but the contract and the test helpers. */
const APP_CODE = [...SHARED, 'src/features', 'src/app', 'src/main.tsx'];
export const FEATURES = readdirSync(path.join(ROOT, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const TESTS = ['**/*.test.{ts,tsx}', 'src/testing/**'];
/** React and the libraries built on it (their entries import React). */
const REACT = [
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  'react-router',
  '@tanstack/react-query',
  'recharts',
].map((name) => `node_modules/${name}`);
/** Test helpers the server's and the contract's tests may use: pure data builders, no React. */
const PURE_TEST_HELPERS = [
  'src/testing/arbitraries.ts',
  'src/testing/make-claim.ts',
  'src/testing/make-metric.ts',
  'src/testing/default-dataset.ts',
  'src/testing/comparison-claims.ts',
  'src/testing/summarize-claims-reference.ts',
  'src/testing/columns-read.ts',
];
/** The mock API as tests drive it (never mocks/browser.ts, the worker only main.tsx starts). */
const MOCKS_FOR_TESTS = ['node.ts', 'mock-db.ts', 'scenarios.ts'];
/** Files outside server/ that server code imports: like the contract, they may import only the contract and packages. */
const SERVER_REACHABLE = [...PURE_TEST_HELPERS];

/**
 * Every zone, for production files or for tests (`test`). `allow` adds exceptions for one set of files:
 * `{ zoneId: [paths relative to the zone's from] }`.
 */
function zones({ test, allow = {} }) {
  const list = [
    {
      id: 'shared',
      target: SHARED,
      from: ['src/features', 'src/app'],
      message: 'Shared layers (api, lib, components, stores, config, styles) never import features or the app.',
    },
    ...FEATURES.map((feature) => ({
      id: `feature:${feature}`,
      target: `src/features/${feature}`,
      from: 'src/features',
      except: [feature],
      message: 'Features never import each other: move what both need into a shared layer, or compose them in src/app.',
    })),
    { id: 'features', target: 'src/features', from: 'src/app', message: 'Features never import the app.' },
    {
      id: 'contract',
      target: 'src/contract',
      from: '.',
      except: test ? ['src/contract', 'node_modules', ...PURE_TEST_HELPERS] : ['src/contract', 'node_modules/zod'],
      message: test
        ? 'Contract tests import the contract, packages and the pure test helpers only.'
        : 'src/contract imports only itself and zod: the server, the mocks and the browser all load it.',
    },
    {
      id: 'server',
      target: 'server',
      from: '.',
      except: [
        'server',
        'src/contract',
        'data',
        'node_modules',
        // The contract test drives the mock API beside the server, and gives both the same data (mock-db.ts).
        ...(test ? [...PURE_TEST_HELPERS, 'mocks/node.ts', 'mocks/mock-db.ts'] : []),
      ],
      message: 'server/ imports only itself, src/contract, data/ and packages.',
    },
    {
      id: 'mocks',
      target: 'mocks',
      from: '.',
      except: ['mocks', 'src/contract', 'data', 'node_modules', ...(test ? PURE_TEST_HELPERS : [])],
      message: 'mocks/ imports only itself, src/contract, data/ and packages.',
    },
    {
      id: 'server-reachable',
      target: SERVER_REACHABLE,
      from: '.',
      except: ['src/contract', 'node_modules', ...PURE_TEST_HELPERS],
      message:
        'The server imports this file: it may import only src/contract, packages and the other pure test helpers.',
    },
    {
      id: 'react',
      target: ['server', 'mocks', ...SERVER_REACHABLE, ...(test ? ['src/contract'] : [])],
      from: REACT,
      message: 'Nothing the server or the mock API loads imports React.',
    },
    {
      id: 'src-mocks',
      target: [...APP_CODE, 'src/testing'],
      from: 'mocks',
      except: test ? MOCKS_FOR_TESTS : [],
      message: 'The app does not import the mock API (tests use mocks/node.ts, mock-db.ts and scenarios.ts).',
    },
  ];
  if (!test) {
    list.push({
      id: 'testing',
      target: APP_CODE,
      from: 'src/testing',
      message: 'Test helpers are for tests only.',
    });
  }
  return list.map(({ id, except = [], ...zone }) => {
    const extra = allow[id] ?? [];
    return extra.length + except.length === 0 ? zone : { ...zone, except: [...except, ...extra] };
  });
}

const restrictedPaths = (profile) => ['error', { basePath: ROOT, zones: zones(profile) }];

/** Named files with an exception, each narrow and explained. Their files are disjoint from each other and from TESTS. */
const EXCEPTIONS = [
  {
    // The mock-scenario banner and its URL parameter share the scenario names with the mock API (ADR 006).
    files: ['src/config/mock-scenario.ts', 'src/components/ui/mock-scenario-banner.tsx'],
    allow: { 'src-mocks': ['scenario-schema.ts'] },
  },
  {
    // Boot starts the mock service worker when mocking is on; a dynamic import, so a real-API build leaves it out.
    files: ['src/main.tsx'],
    allow: { 'src-mocks': ['browser.ts'] },
  },
  {
    // The OpenAPI builder describes the contract with zod-openapi; the server and the mock API serve its document.
    files: ['src/contract/openapi*.ts'],
    allow: { contract: ['node_modules/zod-openapi'] },
  },
];

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_')).flatMap((name) => [name, `node:${name}`]);

/** Flat-config blocks: the zones for every file, then tests, then the named exceptions. */
export function boundaryConfigs() {
  return [
    { files: ['**/*.{js,ts,tsx}'], rules: { 'import-x/no-restricted-paths': restrictedPaths({ test: false }) } },
    { files: TESTS, rules: { 'import-x/no-restricted-paths': restrictedPaths({ test: true }) } },
    ...EXCEPTIONS.map(({ files, allow }) => ({
      files,
      ignores: TESTS,
      rules: { 'import-x/no-restricted-paths': restrictedPaths({ test: false, allow }) },
    })),
    {
      // Zones judge files; Node's own modules are no file, so the contract's ban on them is by name.
      files: ['src/contract/**'],
      ignores: TESTS,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: NODE_BUILTINS.map((name) => ({ name, message: 'The browser loads src/contract: no Node modules.' })),
          },
        ],
      },
    },
  ];
}
