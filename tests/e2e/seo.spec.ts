import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test as fileTest, expect} from '@playwright/test';
import type {Page} from '@playwright/test';
import {test as pageTest, gotoHydrated} from './fixtures';
import {fileForPath} from '../../scripts/lib/build-files.mjs';
import {
  DEFAULT_LOCALE,
  LOCALE_CONFIGS,
  LOCALES,
  TRANSLATED_LOCALES,
  localePath,
  type SiteLocale as Locale,
} from '../../locales';

/*
 * Search-engine and head checks of the built site, both locales. Pages come from the sitemaps the build wrote, so
 * new pages are covered without editing this file. Head tags are server-rendered, so most checks read build/
 * directly (fast, no browser); the last ones load pages in Chromium to check the head survives hydration and
 * client-side navigation.
 */

const BUILD = join(process.cwd(), 'build');
const THAI = /[\u0E00-\u0E7F]/;

function read(rel: string): string {
  const file = join(BUILD, rel);
  if (!existsSync(file)) throw new Error(`No ${file}: run \`npm run build\` before the end-to-end tests.`);
  return readFileSync(file, 'utf8');
}

/** Absolute page URLs of a locale, from its sitemap. */
function sitemapUrls(locale: Locale): string[] {
  const xml = read(localePath(locale, '/sitemap.xml').slice(1));
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '').sort();
}

const urls = Object.fromEntries(LOCALES.map((locale) => [locale, sitemapUrls(locale)])) as Record<Locale, string[]>;
const origin = new URL(urls[DEFAULT_LOCALE][0] ?? 'http://invalid').origin;
const LOCALE_PREFIX = new RegExp(`^/(?:${TRANSLATED_LOCALES.join('|')})(?=/|$)`);

/** Another language's URL of the same page: /docs/x ↔ /th/docs/x, / ↔ /th/. */
function twinUrl(url: string, to: Locale): string {
  const path = new URL(url).pathname.replace(LOCALE_PREFIX, '') || '/';
  return origin + localePath(to, path);
}

/** The hreflang alternates a page in any language must carry: every language's twin, and English as x-default. */
const alternatesOf = (url: string): Record<string, string> => ({
  ...Object.fromEntries(LOCALES.map((locale) => [LOCALE_CONFIGS[locale].htmlLang, twinUrl(url, locale)])),
  'x-default': twinUrl(url, DEFAULT_LOCALE),
});

interface Tag {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly index: number;
}

