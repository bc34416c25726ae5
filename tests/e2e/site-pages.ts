import {readFileSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {localePath, type SiteLocale} from '../../locales';

const BUILD = join(process.cwd(), 'build');

/** Every page path of one locale, read from the sitemap the build wrote. */
export function sitemapPaths(locale: SiteLocale): string[] {
  const file = join(BUILD, localePath(locale, '/sitemap.xml'));
  if (!existsSync(file)) throw new Error(`No ${file}: run \`npm run build\` before the end-to-end tests.`);
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname).sort();
}
