import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test as fileTest, expect} from '@playwright/test';
import type {Page} from '@playwright/test';
import {test as pageTest, gotoHydrated} from './fixtures';
import {BASE, BUILD, escapeRegExp, withBase} from './site-pages';
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
 * client-side navigation. The site may be built under a base path (BASE_URL): every address is checked with it.
 */

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
/** The published site's root: origin and base path, `https://host/base/`. */
const root = origin + BASE;
const LOCALE_PREFIX = new RegExp(`^/(?:${TRANSLATED_LOCALES.join('|')})(?=/|$)`);

/** A page's path inside the site, without origin and base path: `https://host/base/th/docs/x/` → `/th/docs/x/`. */
function sitePath(url: string): string {
  const pathname = new URL(url).pathname;
  if (!pathname.startsWith(BASE)) throw new Error(`${url} is not under the base path ${BASE}`);
  return `/${pathname.slice(BASE.length)}`;
}

/** Another language's URL of the same page: /docs/x/ ↔ /th/docs/x/, / ↔ /th/. */
function twinUrl(url: string, to: Locale): string {
  const path = sitePath(url).replace(LOCALE_PREFIX, '') || '/';
  return root + localePath(to, path).slice(1);
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
  const file = fileForPath(BUILD, new URL(url).pathname, BASE);
  if (!file) throw new Error(`${url} is in a sitemap but build/ has no file for it`);
  return readFileSync(file, 'utf8');
}

