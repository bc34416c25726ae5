import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    // Docusaurus resolves these at build time; unit tests get small stand-ins (tests/unit-shims).
    alias: [
      {find: /^@site\/(.*)$/, replacement: here('./$1')},
      {find: '@docusaurus/Translate', replacement: here('./tests/unit-shims/Translate.tsx')},
      {find: /^@generated\/codeTranslations(\?.*)?$/, replacement: here('./tests/unit-shims/codeTranslations.ts')},
      {find: '@docusaurus/useDocusaurusContext', replacement: here('./tests/unit-shims/useDocusaurusContext.ts')},
      {find: '@docusaurus/Link', replacement: here('./tests/unit-shims/Link.tsx')},
      {find: '@docusaurus/useBaseUrl', replacement: here('./tests/unit-shims/useBaseUrl.ts')},
      {find: '@docusaurus/router', replacement: here('./tests/unit-shims/router.ts')},
      {find: '@docusaurus/theme-common', replacement: here('./tests/unit-shims/theme-common.ts')},
      {find: '@docusaurus/useBrokenLinks', replacement: here('./tests/unit-shims/useBrokenLinks.ts')},
      {find: '@theme/CodeBlock', replacement: here('./tests/unit-shims/CodeBlock.tsx')},
      {find: '@theme/Tabs', replacement: here('./tests/unit-shims/Tabs.tsx')},
      {find: '@theme/TabItem', replacement: here('./tests/unit-shims/TabItem.tsx')},
    ],
  },
  // The Docusaurus tsconfig says `jsx: preserve` (its bundler compiles JSX); tests compile it here.
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Property tests run thousands of cases; on a busy 2-core CI machine 5 s is not enough for some.
    testTimeout: 30_000,
    // `npm run test:unit` enforces these: the domain is the product, the views and hooks are thin but tested.
    coverage: {
      provider: 'v8',
      include: ['src/discord/**/*.ts', 'src/components/**/*.{ts,tsx}', 'src/hooks/**/*.{ts,tsx}'],
      exclude: ['**/*.test.*', '**/*.d.ts'],
      reportsDirectory: 'reports/coverage',
      reporter: ['text-summary', 'json-summary'],
      thresholds: {
        'src/discord/**': {lines: 95},
        'src/components/**': {lines: 85},
        'src/hooks/**': {lines: 85},
      },
    },
  },
});
