import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'public/mockServiceWorker.js', 'node_modules', 'e2e/.artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text from data renders as text.' },
      ],
    },
  },
  {
    files: ['vite.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Layers: api, lib, components, stores, config -> features -> app. Features do not import each other.
    files: ['src/contract/**', 'src/api/**', 'src/lib/**', 'src/components/**', 'src/stores/**', 'src/config/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/app/*', '../features/*', '../app/*'],
              message: 'Shared code must not import features or the app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/claim-charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@/features/claim-panel/*', '@/app/*'], message: 'Features do not import each other.' }],
        },
      ],
    },
  },
  {
    files: ['src/features/claim-panel/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/features/claim-charts/*', '@/app/*'], message: 'Features do not import each other.' },
          ],
        },
      ],
    },
  },
  {
    // The browser loads zod/mini only (ADR 008): one import of classic zod would put it back into the first page load (~15 KB gzip).
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/**/*.test.{ts,tsx}',
      'src/testing/**',
      'src/config/zod-for-csp.ts',
      'src/contract/research/**',
      'src/contract/openapi.ts',
      'src/contract/dataset-schema.ts',
      'mocks/scenario-schema.ts',
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
    files: ['mocks/**', 'server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/features/*', '**/src/app/*', '**/src/components/*', '@/*'],
              message: 'mocks/ and server/ import only src/contract/.',
            },
          ],
        },
      ],
    },
  },
);
