#!/usr/bin/env node
// Fails when the Thai edition drifts from the English one: a page without a Thai twin, a twin whose heading
// ids, embedded tools or front matter differ, a Thai page that keeps an English paragraph, or a UI string
// (ours or the theme's) that is missing or left in English. Run: npm run check-i18n
import {readFileSync, readdirSync, existsSync, statSync} from 'node:fs';
import {join, relative} from 'node:path';

const ROOT = process.cwd();
const DOCS = join(ROOT, 'docs');
const TH_DOCS = join(ROOT, 'i18n/th/docusaurus-plugin-content-docs/current');
const TH = /[\u0E00-\u0E7F]/;
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

/** Prose left in English: a paragraph or list item with six or more Latin words and no Thai at all. */
function englishParagraphs(body) {
  const prose = stripCode(body)
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[\w-]+\}/g, '')
    .replace(/https?:\/\/\S+/g, '');
  return prose
    .split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.)\s)|\n(?=\|)/)
    .map((p) => p.trim())
    .filter((p) => !TH.test(p) && (p.match(/[A-Za-z][A-Za-z'’-]+/g) ?? []).length >= 6);
}

// 1. Pages: every English page has a Thai twin that matches it.
const enPages = walk(DOCS).filter((f) => /\.mdx?$/.test(f));
const thPages = new Set(
  walk(TH_DOCS)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => relative(TH_DOCS, f)),
);
for (const en of enPages) {
  const rel = relative(DOCS, en);
  const th = join(TH_DOCS, rel);
  if (!thPages.delete(rel)) {
    problem(en, `no Thai twin at ${relative(ROOT, th)}`);
    continue;
  }
  const e = frontMatter(readFileSync(en, 'utf8'));
  const t = frontMatter(readFileSync(th, 'utf8'));
  for (const key of ['title', 'description', 'sidebar_label']) {
    if (e.fields[key] && !TH.test(t.fields[key] ?? '')) problem(th, `front matter "${key}" is missing or not in Thai`);
  }
  if (e.fields.sidebar_position !== t.fields.sidebar_position) problem(th, 'sidebar_position differs from English');
  const [eIds, tIds] = [headingIds(e.body), headingIds(t.body)];
  if (eIds.join() !== tIds.join()) {
    problem(
      th,
      `heading ids differ from English: missing [${eIds.filter((i) => !tIds.includes(i))}], extra [${tIds.filter((i) => !eIds.includes(i))}]`,
    );
  }
  if (components(e.body) !== components(t.body)) {
    problem(th, `embeds different components: en [${components(e.body)}] th [${components(t.body)}]`);
  }
  for (const p of englishParagraphs(t.body)) problem(th, `English prose left untranslated: "${p.slice(0, 90)}…"`);
}
for (const orphan of thPages) problem(join(TH_DOCS, orphan), 'Thai page without an English source');

// 2. Sidebar categories: every _category_.json label has a Thai translation.
const currentJson = join(ROOT, 'i18n/th/docusaurus-plugin-content-docs/current.json');
const current = existsSync(currentJson) ? JSON.parse(readFileSync(currentJson, 'utf8')) : {};
for (const cat of walk(DOCS).filter((f) => f.endsWith('_category_.json'))) {
  const {label} = JSON.parse(readFileSync(cat, 'utf8'));
  const entry = Object.entries(current).find(([k]) => k.endsWith(`.category.${label}`));
  if (!entry || !TH.test(entry[1].message)) problem(currentJson, `category "${label}" has no Thai label`);
}

// 3. UI strings: ours (every id in src/) and the theme's (every key Docusaurus ships) are in code.json, in Thai.
const codeJsonPath = join(ROOT, 'i18n/th/code.json');
const code = existsSync(codeJsonPath) ? JSON.parse(readFileSync(codeJsonPath, 'utf8')) : {};
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
for (const id of wanted) {
  const entry = code[id];
  if (!entry) problem(codeJsonPath, `missing "${id}"`);
  else if (!TH.test(entry.message) && !SAME_IN_BOTH.has(entry.message))
    problem(codeJsonPath, `"${id}" is not translated: "${entry.message}"`);
}

// 3b. Deferred translations (i18n/th/deferred/*.json): text shown only after a reader acts, kept out of the
// Thai main bundle; every id passed to deferredTranslate() must have Thai there too.
const deferred = {};
for (const file of walk(join(ROOT, 'i18n/th/deferred')).filter((f) => f.endsWith('.json'))) {
  Object.assign(deferred, JSON.parse(readFileSync(file, 'utf8')));
}
let deferredCount = 0;
for (const file of walk(join(ROOT, 'src')).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))) {
  for (const m of readFileSync(file, 'utf8').matchAll(
    /deferredTranslate\(\s*\w+,\s*\{[^}]*?\bid:\s*["']([^"']+)["']/g,
  )) {
    deferredCount += 1;
    if (!TH.test(deferred[m[1]] ?? '')) problem(file, `deferred string "${m[1]}" has no Thai in i18n/th/deferred/`);
  }
}

// 4. Theme chrome files written by write-translations (navbar, footer).
for (const name of ['navbar.json', 'footer.json']) {
  const file = join(ROOT, 'i18n/th/docusaurus-theme-classic', name);
  if (!existsSync(file)) {
    problem(file, 'missing');
    continue;
  }
  for (const [id, entry] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
    if (!TH.test(entry.message) && !SAME_IN_BOTH.has(entry.message) && !/^https?:/.test(entry.message)) {
      problem(file, `"${id}" is not translated: "${entry.message}"`);
    }
  }
}

if (problems.length) {
  console.error(`check-i18n: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `check-i18n: ${enPages.length} pages with Thai twins, ${wanted.size} UI strings and ${deferredCount} deferred strings translated.`,
);
