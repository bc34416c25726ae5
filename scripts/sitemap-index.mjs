#!/usr/bin/env node
// After `docusaurus build`: Docusaurus writes one sitemap per locale (build/sitemap.xml, build/th/sitemap.xml).
// This writes build/sitemap-index.xml listing them, so crawlers get both languages from one URL, and points the
// `Sitemap:` line of build/robots.txt (copied from static/robots.txt) at it on the site's real address (origin and
// base path), which it reads from the sitemaps themselves (so SITE_URL / BASE_URL builds need no edit).
//
//   node scripts/sitemap-index.mjs [buildDir]     (default: build; `npm run build` runs it)
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

const buildDir = process.argv[2] ?? 'build';

const sitemaps = [];
if (existsSync(join(buildDir, 'sitemap.xml'))) sitemaps.push('sitemap.xml');
for (const entry of readdirSync(buildDir, {withFileTypes: true})) {
  if (entry.isDirectory() && existsSync(join(buildDir, entry.name, 'sitemap.xml'))) {
    sitemaps.push(`${entry.name}/sitemap.xml`);
  }
}
if (sitemaps.length === 0) {
  console.error(`sitemap-index: no sitemap.xml in ${buildDir}/: run \`docusaurus build\` first.`);
  process.exit(1);
}

// The site's root is the shortest address in the default locale's sitemap: its home page, `https://host/base/`.
const locs = [...readFileSync(join(buildDir, sitemaps[0]), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
const root = locs.sort((a, b) => a.length - b.length)[0];
if (!root || !locs.every((loc) => loc.startsWith(root))) {
  console.error(`sitemap-index: ${sitemaps[0]} has no home page that every other address starts with.`);
  process.exit(1);
}

writeFileSync(
  join(buildDir, 'sitemap-index.xml'),
  '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    sitemaps.map((s) => `  <sitemap><loc>${root}${s}</loc></sitemap>\n`).join('') +
    '</sitemapindex>\n',
);

const robots = join(buildDir, 'robots.txt');
if (existsSync(robots)) {
  const text = readFileSync(robots, 'utf8').replace(/^Sitemap:.*$/gim, `Sitemap: ${root}sitemap-index.xml`);
  writeFileSync(robots, text);
}
console.log(`sitemap-index: ${sitemaps.join(', ')} → ${join(buildDir, 'sitemap-index.xml')} (${root})`);
