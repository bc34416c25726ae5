// What a page costs a first-time reader, measured the same way by `npm run bench` and tests/e2e/budgets.spec.ts.
//
// Method: load the page in Chromium with an empty cache, wait until React has hydrated and the network has been
// idle for 500 ms, and take every same-origin request the page made. That includes what the HTML names
// (<script src>, <link rel=stylesheet|preload|modulepreload>) *and* the route chunks the Docusaurus runtime
// loads for that route after the HTML, which no static reading of the HTML sees. Requests the page only makes
// as `<link rel=prefetch>` (Docusaurus prefetches the chunks of links in view, `Sec-Purpose: prefetch`) are
// counted apart: they are for the next page, not this one. Sizes are not taken from the network (no timings, no
// server behaviour): each URL is mapped to its file in the build directory, and "gzip" is that file gzipped here
// with zlib at level 6 (the gzip default); binary files (fonts, PNG) count their raw size as their gzip size.
import {readFileSync, statSync} from 'node:fs';
import {extname} from 'node:path';
import {gzipSync} from 'node:zlib';
import {fileForPath} from './build-files.mjs';

export const GZIP_LEVEL = 6;
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg']);

/** @param {string} file */
export function fileSizes(file) {
  const raw = statSync(file).size;
  const gzip = COMPRESSIBLE.has(extname(file)) ? gzipSync(readFileSync(file), {level: GZIP_LEVEL}).length : raw;
  return {raw, gzip};
}

/**
 * @param {string} resourceType Playwright's request.resourceType()
 * @param {string} pathname
 * @returns {'html' | 'js' | 'css' | 'font' | 'image' | 'search' | 'other'}
 */
export function kindOf(resourceType, pathname) {
  if (pathname.includes('/pagefind/')) return 'search';
  if (resourceType === 'document') return 'html';
  const ext = extname(pathname);
  if (ext === '.js' || ext === '.mjs' || resourceType === 'script') return 'js';
  if (ext === '.css' || resourceType === 'stylesheet') return 'css';
  if (['.woff2', '.woff', '.ttf', '.otf'].includes(ext) || resourceType === 'font') return 'font';
  if (['.svg', '.png', '.jpg', '.jpeg', '.webp', '.gif', '.ico', '.avif'].includes(ext) || resourceType === 'image') {
    return 'image';
  }
  return 'other';
}

/**
 * @typedef {{url: string, path: string, kind: string, raw: number, gzip: number, file?: string}} Entry
 * @typedef {{raw: number, gzip: number, count: number}} Total
 * @typedef {{
 *   url: string,
 *   entries: Entry[],
 *   prefetched: string[],
 *   search: string[],
 *   unmapped: string[],
 *   totals: Record<'html' | 'js' | 'css' | 'font' | 'image' | 'search' | 'other', Total>,
 *   requests: number,
 * }} Weight
 */

/**
 * Loads `url` in `page` (use a fresh context, so the cache is empty) and weighs what it fetched.
 * @param {import('@playwright/test').Page} page
 * @param {string} url absolute URL, or a path when the page's context has a baseURL
 * @param {string} buildDir where the served files are
 * @returns {Promise<Weight>}
 */
export async function weighPage(page, url, buildDir) {
  /** @type {{url: string, type: string, prefetch: boolean, request: import('@playwright/test').Request}[]} */
  const seen = [];
  const onRequest = (/** @type {import('@playwright/test').Request} */ request) => {
    const purpose = `${request.headers()['sec-purpose'] ?? ''} ${request.headers()['purpose'] ?? ''}`;
    seen.push({url: request.url(), type: request.resourceType(), prefetch: /prefetch/i.test(purpose), request});
  };
  page.on('request', onRequest);
  try {
    await page.goto(url);
    await page.waitForSelector('html[data-has-hydrated="true"]');
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', onRequest);
  }
  const origin = new URL(page.url()).origin;
  const own = seen.filter((r) => new URL(r.url).origin === origin);
  const loaded = new Map();
  for (const r of own) {
    // A redirect (`/th/` → `/th`) transfers no file: counting it would weigh the page's HTML twice.
    if (r.prefetch || r.request.redirectedTo() !== null) continue;
    const u = new URL(r.url);
    const key = u.origin + u.pathname;
    if (!loaded.has(key)) loaded.set(key, r);
  }
  const totals = Object.fromEntries(
    ['html', 'js', 'css', 'font', 'image', 'search', 'other'].map((k) => [k, {raw: 0, gzip: 0, count: 0}]),
  );
  /** @type {Entry[]} */
  const entries = [];
  const unmapped = [];
  for (const [key, r] of loaded) {
    const path = new URL(key).pathname;
    const kind = kindOf(r.type, path);
    const file = fileForPath(buildDir, path);
    const sizes = file ? fileSizes(file) : {raw: 0, gzip: 0};
    if (!file) unmapped.push(path);
    entries.push({url: key, path, kind, ...sizes, ...(file ? {file} : {})});
    const t = totals[kind];
    t.raw += sizes.raw;
    t.gzip += sizes.gzip;
    t.count += 1;
  }
  const prefetched = [...new Set(own.filter((r) => r.prefetch).map((r) => new URL(r.url).pathname))];
  const search = [...new Set(own.map((r) => new URL(r.url).pathname).filter((p) => p.includes('/pagefind/')))];
  return {
    url: page.url(),
    entries,
    prefetched,
    search,
    unmapped,
    totals: /** @type {Weight['totals']} */ (totals),
    requests: entries.length,
  };
}

/** Sum of the gzip bytes of the given kinds. @param {Weight} w @param {string[]} kinds */
export function gzipOf(w, kinds) {
  return kinds.reduce((sum, k) => sum + (w.totals[/** @type {keyof Weight['totals']} */ (k)]?.gzip ?? 0), 0);
}

/** @param {number} bytes */
export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