const decode = (s: string) =>
  s.replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => ({amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>'})[e] ?? _);

/** Start tags of the <head>, with attributes (minified HTML: values may be unquoted). */
function headTags(html: string): Tag[] {
  const head = html.slice(Math.max(0, html.search(/<head\b/i)), html.search(/<\/head>/i));
  const tags: Tag[] = [];
  for (const m of head.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[(a[1] ?? '').toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({name: (m[1] ?? '').toLowerCase(), attrs, index: m.index ?? 0});
  }
  return tags;
}

const meta = (tags: Tag[], key: string) =>
  tags
    .filter((t) => t.name === 'meta' && (t.attrs.name === key || t.attrs.property === key))
    .map((t) => t.attrs.content);
const links = (tags: Tag[], rel: string) => tags.filter((t) => t.name === 'link' && t.attrs.rel === rel);

function pageHtml(url: string): string {
  const file = fileForPath(BUILD, new URL(url).pathname);
  if (!file) throw new Error(`${url} is in a sitemap but build/ has no file for it`);
  return readFileSync(file, 'utf8');
}

fileTest.describe('sitemaps and robots.txt', () => {
  fileTest('each locale has a sitemap of its own pages, and every page has its twin in the others', () => {
    expect(urls[DEFAULT_LOCALE].length).toBeGreaterThan(0);
    for (const url of urls[DEFAULT_LOCALE]) expect(new URL(url).pathname).not.toMatch(LOCALE_PREFIX);
    for (const locale of TRANSLATED_LOCALES) {
      expect(urls[locale].length).toBeGreaterThan(0);
      for (const url of urls[locale]) expect(new URL(url).pathname).toMatch(new RegExp(`^/${locale}/`));
      expect(urls[DEFAULT_LOCALE].map((u) => twinUrl(u, locale)).sort(), `English pages and ${locale} twins`).toEqual(
        urls[locale],
      );
    }
  });

  fileTest('sitemap-index.xml lists both sitemaps, and robots.txt points at it', () => {
    const index = read('sitemap-index.xml');
    const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(LOCALES.map((locale) => origin + localePath(locale, '/sitemap.xml')).sort());
    const robots = read('robots.txt');
    expect(robots).toMatch(new RegExp(`^Sitemap: ${origin.replace(/[.]/g, '\\.')}/sitemap-index\\.xml$`, 'm'));
    expect(robots, 'robots.txt must not shut crawlers out').not.toMatch(/^Disallow:\s*\/\s*$/m);
  });

  fileTest('the Open Graph image is a 1200×630 PNG', () => {
    const png = readFileSync(join(BUILD, 'img/social-card.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

for (const locale of LOCALES) {
  fileTest.describe(`${locale} head tags`, () => {
    for (const url of urls[locale]) {
      const path = new URL(url).pathname;

      fileTest(`${locale} ${path}: canonical, hreflang, description, Open Graph`, () => {
        const html = pageHtml(url);
        const tags = headTags(html);
        expect(/<html\b[^>]*\slang=["']?([\w-]+)/.exec(html)?.[1], '<html lang>').toBe(LOCALE_CONFIGS[locale].htmlLang);
        expect(meta(tags, 'robots').join(' '), 'robots meta').not.toMatch(/noindex/);

        expect(
          links(tags, 'canonical').map((t) => t.attrs.href),
          'one canonical, the sitemap URL',
        ).toEqual([url]);

        const alternates = Object.fromEntries(links(tags, 'alternate').map((t) => [t.attrs.hreflang, t.attrs.href]));
        expect(alternates, 'hreflang alternates').toEqual(alternatesOf(url));
        expect(alternates[LOCALE_CONFIGS[locale].htmlLang], 'the page is its own alternate').toBe(url);
        for (const other of LOCALES) {
          expect(urls[other], 'the hreflang twin is a real page').toContain(twinUrl(url, other));
        }

        const description = meta(tags, 'description');
        expect(description, 'one meta description').toHaveLength(1);
        const text = (description[0] ?? '').trim();
        expect(text.length, 'meta description is not empty').toBeGreaterThan(0);
        if (locale === 'th') {
          expect(text, 'Thai page: description in Thai').toMatch(THAI);
        } else if (locale === DEFAULT_LOCALE) {
          expect(text, 'English page: description in English').toMatch(/[A-Za-z]{3}/);
          expect(text, 'English page: description without Thai').not.toMatch(THAI);
        }
        expect(meta(tags, 'og:description'), 'og:description').toEqual([description[0]]);

        // Docusaurus copies static/ into each locale, so Thai pages point at /th/img/…: any copy will do, as long
        // as it is on our origin and exists.
        const image = meta(tags, 'og:image');
        expect(image, 'og:image').toHaveLength(1);
        expect(image[0], 'og:image').toMatch(
          new RegExp(`^${origin.replace(/[.]/g, '\\.')}(/(?:${TRANSLATED_LOCALES.join('|')}))?/img/social-card\\.png$`),
        );
        expect(fileForPath(BUILD, new URL(image[0] ?? '').pathname), 'og:image file in build/').toBeTruthy();
        expect(meta(tags, 'twitter:card'), 'twitter:card').toEqual(['summary_large_image']);
        expect(meta(tags, 'og:url'), 'og:url').toEqual([url]);
        expect(meta(tags, 'og:locale'), 'og:locale').toEqual([locale]);
        expect(meta(tags, 'og:title')[0] ?? '', 'og:title').not.toBe('');

        // "Page | Site name": the site name is translated too (src/theme/ThemeProvider/TitleFormatter), so a Thai
        // tab or search result does not end in English.
        const title = decode(/<title\b[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? '').trim();
        const suffix = title.split(' | ').at(-1) ?? '';
        expect(title.split(' | ').length, `<title> "${title}" ends in the site name`).toBeGreaterThan(1);
        expect((meta(tags, 'og:title')[0] ?? '').endsWith(` | ${suffix}`), 'og:title has the same site name').toBe(
          true,
        );
        if (locale === 'th') expect(suffix, `Thai page: <title> "${title}" ends in Thai`).toMatch(THAI);
        else expect(suffix, `<title> "${title}"`).toBe('Discord Bot Account Guide');
      });
    }

    fileTest(`${locale}: no two pages share a meta description`, () => {
      const seen = new Map<string, string>();
      const dupes: string[] = [];
      for (const url of urls[locale]) {
        const text = meta(headTags(pageHtml(url)), 'description')[0] ?? '';
        const first = seen.get(text);
        if (first) dupes.push(`"${text}": ${new URL(first).pathname} and ${new URL(url).pathname}`);
        else seen.set(text, url);
      }
      expect(dupes).toEqual([]);
    });
  });
}

/*
 * The Content-Security-Policy scripts/csp.mjs adds. Whether pages still work under it is checked by the whole
 * suite: the fixture fails any test whose page logs a console error, and Chromium logs every CSP violation.
 */
fileTest.describe('Content-Security-Policy meta', () => {
  for (const locale of LOCALES) {
    fileTest(`${locale}: every page carries the policy before anything that loads or runs`, () => {
      const problems: string[] = [];
      for (const url of urls[locale]) {
        const path = new URL(url).pathname;
        const html = pageHtml(url);
        const tags = headTags(html);
        const csp = tags.filter(
          (t) => t.name === 'meta' && /^content-security-policy$/i.test(t.attrs['http-equiv'] ?? ''),
        );
        if (csp.length !== 1) {
          problems.push(`${path}: ${csp.length} CSP metas`);
          continue;
        }
        const at = tags.indexOf(csp[0] as Tag);
        const before = tags.slice(1, at).filter((t) => !(t.name === 'meta' && 'charset' in t.attrs));
        if (tags[0]?.name !== 'head' || before.length > 0) {
          problems.push(`${path}: CSP meta comes after ${before.map((t) => t.name).join(', ') || 'no <head>'}`);
        }
        const directives = new Map(
          (csp[0]?.attrs.content ?? '')
            .split(';')
            .map((d) => d.trim().split(/\s+/))
            .filter((d) => d[0])
            .map((d) => [d[0] as string, d.slice(1)]),
        );
        const expected: Record<string, string[]> = {
          'default-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'"],
          'connect-src': ["'self'"],
          'worker-src': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'form-action': ["'self'"],
        };
        for (const [name, sources] of Object.entries(expected)) {
          if (JSON.stringify(directives.get(name)) !== JSON.stringify(sources)) {
            problems.push(`${path}: ${name} is ${directives.get(name)?.join(' ') ?? 'missing'}`);
          }
        }
        const script = directives.get('script-src') ?? [];
        const hashes = script.filter((s) => s.startsWith("'sha256-"));
        const rest = script.filter((s) => !s.startsWith("'sha256-"));
        if (JSON.stringify(rest) !== JSON.stringify(["'self'", "'wasm-unsafe-eval'"])) {
          problems.push(`${path}: script-src allows ${rest.join(' ')}`);
        }
        for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
          const attrs = m[1] ?? '';
          if (/(?:^|\s)src\b/i.test(attrs) || /\stype=["']?application\/ld\+json/i.test(attrs)) continue;
          const hash = `'sha256-${createHash('sha256')
            .update(m[2] ?? '', 'utf8')
            .digest('base64')}'`;
          if (!hashes.includes(hash)) problems.push(`${path}: inline script ${hash} is not allowed by script-src`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

/** Head tags as the browser has them now (react-helmet rewrites them after hydration and on navigation). */
async function expectLiveHead(page: Page, path: string): Promise<void> {
  const url = origin + path;
  const head = () =>
    page.evaluate(() => ({
      canonical: Array.from(document.querySelectorAll('link[rel=canonical]')).map((l) => l.getAttribute('href')),
      alternates: Array.from(document.querySelectorAll('link[rel=alternate][hreflang]'))
        .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
        .sort(),
      description: Array.from(document.querySelectorAll('meta[name=description]')).map((m) =>
        m.getAttribute('content'),
      ),
      csp: document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
    }));
  await expect.poll(async () => (await head()).canonical, `${path}: canonical`).toEqual([url]);
  const now = await head();
  expect(now.alternates, `${path}: hreflang alternates`).toEqual(
    Object.entries(alternatesOf(url))
      .map(([lang, href]) => `${lang} ${href}`)
      .sort(),
  );
  expect(now.description, `${path}: one meta description`).toHaveLength(1);
  expect(now.csp, `${path}: the CSP meta is still there`).toBe(1);
}

// Start on a guide page and follow the footer's "Token safety" link: a client-side navigation, no reload.
for (const locale of LOCALES) {
  const at = (path: string) => localePath(locale, path);
  pageTest(`${locale}: after hydration and a client-side navigation the head is still right`, async ({page}) => {
    await gotoHydrated(page, at('/docs/guides/troubleshooting'));
    await expectLiveHead(page, at('/docs/guides/troubleshooting'));
    const next = at('/docs/guides/token-safety');
    await page.locator(`.footer a[href="${next}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${next}$`));
    await expectLiveHead(page, next);
  });
}

pageTest('en home page keeps its head after hydration', async ({page}) => {
  await gotoHydrated(page, '/');
  await expectLiveHead(page, '/');
});

pageTest('th home page keeps its hreflang alternates after hydration', async ({page}) => {
  // Known issue, left visible on purpose: with `trailingSlash: false`, `docusaurus serve` redirects /th/ to /th,
  // and at /th Docusaurus's client rewrites the alternates to "https://…//th" and "https://…/th//th"
  // (the TODO in theme-common's useAlternatePageUtils cites facebook/docusaurus#9170). The server-rendered HTML
  // of /th/ is right (checked above).
  // When this starts passing, delete the test.fail line.
  pageTest.fail(
    true,
    'hreflang of the Thai home page breaks after hydration at /th (docusaurus serve redirects /th/ there)',
  );
  await gotoHydrated(page, '/th/');
  await expectLiveHead(page, '/th/');
});
