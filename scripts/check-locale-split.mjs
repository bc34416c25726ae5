#!/usr/bin/env node
// After a build: fails when a locale's JS carries another locale's invite-lint text, a non-Thai build carries the
// catalogues' Thai-only text, or a non-English build their English-only text (see lib/locale-split.mjs and the
// thaiOnly() / englishOnly() helpers of each src/discord catalogue and snippet writer), or a non-default locale's main
// bundle carries the tools' own messages (src/client/messages/groups.ts).
// Run: node scripts/check-locale-split.mjs [build dir]. Checks build/ (default locale) and build/<locale>/ for
// every other locale that was built. `npm run build` runs it last.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
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
/**
 * Text one locale's helper marks (thaiOnly() / englishOnly() in src/discord): only that locale's build may carry it,
 * and it must carry all of it (else the search, or the owning page, is broken).
 * @param {string[]} texts @param {string} owner @param {string} helper @param {string} language @param {string} kind
 */
function checkOwnedText(texts, owner, helper, language, kind) {
  if (texts.length < 50)
    problems.push(`only ${texts.length} ${helper}() texts found in src/discord, so the search is not working`);
  for (const locale of LOCALES.filter((l) => existsSync(join(dirOf(l), 'assets/js')))) {
    const found = textsInBuild(dirOf(locale), texts);
    if (locale === owner && found.length < texts.length)
      problems.push(`${owner} build lacks ${texts.length - found.length} of its ${texts.length} ${kind}`);
    if (locale !== owner)
      for (const text of found) problems.push(`${locale} build has ${language}-only text: "${text.slice(0, 40)}…"`);
  }
}
// The catalogues' Thai sentences and the English-only text (snippet comments, scope and preset descriptions).
const prose = thaiOnlyTexts();
checkOwnedText(prose, 'th', 'thaiOnly', 'Thai', 'catalogue sentences');
const english = englishOnlyTexts();
checkOwnedText(english, 'en', 'englishOnly', 'English', 'English-only sentences');
// The tools' own messages ship with each tool (src/client/messages/groups.ts), not in the main bundle of every page.
const {MESSAGE_GROUPS} = createJiti(import.meta.url, {interopDefault: true})(
  join(process.cwd(), 'src/client/messages/groups.ts'),
);
let groupMessages = 0;
for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE && existsSync(join(dirOf(l), 'assets/js')))) {
  const codeJson = join(process.cwd(), 'i18n', locale, 'code.json');
  const mains = readdirSync(join(dirOf(locale), 'assets/js')).filter((name) => /^main\.[0-9a-f]+\.js$/.test(name));
  if (!existsSync(codeJson) || mains.length !== 1) {
    problems.push(`${locale}: expected i18n/${locale}/code.json and one main bundle, found ${mains.length}`);
    continue;
  }
  const main = readFileSync(join(dirOf(locale), 'assets/js', mains[0]), 'utf8');
  // Long messages only: a short one ("Copy") may also be the text of a message the main bundle keeps.
  const messages = Object.entries(JSON.parse(readFileSync(codeJson, 'utf8')))
    .filter(([id]) => MESSAGE_GROUPS.some((group) => id.startsWith(`${group}.`)))
    .map(([, {message}]) => JSON.stringify(message).slice(1, -1))
    .filter((message) => message.length >= 30);
  groupMessages += messages.length;
  for (const message of messages.filter((m) => main.includes(m)))
    problems.push(`${locale} main bundle has a tool's message: "${message.slice(0, 40)}…"`);
}
if (searched === 0) problems.push(`no locale build under ${build}`);
if (problems.length > 0) {
  console.error(`check-locale-split: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `check-locale-split: ${searched} locale build(s), no finding text of another language; catalogue Thai-only text (${prose.length} sentences) only in th, English-only text (${english.length}) only in en; none of the tools' ${groupMessages} long messages in a main bundle.`,
);
