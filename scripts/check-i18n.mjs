#!/usr/bin/env node
// Fails when a translated edition drifts from the English one: a page without a twin, a twin whose heading
// ids, embedded tools or front matter differ, a page that keeps an English paragraph, a UI string (ours or the
// theme's) that is missing or left in English, or translation files that `docusaurus write-translations` would
// change (a new id, a translator note that is not in the source, a key no source uses). Every locale of
// docusaurus.config.ts but the default one is checked. Run: npm run check-i18n
import {
  readFileSync,
  readdirSync,
  existsSync,
  statSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {execFileSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import createJiti from 'jiti';

const ROOT = process.cwd();
const DOCS = join(ROOT, 'docs');
const CONFIG_FILE = join(ROOT, 'docusaurus.config.ts');
// The languages as Docusaurus sees them: the config loaded with jiti, the loader Docusaurus itself uses for it.
const {i18n} = createJiti(import.meta.url, {interopDefault: true})(CONFIG_FILE);
const TRANSLATED = i18n.locales.filter((locale) => locale !== i18n.defaultLocale);
/** `i18n/<locale>`, or wherever the config's i18n.path / localeConfigs[locale].path put it. */
const localizationDir = (locale, i18nRoot = join(ROOT, i18n.path ?? 'i18n')) =>
  join(i18nRoot, i18n.localeConfigs?.[locale]?.path ?? locale);
const TH = /[\u0E00-\u0E7F]/;
/**
 * How a translated text is told from the English: a letter of the language's script. `null` is for a language
 * written in Latin letters, whose texts are only required to differ from the English. A locale missing here is
 * reported, so a new language gets a deliberate entry.
 */
const SCRIPTS = {th: TH};
const isTranslated = (locale, text, english) => (SCRIPTS[locale] ? SCRIPTS[locale].test(text) : text !== english);
/** Names that read the same in Thai: product and library names, code words. */
const SAME_IN_BOTH = new Set([
  'English',
  'ไทย',
  'Discord',
  'discord.py',
  'nextcord',
  'discord.js',
  'Discord.Net',
  'GitHub',
  'OAuth2',
  'API',
]);

const problems = [];
const problem = (file, msg) => problems.push(`${relative(ROOT, file)}: ${msg}`);

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function frontMatter(text) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const fields = {};
  if (m)
    for (const line of m[1].split('\n')) {
      const kv = /^(\w+):\s*(.*)$/.exec(line);
      if (kv) fields[kv[1]] = kv[2].replace(/^['"]|['"]$/g, '');
    }
  return {fields, body: m ? text.slice(m[0].length) : text};
}

const headingIds = (body) => [...body.matchAll(/^#{1,6} .*\{#([\w-]+)\}\s*$/gm)].map((m) => m[1]).sort();
const components = (body) =>
  [...stripCode(body).matchAll(/<([A-Z][A-Za-z]+)\b/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

function stripCode(body) {
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
}

/** Prose left in English: a paragraph or list item with six or more Latin words and no letter of `script`. */
function englishParagraphs(body, script) {
  const prose = stripCode(body)
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[\w-]+\}/g, '')
    .replace(/https?:\/\/\S+/g, '');
  return prose
    .split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)|\n(?=\|)/)
    .map((p) => p.trim())
    .filter((p) => !script.test(p) && (p.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []).length >= 6);
}

// 0. What `docusaurus write-translations --locale <locale>` extracts from the source (ids, English text, translator
// notes), per file. It runs against a scratch i18n folder (a wrapper config moves i18n.path there), so the real
// translation files are never touched. Used for English texts below and for the drift check (5).
const DOCUSAURUS_BIN = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');
const extracted = new Map();
function extractedFiles(locale) {
  if (extracted.has(locale)) return extracted.get(locale);
  const scratch = mkdtempSync(join(tmpdir(), 'check-i18n-'));
  const files = {};
  try {
    // The wrapper resolves the preset and plugins from the site's node_modules, like the real config.
    symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'), 'dir');
    const wrapper = join(scratch, 'docusaurus.config.ts');
    writeFileSync(
      wrapper,
      `import config from ${JSON.stringify(CONFIG_FILE)};\n` +
        `export default {...config, i18n: {...config.i18n, path: ${JSON.stringify(join(scratch, 'i18n'))}}};\n`,
    );
    execFileSync(
      process.execPath,
      [DOCUSAURUS_BIN, 'write-translations', ROOT, '--config', wrapper, '--locale', locale],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {...process.env, NO_COLOR: '1'},
      },
    );
    const out = localizationDir(locale, join(scratch, 'i18n'));
    for (const file of walk(out).filter((f) => f.endsWith('.json'))) {
      files[relative(out, file)] = JSON.parse(readFileSync(file, 'utf8'));
    }
  } catch (error) {
    problem(CONFIG_FILE, `docusaurus write-translations --locale ${locale} failed: ${error.stderr ?? error.message}`);
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
  extracted.set(locale, files);
  return files;
}

for (const locale of TRANSLATED) {
  if (!(locale in SCRIPTS)) {
    problem(join(ROOT, 'scripts/check-i18n.mjs'), `SCRIPTS has no entry for "${locale}": add its script, or null`);
  }
}

// 1. Pages: every English page has a twin in each translated locale that matches it.
const enPages = walk(DOCS).filter((f) => /\.mdx?$/.test(f));
for (const locale of TRANSLATED) {
  const script = SCRIPTS[locale];
  const twinDocs = join(localizationDir(locale), 'docusaurus-plugin-content-docs/current');
  const twins = new Set(
    walk(twinDocs)
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => relative(twinDocs, f)),
  );
  for (const en of enPages) {
    const rel = relative(DOCS, en);
    const twin = join(twinDocs, rel);
    if (!twins.delete(rel)) {
      problem(en, `no "${locale}" twin at ${relative(ROOT, twin)}`);
      continue;
    }
    const e = frontMatter(readFileSync(en, 'utf8'));
    const t = frontMatter(readFileSync(twin, 'utf8'));
    for (const key of ['title', 'description', 'sidebar_label']) {
      if (e.fields[key] && !isTranslated(locale, t.fields[key] ?? '', e.fields[key])) {
        problem(twin, `front matter "${key}" is missing or not translated`);
      }
    }
    if (e.fields.sidebar_position !== t.fields.sidebar_position) problem(twin, 'sidebar_position differs from English');
    const [eIds, tIds] = [headingIds(e.body), headingIds(t.body)];
    if (eIds.join() !== tIds.join()) {
      problem(
        twin,
        `heading ids differ from English: missing [${eIds.filter((i) => !tIds.includes(i))}], extra [${tIds.filter((i) => !eIds.includes(i))}]`,
      );
    }
    if (components(e.body) !== components(t.body)) {
      problem(twin, `embeds different components: en [${components(e.body)}] ${locale} [${components(t.body)}]`);
    }
    if (script) {
      for (const p of englishParagraphs(t.body, script)) {
        problem(twin, `English prose left untranslated: "${p.slice(0, 90)}…"`);
      }
    }
  }
  for (const orphan of twins) problem(join(twinDocs, orphan), 'page without an English source');
}

// 2. Sidebar categories: every _category_.json label is translated.
for (const locale of TRANSLATED) {
  const currentJson = join(localizationDir(locale), 'docusaurus-plugin-content-docs/current.json');
  const current = existsSync(currentJson) ? JSON.parse(readFileSync(currentJson, 'utf8')) : {};
  for (const cat of walk(DOCS).filter((f) => f.endsWith('_category_.json'))) {
    const {label} = JSON.parse(readFileSync(cat, 'utf8'));
    const entry = Object.entries(current).find(([k]) => k.endsWith(`.category.${label}`));
    if (!entry || !isTranslated(locale, entry[1].message, label)) {
      problem(currentJson, `category "${label}" has no translated label`);
    }
  }
}

// 3. UI strings: ours (every id in src/) and the theme's (every key Docusaurus ships) are in code.json, translated.
const wanted = new Set();
for (const file of walk(join(ROOT, 'src')).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/<Translate\b[^>]*?\bid=["']([^"']+)["']/g)) wanted.add(m[1]);
  for (const m of text.matchAll(/\btranslate\(\s*\{[^}]*?\bid:\s*["']([^"']+)["']/g)) wanted.add(m[1]);
  if (/<Translate(?![^>]*\bid=)[\s>]/.test(text)) problem(file, '<Translate> without an explicit id');
}
const themeBase = join(ROOT, 'node_modules/@docusaurus/theme-translations/locales/base/theme-common.json');
for (const key of Object.keys(JSON.parse(readFileSync(themeBase, 'utf8')))) {
  if (!key.endsWith('___DESCRIPTION')) wanted.add(key);
}
for (const locale of TRANSLATED) {
  const codeJsonPath = join(localizationDir(locale), 'code.json');
  const code = existsSync(codeJsonPath) ? JSON.parse(readFileSync(codeJsonPath, 'utf8')) : {};
  // What Docusaurus extracts is the full list (the regexes above miss a call whose options hold braces).
  const source = extractedFiles(locale)['code.json'] ?? {};
  for (const id of new Set([...wanted, ...Object.keys(source)])) {
    const entry = code[id];
    // An id Docusaurus extracts but code.json lacks is reported by 5, with its English text.
    if (!entry) {
      if (!source[id]) problem(codeJsonPath, `missing "${id}"`);
    } else if (!isTranslated(locale, entry.message, source[id]?.message) && !SAME_IN_BOTH.has(entry.message))
      problem(codeJsonPath, `"${id}" is not translated: "${entry.message}"`);
  }
}

// 3b. Domain text (lint findings, catalogue labels) is not in translation files: each row carries every language
// (`satisfies Record<Locale, …>`, so `npm run typecheck` fails on a missing column) and the unit tests require it
// translated (src/discord/invite/lint-rules.test.ts for the invite linter). A third place for text must not come
// back: text kept out of code.json for size is split per locale at build time (SITE_LOCALE), not in side files.
for (const locale of TRANSLATED) {
  const side = join(localizationDir(locale), 'deferred');
  if (existsSync(side)) problem(side, 'translations outside code.json: put the text in its catalogue row instead');
}

// 4. Theme chrome files written by write-translations (navbar, footer).
for (const locale of TRANSLATED) {
  for (const name of ['navbar.json', 'footer.json']) {
    const file = join(localizationDir(locale), 'docusaurus-theme-classic', name);
    if (!existsSync(file)) {
      problem(file, 'missing');
      continue;
    }
    const english = SCRIPTS[locale] ? {} : (extractedFiles(locale)[`docusaurus-theme-classic/${name}`] ?? {});
    for (const [id, entry] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
      const {message} = entry;
      if (
        !isTranslated(locale, message, english[id]?.message) &&
        !SAME_IN_BOTH.has(message) &&
        !/^https?:/.test(message)
      ) {
        problem(file, `"${id}" is not translated: "${message}"`);
      }
    }
  }
}

// 5. Regenerable: `docusaurus write-translations` would leave every translation file as it is. It keeps each
// existing key and message, takes each translator note (`description`) from the source, appends ids it has not
// seen, and warns about (but keeps) keys no source produces; all four are reported here, as is a file it would
// create or reformat. Fix: put the note on the <Translate description=…> / translate({description}) call, run
// `npm run write-translations` and translate what it added, or delete the stale key.
let compared = 0;
for (const locale of TRANSLATED) {
  for (const [rel, source] of Object.entries(extractedFiles(locale))) {
    const file = join(localizationDir(locale), rel);
    if (!existsSync(file)) {
      problem(file, `write-translations would create it (${Object.keys(source).length} entries)`);
      continue;
    }
    compared += 1;
    const text = readFileSync(file, 'utf8');
    const ours = JSON.parse(text);
    const merged = {...ours};
    for (const [id, {message, description}] of Object.entries(source)) {
      merged[id] = {message: ours[id]?.message ?? message, description};
      if (!ours[id]) problem(file, `write-translations would add "${id}": "${message}" (translate it)`);
      else if (ours[id].description !== description) {
        problem(
          file,
          description === undefined
            ? `"${id}": the note ${JSON.stringify(ours[id].description)} is not in the source; write-translations would delete it`
            : `"${id}": write-translations would change the note ${JSON.stringify(ours[id].description)} to ${JSON.stringify(description)}`,
        );
      }
    }
    for (const id of Object.keys(ours)) {
      if (!(id in source)) problem(file, `"${id}" is not produced by any source (stale: remove it, or restore its id)`);
    }
    if (`${JSON.stringify(merged, null, 2)}\n` !== text && !problems.some((p) => p.startsWith(relative(ROOT, file)))) {
      problem(file, 'write-translations would rewrite it (key order or formatting): run npm run write-translations');
    }
  }
}

// 6. Thai spellings: the glossary's table says which spelling the site uses for each term, and lists the others a
// reader may meet ("คำสะกดแบบอื่นที่อาจเจอ"). Those others must not appear in Thai pages, code.json, the theme files or
// the Thai text of the src/discord catalogues; the glossary itself names them on purpose and is skipped.
// Only Thai-script alternatives count (an English word such as "commit" may stand in Thai prose), and an
// alternative inside a spelling the site uses is no hit (สิทธิ in สิทธิ์, เซิร์ฟ in เซิร์ฟเวอร์).
const GLOSSARY = 'reference/glossary.mdx';
/** Cells of the glossary's spelling table: [[used, english, on screen, alternatives], …]. */
function spellingTable(text) {
  const rows = text.split('\n').filter((line) => line.startsWith('|'));
  const cells = (line) =>
    line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((cell) => cell.trim());
  return rows
    .map(cells)
    .filter((row) => row.length === 4 && !/^-+$/.test(row[0]))
    .slice(1);
}
/**
 * Thai has no spaces between words, so a rejected spelling can sit inside an ordinary word: these are not hits.
 * (ค่าสิทธิ์ "permission value" is rejected for ตัวเลขสิทธิ์; การตั้งค่าสิทธิ์ is "permission settings".)
 */
const ORDINARY_WORDS = ['ตั้งค่าสิทธิ์', 'ภายในขอบเขต', 'เกินขอบเขต'];
const withoutNotes = (cell) => cell.replace(/\([^)]*\)/g, '');
function rejectedSpellings(locale) {
  const file = join(localizationDir(locale), 'docusaurus-plugin-content-docs/current', GLOSSARY);
  const script = SCRIPTS[locale];
  if (!script || !existsSync(file)) return {file, rejected: [], accepted: []};
  const table = spellingTable(readFileSync(file, 'utf8'));
  if (table.length === 0) problem(file, 'no spelling table found (| used | English | on screen | alternatives |)');
  // What the site uses: the first column, and each name it gives in brackets ("ระงับสมาชิกชั่วคราว (Timeout Members)").
  const accepted = [
    ...table.flatMap(([used]) => used.split(/[(),]/).map((term) => term.trim())).filter(Boolean),
    ...ORDINARY_WORDS,
  ];
  const rejected = table
    .flatMap((row) => withoutNotes(row[3]).split(','))
    .map((term) => term.trim())
    // A word the table uses for another concept is no rejected spelling (อีเวนต์: gateway events, not กิจกรรม).
    .filter((term) => term && term !== '–' && script.test(term) && !accepted.includes(term));
  return {file, rejected: [...new Set(rejected)], accepted};
}
/** The rejected spellings in `text`, skipping those that are part of an accepted spelling at that place. */
function spellingHits(text, rejected, accepted) {
  const hits = [];
  for (const term of rejected) {
    const covering = accepted.filter((a) => a !== term && a.includes(term));
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
      const insideAccepted = covering.some((a) => {
        const offset = a.indexOf(term);
        return text.startsWith(a, at - offset);
      });
      if (!insideAccepted) {
        hits.push(term);
        break;
      }
    }
  }
  return hits;
}
/** Every `th` string in the exports of the src/discord modules (labels, descriptions, notes, lint messages). */
function catalogueTexts(locale) {
  const load = createJiti(import.meta.url, {interopDefault: true});
  const texts = [];
  const seen = new Set();
  const visit = (value, path) => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      if (key === locale && typeof child === 'string') texts.push({path: `${path}.${key}`, text: child});
      else visit(child, `${path}.${key}`);
    }
  };
  const modules = walk(join(ROOT, 'src/discord')).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f));
  for (const file of modules) {
    try {
      visit(load(file), relative(ROOT, file));
    } catch (error) {
      problem(file, `could not load it to check its ${locale} text: ${error.message}`);
    }
  }
  return texts;
}
for (const locale of TRANSLATED) {
  const {file: glossary, rejected, accepted} = rejectedSpellings(locale);
  if (rejected.length === 0) continue;
  const report = (where, text) => {
    const hits = spellingHits(text, rejected, accepted);
    if (hits.length)
      problem(where, `spelling the glossary rejects: ${hits.join(', ')} (see ${relative(ROOT, glossary)})`);
  };
  const twinDocs = join(localizationDir(locale), 'docusaurus-plugin-content-docs/current');
  for (const page of walk(twinDocs).filter((f) => /\.mdx?$/.test(f) && f !== glossary)) {
    report(page, readFileSync(page, 'utf8').replace(/https?:\/\/\S+/g, ''));
  }
  const jsonFiles = [
    join(localizationDir(locale), 'code.json'),
    ...walk(join(localizationDir(locale), 'docusaurus-theme-classic')).filter((f) => f.endsWith('.json')),
    join(localizationDir(locale), 'docusaurus-plugin-content-docs/current.json'),
  ].filter((f) => existsSync(f));
  for (const jsonFile of jsonFiles) {
    for (const [id, {message}] of Object.entries(JSON.parse(readFileSync(jsonFile, 'utf8')))) {
      const hits = spellingHits(message, rejected, accepted);
      if (hits.length) problem(jsonFile, `"${id}": spelling the glossary rejects: ${hits.join(', ')}`);
    }
  }
  for (const {path, text} of catalogueTexts(locale)) {
    const hits = spellingHits(text, rejected, accepted);
    if (hits.length) problems.push(`${path}: spelling the glossary rejects: ${hits.join(', ')}`);
  }
}

if (problems.length) {
  console.error(`check-i18n: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `check-i18n: ${enPages.length} pages with twins in ${TRANSLATED.join(', ')}, ${wanted.size} UI strings translated; write-translations would change none of ${compared} translation files.`,
);
