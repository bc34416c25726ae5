// Checks that a locale's build carries no other locale's invite-lint text. The rules table
// (src/discord/invite/lint-rules.ts) picks each entry's text with process.env.SITE_LOCALE, which the site-locale
// plugin in docusaurus.config.ts defines per locale build; the minifier then drops the other languages. This reads
// the table once per locale, as that locale's build sees it, and looks for its sentences in the other builds' JS.
import {readFileSync, readdirSync, existsSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';
import createJiti from 'jiti';

const ROOT = process.cwd();
const RULES_FILE = join(ROOT, 'src/discord/invite/lint-rules.ts');

/** Every message and fix of the lint rules as a build for `locale` has them. */
export function lintTexts(locale) {
  const saved = process.env.SITE_LOCALE;
  process.env.SITE_LOCALE = locale;
  try {
    // A fresh loader without Node's module cache, so the table is evaluated again for this locale.
    const load = createJiti(import.meta.url, {interopDefault: true, cache: false, requireCache: false});
    const {RULES} = load(RULES_FILE);
    return [...new Set(RULES.flatMap((rule) => [rule.text.message, rule.text.fix]))];
  } finally {
    if (saved === undefined) delete process.env.SITE_LOCALE;
    else process.env.SITE_LOCALE = saved;
  }
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Text Docusaurus ships in every locale anyway: the English defaults of translate()/<Translate> in src/. */
function chromeDefaults() {
  return walk(join(ROOT, 'src'))
    .filter((file) => /\.tsx?$/.test(file) && file !== RULES_FILE && !/\.test\.tsx?$/.test(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/**
 * The sentences of `foreign` (a locale) found in the JS of the build at `buildDir` (the output of one locale's
 * `docusaurus build`, or its `<locale>/` folder in a full build). Minified JS writes non-ASCII as \uXXXX; both forms
 * are searched.
 */
export function foreignLintText(buildDir, foreign) {
  const chrome = chromeDefaults();
  const texts = lintTexts(foreign).filter((text) => !chrome.includes(text));
  const leaks = [];
  for (const file of walk(join(buildDir, 'assets/js')).filter((f) => f.endsWith('.js'))) {
    const js = readFileSync(file, 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    for (const text of texts) if (js.includes(text)) leaks.push(`${relative(ROOT, file)}: "${text.slice(0, 60)}…"`);
  }
  return {checked: texts.length, leaks};
}

/**
 * The texts the catalogues wrap in `helper()` (thaiOnly or englishOnly, each module's own), read from their sources,
 * minus any that some catalogue also writes unwrapped under `key` (an action named like a permission label, which
 * stays in every build) and, for Thai, old names (search).
 */
function wrappedTexts(helper, key) {
  const sources = walk(join(ROOT, 'src/discord'))
    .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file))
    .map((file) => readFileSync(file, 'utf8'));
  const unescape = (text) => text.replace(/\\(.)/g, '$1');
  // A single- or double-quoted literal (English often holds an apostrophe, so prettier writes it in double quotes).
  const literal = String.raw`(['"])((?:(?!\1)[^\\]|\\.)*)\1`;
  const wrapped = sources.flatMap((src) =>
    [...src.matchAll(new RegExp(String.raw`\b${helper}\(\s*${literal}`, 'g'))].map((m) => unescape(m[2])),
  );
  const kept = new Set(
    sources.flatMap((src) => [
      ...[...src.matchAll(new RegExp(String.raw`\b${key}:\s*${literal}`, 'g'))].map((m) => unescape(m[2])),
      ...[...src.matchAll(/oldNames:\s*\[([^\]]*)\]/g)].flatMap((m) =>
        [...m[1].matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((n) => unescape(n[1])),
      ),
    ]),
  );
  return wrapped.filter((text) => !kept.has(text));
}

/** The Thai texts the catalogues wrap in thaiOnly(): only the Thai build may carry them. */
export function thaiOnlyTexts() {
  return wrappedTexts('thaiOnly', 'th');
}

/** The English texts the catalogues and snippet writers wrap in englishOnly(): only the English build may carry them. */
export function englishOnlyTexts() {
  return wrappedTexts('englishOnly', 'en');
}

/** Which of `texts` occur as string literals in the JS of the build at `buildDir` (non-ASCII may be written as \uXXXX). */
export function textsInBuild(buildDir, texts) {
  const found = new Set();
  for (const file of walk(join(buildDir, 'assets/js')).filter((f) => f.endsWith('.js'))) {
    const js = readFileSync(file, 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    // As a whole string literal: a short label may also be part of a longer text that stays ("สถานะช่องเสียง").
    for (const text of texts) if (['"', "'", '`'].some((q) => js.includes(q + text + q))) found.add(text);
  }
  return [...found];
}
