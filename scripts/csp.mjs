#!/usr/bin/env node
// Adds a Content-Security-Policy <meta> to every HTML page of the build, after `docusaurus build` and Pagefind
// (`npm run build` runs it). A static host can't be relied on to send headers, so the policy travels in the page.
//
//   node scripts/csp.mjs [buildDir]     (default: build)
//
// The policy allows nothing from other hosts. Inline scripts are allowed by hash only, computed per page:
// Docusaurus inlines a colour-mode script in every page, and scripts/paint-first/template.ts a loader naming the
// bundles (its hash changes whenever the bundles do, and differs per locale). Inline scripts managed by react-helmet
// (`data-rh`) can be re-inserted by the client router on a page that never had them in its HTML, so their hashes
// are added to every page of the same language.
// `<script type="application/ld+json">` is a data block, not a script: CSP doesn't apply to it, nothing to hash.
//
// A <meta> policy can't carry `frame-ancestors`, `report-uri` or `sandbox`; browsers ignore them there. Hosts that
// read a `_headers` file (Netlify, Cloudflare Pages) get `build/_headers` with the full policy, hashes of the
// whole site and `frame-ancestors 'none'`; on any other host, set that header yourself (README, "Security").
// Re-running on the same build replaces the policy rather than stacking a second one.
import {createHash} from 'node:crypto';
import {readFileSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {pathToFileURL} from 'node:url';
import {htmlFiles} from './lib/build-files.mjs';

/** Everything but script-src, in the order the policy lists it. */
const FIXED = {
  'default-src': ["'self'"],
  // React style={{…}} attributes and Docusaurus's own inline styles; styles can't run code.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: for the small SVG icons Infima and Docusaurus inline in their CSS.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // Pagefind starts `new Worker('/pagefind/pagefind-worker.js')`, a same-origin URL: no blob: needed.
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};
// 'wasm-unsafe-eval': Pagefind compiles WebAssembly on the page when it can't start its worker.
const SCRIPT_BASE = ["'self'", "'wasm-unsafe-eval'"];

/** The policy text for a set of inline-script hashes (`sha256-…` sources, without quotes). */
export function policy(hashes, extra = {}) {
  const directives = {
    'default-src': FIXED['default-src'],
    'script-src': [...SCRIPT_BASE, ...[...hashes].sort().map((h) => `'${h}'`)],
    ...Object.fromEntries(Object.entries(FIXED).slice(1)),
    ...extra,
  };
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

const SCRIPT_RE = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const CSP_META_RE = /<meta http-equiv="?Content-Security-Policy"?[^>]*>/gi;

/** Reads one attribute from a minified or unminified tag's attribute text (quoted or not). */
function attr(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?(?=\\s|/|$)`, 'i').exec(
    attrs,
  );
  if (!m) return undefined;
  return m[1] ?? m[2] ?? m[3] ?? '';
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);

/** Inline scripts the browser would run, with their hashes and whether react-helmet manages them. */
export function inlineScripts(html) {
  const found = [];
  for (const m of html.matchAll(SCRIPT_RE)) {
    const attrs = m[1] ?? '';
    if (attr(attrs, 'src') !== undefined) continue;
    if (!JS_TYPES.has((attr(attrs, 'type') ?? '').trim().toLowerCase())) continue;
    const hash = `sha256-${createHash('sha256')
      .update(m[2] ?? '', 'utf8')
      .digest('base64')}`;
    found.push({hash, helmet: attr(attrs, 'data-rh') !== undefined});
  }
  return found;
}

/** Inline event handlers and javascript: URLs would need 'unsafe-inline'/'unsafe-hashes': refuse the build. */
function inlineHandlers(html) {
  const withoutScripts = html.replace(SCRIPT_RE, '');
  const bad = [];
  for (const m of withoutScripts.matchAll(/<[a-z][^\s>]*\s[^>]*>/gi)) {
    const tag = m[0];
    const handler = /\son[a-z]+\s*=/i.exec(tag);
    const jsUrl = /\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.exec(tag);
    if (handler || jsUrl) bad.push(tag.slice(0, 120));
  }
  return bad;
}

/** Puts the policy right after <meta charset> (which must stay first), i.e. before anything that loads or runs. */
export function withPolicy(html, text) {
  const clean = html.replace(CSP_META_RE, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${text}">`;
  const head = /<head\b[^>]*>(\s*<meta charset=[^>]*>)?/i.exec(clean);
  if (!head) throw new Error('no <head>');
  const at = head.index + head[0].length;
  return clean.slice(0, at) + meta + clean.slice(at);
}

function langOf(html) {
  return /<html\b[^>]*\slang=["']?([^\s"'>]+)/i.exec(html)?.[1] ?? '';
}

function main() {
  const buildDir = process.argv[2] ?? 'build';
  const files = htmlFiles(buildDir);
  if (files.length === 0) throw new Error(`No HTML in ${buildDir}/: run \`docusaurus build\` first.`);

  const pages = files.map((file) => {
    const html = readFileSync(file, 'utf8');
    return {file, html, lang: langOf(html), scripts: inlineScripts(html), handlers: inlineHandlers(html)};
  });

  const offenders = pages.filter((p) => p.handlers.length > 0);
  if (offenders.length > 0) {
    for (const p of offenders) console.error(`${relative(buildDir, p.file)}: ${p.handlers.join(' | ')}`);
    throw new Error('Inline event handlers or javascript: URLs would be blocked by the Content-Security-Policy.');
  }

  const helmetByLang = new Map();
  for (const p of pages) {
    const set = helmetByLang.get(p.lang) ?? new Set();
    for (const s of p.scripts) if (s.helmet) set.add(s.hash);
    helmetByLang.set(p.lang, set);
  }

  const all = new Set();
  for (const p of pages) {
    const hashes = new Set([...p.scripts.map((s) => s.hash), ...(helmetByLang.get(p.lang) ?? [])]);
    for (const h of hashes) all.add(h);
    writeFileSync(p.file, withPolicy(p.html, policy(hashes)));
  }

  // For hosts that read Netlify-style `_headers`: one header for the whole site, so every page's hash is in it.
  const header = policy(all, {'frame-ancestors': ["'none'"]});
  writeFileSync(
    join(buildDir, '_headers'),
    `# Written by scripts/csp.mjs. Hosts that read this file send the policy as a header, where frame-ancestors works.\n` +
      `/*\n  Content-Security-Policy: ${header}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
  );
  console.log(
    `csp: policy added to ${pages.length} pages in ${buildDir}/ (${all.size} distinct inline-script hashes); ${join(buildDir, '_headers')} written`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(`csp: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
