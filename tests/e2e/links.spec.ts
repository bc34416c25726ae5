import {readFileSync} from 'node:fs';
import {relative} from 'node:path';
import {test, expect} from '@playwright/test';
import {BASE, BUILD} from './site-pages';
import {fileForPath, htmlFiles} from '../../scripts/lib/build-files.mjs';

/*
 * Every address a built page names on this site — links, stylesheets, scripts, images, icons, the alternates and
 * the social card — is under the base path (BASE_URL) and names a file the build has, a page by its canonical
 * address (with its final slash, so the host answers without a redirect). `onBrokenLinks: 'throw'` checks the
 * routes Docusaurus knows; this also catches a hard-coded "/img/…" or "/pagefind/…" that would break on a GitHub
 * project page. .ci/run runs it on a build under /discord-bot-guide/ too.
 */

const ATTR = /<(a|link|script|img|source|meta)\b([^>]*)>/gi;
const VALUE = /\s(href|src|content)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** The site's own origin, from the canonical link of the home page. */
function siteOrigin(): string {
  const home = readFileSync(fileForPath(BUILD, BASE, BASE) ?? '', 'utf8');
  const canonical = /rel=["']?canonical["']?\s+href=["']?([^\s"'>]+)/.exec(home)?.[1];
  if (!canonical) throw new Error('the home page has no canonical link');
  return new URL(canonical).origin;
}

test('every same-site address in every page is under the base path and names a file, pages by canonical URL', () => {
  const origin = siteOrigin();
  const problems = new Set<string>();
  // 404.html is served at whatever address was missing; its head and language link are worked out from that
  // address in the browser, so the build-time values (".../404.html/") mean nothing.
  const files = htmlFiles(BUILD).filter((f: string) => !f.endsWith('404.html'));
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const where = relative(BUILD, file);
    for (const tag of readFileSync(file, 'utf8').matchAll(ATTR)) {
      for (const v of (tag[2] ?? '').matchAll(VALUE)) {
        const name = (v[1] ?? '').toLowerCase();
        const raw = v[2] ?? v[3] ?? v[4] ?? '';
        if (name === 'content' && !raw.startsWith(origin)) continue;
        let url: URL;
        try {
          url = new URL(raw, `${origin}${BASE}`);
        } catch {
          continue;
        }
        if (url.origin !== origin || raw.startsWith('#')) continue;
        const path = url.pathname;
        if (!path.startsWith(BASE)) {
          problems.add(`${where}: ${raw} is outside the base path ${BASE}`);
          continue;
        }
        const target = fileForPath(BUILD, path, BASE);
        if (!target) problems.add(`${where}: ${raw} names no file`);
        else if (target.endsWith('index.html') && !path.endsWith('/') && !path.endsWith('index.html')) {
          problems.add(`${where}: ${raw} is not the page's canonical address (no final slash: a redirect)`);
        }
      }
    }
  }
  expect([...problems]).toEqual([]);
});
