#!/usr/bin/env node
// Prints "N passed, N failed" over the JSON reports Vitest and Playwright wrote in reports/ (not test-results/,
// which Playwright empties when it starts): reports/e2e.json from `npm test`, and reports/e2e-*.json from other
// Playwright runs (.ci/run's run against the build under a base path).
import {existsSync, readdirSync, readFileSync} from 'node:fs';

let passed = 0;
let failed = 0;

const vitest = 'reports/vitest.json';
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
}

const e2eReports = existsSync('reports')
  ? readdirSync('reports').filter((name) => /^e2e(-[\w-]+)?\.json$/.test(name))
  : [];
for (const name of e2eReports) {
  const {stats} = JSON.parse(readFileSync(`reports/${name}`, 'utf8'));
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
}

console.log(`${passed} passed, ${failed} failed`);