fileTest.describe('sitemaps and robots.txt', () => {
  fileTest('each locale has a sitemap of its own pages, and every page has its twin in the others', () => {
    expect(urls[DEFAULT_LOCALE].length).toBeGreaterThan(0);
    for (const url of urls[DEFAULT_LOCALE]) expect(sitePath(url)).not.toMatch(LOCALE_PREFIX);
    for (const locale of TRANSLATED_LOCALES) {
      expect(urls[locale].length).toBeGreaterThan(0);
      for (const url of urls[locale]) expect(sitePath(url)).toMatch(new RegExp(`^/${locale}/`));
      expect(urls[DEFAULT_LOCALE].map((u) => twinUrl(u, locale)).sort(), `English pages and ${locale} twins`).toEqual(
        urls[locale],
      );
    }
  });

  fileTest('sitemap-index.xml lists both sitemaps, and robots.txt points at it', () => {
    const index = read('sitemap-index.xml');
    const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(LOCALES.map((locale) => root + localePath(locale, '/sitemap.xml').slice(1)).sort());
    const robots = read('robots.txt');
    expect(robots).toMatch(new RegExp(`^Sitemap: ${escapeRegExp(root)}sitemap-index\\.xml$`, 'm'));
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
          new RegExp(`^${escapeRegExp(root)}(?:(?:${TRANSLATED_LOCALES.join('|')})/)?img/social-card\\.png$`),
        );
        expect(fileForPath(BUILD, new URL(image[0] ?? '').pathname, BASE), 'og:image file in build/').toBeTruthy();
        expect(meta(tags, 'twitter:card'), 'twitter:card').toEqual(['summary_large_image']);
        expect(meta(tags, 'og:url'), 'og:url').toEqual([url]);
        expect(meta(tags, 'og:locale'), 'og:locale').toEqual([locale]);
        expect(meta(tags, 'og:title')[0] ?? '', 'og:title').not.toBe('');

        // "Page | Site name": the site name is translated too (src/theme/ThemeProvider/TitleFormatter), so a Thai
        // tab or search result does not end in English.
        const title = decode(/<title\b[^>]*>([^<]*)<\/title>/i.exec(html)?.[1] ?? '').trim();
        const suffix = title.split(' | ').at(-1) ?? '';
        expect(title.split(' | ').length, `<title> "${title}" ends in the site name`).toBeGreaterThan(1);
        expect(meta(tags, 'og:title'), 'og:title is the <title>, site name in the page language').toEqual([title]);
        for (const t of meta(tags, 'twitter:title')) expect(t, 'twitter:title is the <title>').toBe(title);
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
async function liveHead(page: Page) {
  return page.evaluate(() => ({
    canonical: Array.from(document.querySelectorAll('link[rel=canonical]')).map((l) => l.getAttribute('href')),
    alternates: Array.from(document.querySelectorAll('link[rel=alternate][hreflang]'))
      .map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
      .sort(),
    description: Array.from(document.querySelectorAll('meta[name=description]')).map((m) => m.getAttribute('content')),
    csp: document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
  }));
}

const alternateList = (alternates: Record<string, string>) =>
  Object.entries(alternates)
    .map(([lang, href]) => `${lang} ${href}`)
    .sort();

async function expectLiveHead(page: Page, path: string): Promise<void> {
  const url = root + path.slice(1);
  await expect.poll(async () => (await liveHead(page)).canonical, `${path}: canonical`).toEqual([url]);
  const now = await liveHead(page);
  expect(now.alternates, `${path}: hreflang alternates`).toEqual(alternateList(alternatesOf(url)));
  expect(now.description, `${path}: one meta description`).toHaveLength(1);
  expect(now.csp, `${path}: the CSP meta is still there`).toBe(1);
}

// Start on a guide page and follow the footer's "Token safety" link: a client-side navigation, no reload.
for (const locale of LOCALES) {
  const at = (path: string) => localePath(locale, path);
  pageTest(`${locale}: after hydration and a client-side navigation the head is still right`, async ({page}) => {
    await gotoHydrated(page, at('/docs/guides/troubleshooting/'));
    await expectLiveHead(page, at('/docs/guides/troubleshooting/'));
    const next = at('/docs/guides/token-safety/');
    await page.locator(`.footer a[href="${withBase(next)}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(withBase(next))}$`));
    await expectLiveHead(page, next);
  });
}

/*
 * The alternates of a few pages, written out in full rather than computed like the checks above, in both
 * languages, in the HTML the server sends and in the page after hydration. Each twin's address is the one the
 * server answers with 200, not a redirect; the same address without its final slash redirects there (GitHub Pages
 * and `docusaurus serve` both do, with trailingSlash: true). This used to break on the Thai home page after
 * hydration ("https://…//th", "…/th//th") when it was served at /th with trailingSlash: false: Docusaurus builds
 * alternates from the browser's pathname (useAlternatePageUtils; facebook/docusaurus#9170, #9514, #10078).
 */
const EXACT_TWINS: readonly (readonly [string, string])[] = [
  ['', 'th/'],
  ['docs/tutorial/overview/', 'th/docs/tutorial/overview/'],
  ['docs/tutorial/token/', 'th/docs/tutorial/token/'],
  ['docs/tools/permission-calculator/', 'th/docs/tools/permission-calculator/'],
  ['docs/reference/glossary/', 'th/docs/reference/glossary/'],
];

for (const [en, th] of EXACT_TWINS) {
  const expected = alternateList({en: root + en, th: root + th, 'x-default': root + en});
  for (const [locale, rel] of [
    ['en', en],
    ['th', th],
  ] as const) {
    pageTest(
      `${locale} /${rel}: hreflang alternates are the twins' canonical URLs, before and after hydration`,
      async ({page, request}) => {
        const local = (url: string) => withBase(`/${url.slice(root.length)}`);
        const served = await request.get(local(root + rel), {maxRedirects: 0});
        expect(served.status(), `${local(root + rel)} is answered, not redirected`).toBe(200);
        const tags = headTags(await served.text());
        expect(links(tags, 'canonical').map((t) => t.attrs.href)).toEqual([root + rel]);
        expect(
          links(tags, 'alternate')
            .map((t) => `${t.attrs.hreflang} ${t.attrs.href}`)
            .sort(),
          'server-rendered alternates',
        ).toEqual(expected);
        for (const url of [root + en, root + th]) {
          expect(urls[url === root + en ? 'en' : 'th'], 'the twin is in its sitemap').toContain(url);
          expect((await request.get(local(url), {maxRedirects: 0})).status(), `${local(url)}: 200`).toBe(200);
          if (url !== root) {
            const bare = local(url).replace(/\/$/, '');
            const redirect = await request.get(bare, {maxRedirects: 0});
            expect([301, 302, 308], `${bare} redirects`).toContain(redirect.status());
            expect(new URL(redirect.headers().location ?? '', 'http://x').pathname, `${bare} → ${local(url)}`).toBe(
              local(url),
            );
          }
        }

        await gotoHydrated(page, `/${rel}`);
        expect(page.url().endsWith(local(root + rel)), `${page.url()} is where the page stays`).toBe(true);
        await expect
          .poll(async () => (await liveHead(page)).alternates, 'alternates after hydration')
          .toEqual(expected);
        expect((await liveHead(page)).canonical).toEqual([root + rel]);
      },
    );
  }
}
