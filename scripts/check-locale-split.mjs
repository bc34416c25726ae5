#!/usr/bin/env node
// After a build: fails when a locale's JS carries another locale's invite-lint text, a non-Thai build carries the
// catalogues' Thai-only text, or a non-English build their English-only text (see lib/locale-split.mjs and the
// thaiOnly() / englishOnly() helpers of each src/discord catalogue and snippet writer).
// Run: node scripts/check-locale-split.mjs [build dir]. Checks build/ (default locale) and build/<locale>/ for
// every other locale that was built. `npm run build` runs it last.
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import createJiti from 'jiti';
import {englishOnlyTexts, foreignLintText, textsInBuild, thaiOnlyTexts} from './lib/locale-split.mjs';

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
// The catalogues' Thai sentences: only the Thai build may carry them, and it must (else the search is broken).
const prose = thaiOnlyTexts();
if (prose.length < 50)
  problems.push(`only ${prose.length} thaiOnly() texts found in src/discord, so the search is not working`);
for (const locale of LOCALES.filter((l) => existsSync(join(dirOf(l), 'assets/js')))) {
  const found = textsInBuild(dirOf(locale), prose);
  if (locale === 'th' && found.length < prose.length) {
    problems.push(`th build lacks ${prose.length - found.length} of its ${prose.length} catalogue sentences`);
  }
  if (locale !== 'th')
    for (const text of found) problems.push(`${locale} build has Thai-only text: "${text.slice(0, 40)}…"`);
}
// The same for English-only text (snippet comments, scope and preset descriptions): only the English build.
const english = englishOnlyTexts();
if (english.length < 50)
  problems.push(`only ${english.length} englishOnly() texts found in src/discord, so the search is not working`);
for (const locale of LOCALES.filter((l) => existsSync(join(dirOf(l), 'assets/js')))) {
  const found = textsInBuild(dirOf(locale), english);
  if (locale === 'en' && found.length < english.length) {
    problems.push(`en build lacks ${english.length - found.length} of its ${english.length} English-only sentences`);
  }
  if (locale !== 'en')
    for (const text of found) problems.push(`${locale} build has English-only text: "${text.slice(0, 40)}…"`);
}
if (searched === 0) problems.push(`no locale build under ${build}`);
if (problems.length > 0) {
  console.error(`check-locale-split: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `check-locale-split: ${searched} locale build(s), no finding text of another language; catalogue Thai-only text (${prose.length} sentences) only in th, English-only text (${english.length}) only in en.`,
);
