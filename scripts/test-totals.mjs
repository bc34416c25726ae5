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
const flaky = [];
/** @param {{specs?: {title: string, file: string, line: number, tests: {status: string}[]}[], suites?: unknown[]}} suite */
function collectFlaky(suite, report) {
  for (const spec of suite.specs ?? [])
    if (spec.tests.some((t) => t.status === 'flaky')) flaky.push(`${report}: ${spec.file}:${spec.line} ${spec.title}`);
  for (const child of suite.suites ?? []) collectFlaky(/** @type {typeof suite} */ (child), report);
}
for (const name of e2eReports) {
  const report = JSON.parse(readFileSync(`reports/${name}`, 'utf8'));
  const {stats} = report;
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
  for (const suite of report.suites ?? []) collectFlaky(suite, name);
}

// A test that failed once and passed on its retry counts as passed, and is named here.
for (const line of flaky) console.log(`flaky (passed on retry): ${line}`);
console.log(`${passed} passed, ${failed} failed`);
