// Typed lint: floating promises and `any` are errors; only entrypoints, github/ and llm/ may
// touch @actions/* or the network (see docs/decisions/0001-pipeline-layout.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.scratch/**', 'node_modules/**', 'coverage/**', 'ml-doctor-report/**', 'examples/**/*.py', 'test/reference/**', 'wasm/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Non-null assertions on typed-array reads are deliberate (no noUncheckedIndexedAccess in hot loops).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: ['src/artifacts/**', 'src/analysis/**', 'src/diagnosis/**', 'src/report/**', 'src/config/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', 'openai', '@octokit/*', 'node:http', 'node:https'] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
