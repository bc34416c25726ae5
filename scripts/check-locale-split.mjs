#!/usr/bin/env node
// After a build: fails when a locale's JS carries another locale's invite-lint text (see lib/locale-split.mjs).
// Run: node scripts/check-locale-split.mjs [build dir]. Checks build/ (default locale) and build/<locale>/ for
// every other locale that was built. `npm run build` runs it last.
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import createJiti from 'jiti';
import {foreignLintText} from './lib/locale-split.mjs';

const build = resolve(process.argv[2] ?? 'build');
const {DEFAULT_LOCALE, LOCALES} = createJiti(import.meta.url, {interopDefault: true})(
  join(process.cwd(), 'locales.ts'),
);
const dirOf = (locale) => (locale === DEFAULT_LOCALE ? build : join(build, locale));

const problems = [];
let searched = 0;
for (const locale of LOCALES.filter((l) => existsSync(join(dirOf(l), 'assets/js')))) {
  searched += 1;
  if (foreignLintText(dirOf(locale), locale).leaks.length === 0) {
    problems.push(`${locale}: none of its own finding text found, so the search is not working`);
  }
  for (const other of LOCALES.filter((l) => l !== locale)) {
    for (const leak of foreignLintText(dirOf(locale), other).leaks)
      problems.push(`${locale} build has ${other}: ${leak}`);
  }
}
if (searched === 0) problems.push(`no locale build under ${build}`);
if (problems.length > 0) {
  console.error(`check-locale-split: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-locale-split: ${searched} locale build(s), no finding text of another language.`);
