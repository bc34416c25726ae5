#!/usr/bin/env node
// Prints "N passed, N failed" over the JSON reports Vitest and Playwright wrote in reports/ (not test-results/,
// which Playwright empties when it starts).
import {existsSync, readFileSync} from 'node:fs';

let passed = 0;
let failed = 0;

const vitest = 'reports/vitest.json';
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
}

const e2e = 'reports/e2e.json';
if (existsSync(e2e)) {
  const {stats} = JSON.parse(readFileSync(e2e, 'utf8'));
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
}

console.log(`${passed} passed, ${failed} failed`);
