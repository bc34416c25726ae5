import {existsSync, readFileSync} from 'node:fs';
import {test as fileTest} from '@playwright/test';
import {test, expect} from './fixtures';
import {BASE, BUILD, sitemapPaths, withBase} from './site-pages';
import {fileForPath} from '../../scripts/lib/build-files.mjs';
import {LOCALES, localePath} from '../../locales';

/*
 * llms.txt and the Markdown twin of every docs page (scripts/llms-txt/), in both languages: every docs page of the
 * sitemap is listed, each `.md` exists and is plain Markdown (no imports, no JSX, no heading ids outside code), and
 * the site links inside point at files that exist.
 */

const THAI = /[\u0E00-\u0E7F]/;

function read(path: string): string {
  const file = fileForPath(BUILD, path, BASE);
  if (!file || !existsSync(file)) throw new Error(`no file for ${path} in ${BUILD}`);
  return readFileSync(file, 'utf8');
}

for (const locale of LOCALES) {
  fileTest(`${locale}: llms.txt lists the Markdown of every docs page, and each is plain Markdown`, () => {
    const llms = read(withBase(localePath(locale, '/llms.txt')));
    expect(llms).toMatch(/^# \S/);
    const listed = [...llms.matchAll(/\]\((https?:\/\/[^)]+\.md)\)/g)].map((m) => new URL(m[1] ?? '').pathname);
    const pages = sitemapPaths(locale).filter((p) => p.includes('/docs/'));
    expect(listed.sort()).toEqual(pages.map((p) => `${p.replace(/\/$/, '')}.md`).sort());
    if (locale === 'th') expect(llms).toMatch(THAI);

    const problems: string[] = [];
    for (const path of listed) {
      const md = read(path);
      const prose = md.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
      if (!/^# \S/.test(md)) problems.push(`${path}: does not start with its title`);
      if (locale === 'th' && !THAI.test(md.split('\n')[0] ?? '')) problems.push(`${path}: title not in Thai`);
      const mdx = /^import\s|^export\s|<\/?[A-Z][A-Za-z]*[\s/>]|\{#[\w-]+\}|^:::/m.exec(prose);
      if (mdx) problems.push(`${path}: MDX left: ${mdx[0]}`);
      for (const m of md.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) {
        const url = new URL(m[1] ?? '');
        if (!llms.includes(url.origin)) continue;
        if (!fileForPath(BUILD, url.pathname, BASE)) problems.push(`${path}: broken link ${url.href}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('the server answers llms.txt and a page’s Markdown', async ({request}) => {
  for (const path of ['/llms.txt', '/th/llms.txt', '/docs/tutorial/token.md', '/th/docs/tutorial/token.md']) {
    const res = await request.get(withBase(path), {maxRedirects: 0});
    expect(res.status(), path).toBe(200);
    expect(await res.text(), path).toMatch(/^# \S/);
  }
});
