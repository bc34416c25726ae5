import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test as fileTest} from '@playwright/test';
import {test, expect, gotoHydrated} from './fixtures';
import {BASE, BUILD, sitemapPaths} from './site-pages';
import {fileForPath} from '../../scripts/lib/build-files.mjs';
import {DEFAULT_LOCALE, LOCALES, TRANSLATED_LOCALES, type SiteLocale} from '../../locales';
import {docsEditUrl, inGitWorkTree} from '../../site-env';

/*
 * What a reader finds under every docs page: when it was last changed (from git, in the page's language, CE years
 * in Thai too) and, when the build knows its repository (REPO_URL or GitHub Actions' GITHUB_REPOSITORY, read here
 * as the build read it), a link to edit the very file the page was built from, in its own language.
 */

const LOCALE_PREFIX = new RegExp(`^(?:${TRANSLATED_LOCALES.join('|')})/`);

/** `/base/th/docs/x/` → `docs/x`. */
const docId = (path: string) => path.slice(BASE.length).replace(LOCALE_PREFIX, '').replace(/\/$/, '');

/** The source file a docs page is built from, relative to the repository root. */
function sourceOf(locale: SiteLocale, path: string): string {
  const dir = locale === DEFAULT_LOCALE ? 'docs' : `i18n/${locale}/docusaurus-plugin-content-docs/current`;
  const rel = docId(path).replace(/^docs\//, '');
  const file = ['.mdx', '.md'].map((ext) => `${dir}/${rel}${ext}`).find((f) => existsSync(join(process.cwd(), f)));
  if (!file) throw new Error(`no source for ${path}`);
  return file;
}

const docsPages = (locale: SiteLocale) => sitemapPaths(locale).filter((p) => /\/docs\//.test(p));
const html = (path: string) => readFileSync(fileForPath(BUILD, path, BASE) ?? '', 'utf8');
const editUrl = docsEditUrl();

for (const locale of LOCALES) {
  fileTest(`${locale}: every docs page says when it was last updated, in its language and in CE years`, () => {
    fileTest.skip(!inGitWorkTree(), 'not a git work tree: the build shows no dates');
    const problems: string[] = [];
    for (const path of docsPages(locale)) {
      const m =
        /<span class=["']?theme-last-updated[^>]*>[\s\S]*?<time datetime=["']?([^\s"'>]+)[^>]*>([^<]+)<\/time>/.exec(
          html(path),
        );
      if (!m) {
        problems.push(`${path}: no last-updated date`);
        continue;
      }
      const year = new Date(m[1] ?? '').getUTCFullYear();
      const shown = m[2] ?? '';
      // A Buddhist-era year would be year + 543 (2026 → 2569).
      if (!shown.includes(String(year)) || shown.includes(String(year + 543))) problems.push(`${path}: "${shown}"`);
      if (locale === 'th' && !/[\u0E00-\u0E7F]/.test(shown)) problems.push(`${path}: "${shown}" has no Thai month`);
      if (locale === 'en' && !/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/.test(shown)) problems.push(`${path}: "${shown}"`);
    }
    expect(problems).toEqual([]);
  });

  fileTest(`${locale}: "Edit this page" opens the page's own source file, or is absent without a repository`, () => {
    const problems: string[] = [];
    for (const path of docsPages(locale)) {
      const hrefs = [...html(path).matchAll(/<a\b[^>]*class=["']?[^"'>]*theme-edit-this-page[^>]*>/g)].map(
        (m) => /href=["']?([^\s"'>]+)/.exec(m[0])?.[1],
      );
      const expected = editUrl ? [editUrl + sourceOf(locale, path)] : [];
      if (JSON.stringify(hrefs) !== JSON.stringify(expected)) {
        problems.push(`${path}: ${JSON.stringify(hrefs)} ≠ ${JSON.stringify(expected)}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('th: the last-updated date is still in CE years after hydration', async ({page}) => {
  test.skip(!inGitWorkTree(), 'not a git work tree: the build shows no dates');
  await gotoHydrated(page, '/th/docs/tutorial/token/');
  const time = page.locator('.theme-last-updated time');
  const year = new Date((await time.getAttribute('datetime')) ?? '').getUTCFullYear();
  await expect(time).toContainText(String(year));
  await expect(time).toContainText(/[\u0E00-\u0E7F]/);
});
