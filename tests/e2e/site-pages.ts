import {readFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {localePath, type SiteLocale} from '../../locales';
import {siteLocation} from '../../site-env';

/**
 * The build under test and the path it is served under. `npm test` checks build/ at the root; `.ci/run` also
 * builds with BASE_URL=/discord-bot-guide/ into another folder (E2E_BUILD_DIR) and runs some specs against it, as
 * a GitHub project page would serve it. BASE_URL is read as the build read it (site-env.ts).
 */
export const BUILD = join(process.cwd(), process.env.E2E_BUILD_DIR ?? 'build');
export const BASE = siteLocation().baseUrl;

/** A site path (`/docs/x/`, as locales.ts and the sources write it) as the server has it: under the base path. */
export function withBase(path: string): string {
  if (BASE === '/' || path.startsWith(BASE)) return path;
  return BASE + path.replace(/^\//, '');
}

/** Every page path of one locale, read from the sitemap the build wrote (base path included). */
export function sitemapPaths(locale: SiteLocale): string[] {
  const file = join(BUILD, localePath(locale, '/sitemap.xml'));
  if (!existsSync(file)) throw new Error(`No ${file}: run \`npm run build\` before the end-to-end tests.`);
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
}

/** Text for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
