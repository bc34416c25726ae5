import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/',
      'build-subpath/',
      'test-results-subpath/',
      '.docusaurus/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    // Webpack/Rspack loaders are CommonJS, and CommonJS shares code with `require`.
    files: ['**/*.cjs'],
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {globals: {...globals.browser}},
    // Issue #13: no function above cyclomatic complexity 15 (ESLint's own count: each if, loop, case, &&, ||, ??,
    // ternary and default parameter adds one). Split rules into tables and small functions instead.
    rules: {complexity: ['error', 15]},
  },
);
