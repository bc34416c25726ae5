import {defineConfig, devices} from '@playwright/test';
import {siteLocation} from './site-env';

const PORT = Number(process.env.E2E_PORT ?? 3210);
// The build to test (default build/) and the path it is served under: BASE_URL, as the build read it. `.ci/run`
// tests a second build at /discord-bot-guide/, as a GitHub project page serves it.
const BUILD_DIR = process.env.E2E_BUILD_DIR ?? 'build';
const BASE = siteLocation().baseUrl;

// Runs against the production build (both locales, search index included), as readers get it.
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // On the 2-core CI machine a test can starve (one in 307 failed once, and passed on the next clean run); one retry
  // there, and scripts/test-totals.mjs names every test that needed it, so a flake is seen, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: {timeout: 10_000},
  forbidOnly: Boolean(process.env.CI),
  // scripts/test-totals.mjs adds up reports/e2e*.json; a second run (.ci/run, base path) names its own file.
  reporter: [['list'], ['json', {outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json'}]],
  use: {
    baseURL: `http://localhost:${PORT}${BASE}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{name: 'chromium', use: {...devices['Desktop Chrome'], channel: undefined}}],
  // At the root, `docusaurus serve` (redirects /x to /x/ with trailingSlash: true, as GitHub Pages does). Under a
  // base path, scripts/serve.mjs: docusaurus serve 3.10 redirects some asset URLs there (see that file).
  webServer: {
    command:
      BASE === '/'
        ? `npx docusaurus serve --no-open --port ${PORT} --dir ${BUILD_DIR}`
        : `node scripts/serve.mjs --port ${PORT} --dir ${BUILD_DIR} --base ${BASE}`,
    url: `http://localhost:${PORT}${BASE}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
