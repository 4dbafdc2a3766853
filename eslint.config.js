import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import path from 'node:path';
import { boundaryConfigs, ROOT } from './eslint/boundaries.js';
import { noCycleWithTypes } from './eslint/no-cycle-with-types.js';

/** Syntax no file may use (no-restricted-syntax): a later config that adds to the rule must list these again. */
const RESTRICTED_SYNTAX = [
  { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text from data renders as text.' },
];

export default tseslint.config(
  // lint-fixtures/ breaks the boundaries on purpose: scripts/lint-boundaries.test.ts lints it.
  {
    ignores: [
      'dist',
      'dist-*',
      'public/mockServiceWorker.js',
      'node_modules',
      'e2e/.artifacts',
      'test-results',
      'lint-fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX],
    },
  },
  {
    files: ['vite.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Boundaries (eslint/boundaries.js): every import is judged by the file it resolves to, alias or relative alike.
    files: ['**/*.{js,ts,tsx}'],
    plugins: { 'import-x': importX, claimwatch: { rules: { 'no-cycle': noCycleWithTypes } } },
    settings: {
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          alwaysTryTypes: true,
          project: path.join(ROOT, 'tsconfig.json'),
        }),
      ],
    },
    // import-x/no-cycle skips type-only imports; this variant counts them (eslint/no-cycle-with-types.js).
    rules: { 'claimwatch/no-cycle': 'error' },
  },
  ...boundaryConfigs(),
  {
    // The browser loads zod/mini only (ADR 008): one import of classic zod would put it back into the first page load (~15 KB gzip).
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/**/*.test.{ts,tsx}',
      'src/testing/**',
      'src/config/zod-for-csp.ts',
      'src/contract/research/**',
      'src/contract/dataset-schema.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['zod', 'zod/v4'].map((name) => ({
            name,
            allowTypeImports: true,
            message:
              'Code the dashboard loads uses zod/mini through @/contract/zod-mini (ADR 008); classic zod is for Node-only code and tests.',
          })),
        },
      ],
    },
  },
  {
    // A JSON answer says its length (json-answer.ts): Hono's c.json does not, so the compress middleware streams even
    // a 404's hundred bytes through a CompressionStream.
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...RESTRICTED_SYNTAX,
        {
          selector: "CallExpression[callee.property.name='json'][callee.object.name='c']",
          message:
            'Answer JSON with jsonAnswer (server/routes/json-answer.ts), or apiError for an error: c.json says no length.',
        },
      ],
    },
  },
  {
    // Node loads server/ and mocks/ (server, scripts) without the bundler: relative paths, never the @/ alias.
    files: ['mocks/**', 'server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/*'], message: 'mocks/ and server/ use relative paths, not the @/ alias.' }] },
      ],
    },
  },
);
