/**
 * Docusaurus plugin: after each locale's build, writes `llms.txt` (https://llmstxt.org) at the locale's root and
 * every docs page as plain Markdown beside its folder (`/docs/tutorial/token/` → `/docs/tutorial/token.md`;
 * Thai under `/th/`). Built from the same sources and metadata as the HTML (the docs plugin's loaded content, in
 * the order and with the labels of the sidebar), so the two can't drift. The MDX → Markdown rules are in
 * markdown.ts.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {llmsTxt, mdxToMarkdown, type LlmsSection, type PointerLocale} from './markdown';

interface Doc {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly permalink: string;
  readonly source: string;
}

type SidebarItem =
  | {type: 'doc'; id: string}
  | {type: 'category'; label: string; items: SidebarItem[]; link?: {type: string; id?: string}}
  | {type: string};

interface DocsContent {
  loadedVersions: {docs: Doc[]; sidebars: Record<string, SidebarItem[]>}[];
}

/** Doc ids of a sidebar subtree, in reading order (a category's own page first). */
function docIds(items: readonly SidebarItem[]): string[] {
  return items.flatMap((item) => {
    if (item.type === 'doc' && 'id' in item) return [item.id];
    if (item.type === 'category' && 'items' in item) {
      return [...(item.link?.type === 'doc' && item.link.id ? [item.link.id] : []), ...docIds(item.items)];
    }
    return [];
  });
}

function codeJson(context: LoadContext): Record<string, {message: string}> {
  const file = join(context.localizationDir, 'code.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, {message: string}>) : {};
}

/** `/base/th/docs/x/` → `docs/x` (relative to the locale's output folder). */
function relativeToLocale(permalink: string, localeBaseUrl: string): string {
  return permalink.slice(localeBaseUrl.length).replace(/\/$/, '');
}

export function llmsTxtPlugin(context: LoadContext): Plugin {
  let content: DocsContent | undefined;
  return {
    name: 'llms-txt',
    allContentLoaded({allContent}) {
      content = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
    },
    postBuild({outDir, siteConfig, i18n, siteDir}) {
      const version = content?.loadedVersions[0];
      if (!version) throw new Error('llms-txt: the docs plugin loaded no docs');
      const {url, baseUrl} = siteConfig;
      const locale: PointerLocale = i18n.currentLocale === 'th' ? 'th' : 'en';
      const byId = new Map(version.docs.map((d) => [d.id, d]));
      // Docs permalinks have no final slash (`/th/docs/x`); with trailingSlash: true the page's address has one.
      const noSlash = (p: string) => p.replace(/\/+$/, '');
      const mdUrl = (permalink: string) => `${url}${noSlash(permalink)}.md`;
      const pageUrl = (permalink: string) => `${url}${noSlash(permalink)}/`;
      const linkFor = (sitePath: string) => {
        const [path = '', hash] = sitePath.split('#');
        const permalink = noSlash(`${baseUrl}${path.replace(/^\//, '')}`);
        const target = version.docs.find((d) => noSlash(d.permalink) === permalink);
        const href = target ? mdUrl(target.permalink) : pageUrl(permalink);
        return hash ? `${href}#${hash}` : href;
      };

      for (const doc of version.docs) {
        const src = readFileSync(join(siteDir, doc.source.replace(/^@site\//, '')), 'utf8');
        const md = mdxToMarkdown(src, {
          title: doc.title,
          description: doc.description,
          pageUrl: pageUrl(doc.permalink),
          locale,
          linkFor,
          source: doc.source.replace(/^@site\//, ''),
        });
        const file = join(outDir, `${relativeToLocale(doc.permalink, baseUrl)}.md`);
        mkdirSync(dirname(file), {recursive: true});
        writeFileSync(file, md);
      }

      const sections: LlmsSection[] = [];
      const listed = new Set<string>();
      for (const item of Object.values(version.sidebars).flat()) {
        const ids = docIds([item]).filter((id) => byId.has(id) && !listed.has(id));
        ids.forEach((id) => listed.add(id));
        const title = item.type === 'category' && 'label' in item ? item.label : (byId.get(ids[0] ?? '')?.title ?? '');
        sections.push({
          title,
          entries: ids.map((id) => {
            const d = byId.get(id) as Doc;
            return {title: d.title, url: mdUrl(d.permalink), description: d.description};
          }),
        });
      }
      const unlisted = version.docs.filter((d) => !listed.has(d.id));
      if (unlisted.length > 0) {
        sections.push({
          title: 'Optional',
          entries: unlisted.map((d) => ({title: d.title, url: mdUrl(d.permalink), description: d.description})),
        });
      }

      const t = codeJson(context);
      const others = Object.entries(i18n.localeConfigs)
        .filter(([l]) => l !== i18n.currentLocale)
        .map(([, c]) => `${c.label}: ${url}${c.baseUrl}llms.txt`);
      writeFileSync(
        join(outDir, 'llms.txt'),
        llmsTxt({
          title: t['site.head.titleSuffix']?.message ?? siteConfig.title,
          summary: t['home.meta.description']?.message ?? siteConfig.tagline,
          intro: [`${url}${baseUrl}`, ...others],
          sections,
        }),
      );
    },
  };
}
