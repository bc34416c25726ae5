/**
 * Turns a docs page's MDX source into plain Markdown for machines (llms.txt and `<page>.md`), from the same file
 * the HTML page is built from: front matter, imports and MDX comments go, `{#heading-ids}` go, tabs become
 * labelled sections, admonitions become quotes, an embedded tool becomes one sentence pointing at the web page,
 * `<Fact id="…"/>` becomes the fact's text as the HTML shows it (scripts/facts/fact-tags.ts, the same table the remark
 * plugin renders), and site links point at the Markdown twin of the page they name. Code blocks are copied untouched.
 * Pure string work, no Docusaurus: scripts/llms-txt/plugin.ts feeds it, markdown.test.ts holds it.
 */

import {renderFactTags} from '../facts/fact-tags';

export type PointerLocale = 'en' | 'th';

export interface MarkdownOptions {
  /** Title and description from the page's metadata (front matter or first heading). */
  readonly title: string;
  readonly description?: string;
  /** The page's canonical web address, for the "use the tool on the page" pointers. */
  readonly pageUrl: string;
  /** Language of the pointer sentences. */
  readonly locale: PointerLocale;
  /** Maps a site path written in the source (`/docs/x#y`) to the address the Markdown should link to. */
  readonly linkFor: (sitePath: string) => string;
  /** The source file, for the message when a `<Fact id>` names no fact (the page's address when not given). */
  readonly source?: string;
}

/** Components that are page furniture (progress list, "I did this step" button): dropped, no pointer. */
const SILENT = new Set(['StepDone', 'TutorialProgress']);

const POINTER: Record<PointerLocale, (name: string, url: string) => string> = {
  en: (name, url) => `_[Interactive: ${name}. Use it on the web page: ${url}]_`,
  th: (name, url) => `_[เครื่องมือแบบโต้ตอบ: ${name} ใช้งานได้ที่หน้าเว็บ ${url}]_`,
};

/** "PermissionCalculator" → "Permission Calculator". */
function spaced(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2');
}

function stripFrontMatter(src: string): string {
  return src.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

const FENCE = /^\s*(`{3,}|~{3,})/;

/** Rewrites `](/docs/…)` links outside inline code. */
function rewriteLinks(line: string, linkFor: (p: string) => string): string {
  return line
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith('`') ? part : part.replace(/\]\((\/[^)\s]*)\)/g, (_m, p: string) => `](${linkFor(p)})`),
    )
    .join('');
}

interface State {
  readonly out: string[];
  fence: string | null;
  /** Inside an admonition: lines are quoted. */
  quote: boolean;
  /** Inside a multi-line import or JSX tag that is being skipped, until this test passes. */
  skipUntil: RegExp | null;
}

function emit(state: State, line: string): void {
  state.out.push(state.quote ? (line.trim() === '' ? '>' : `> ${line}`) : line);
}

/** A line that opens a JSX element: handled here (true) or left to the Markdown rules (false). */
function jsxLine(state: State, line: string, opts: MarkdownOptions): boolean {
  const trimmed = line.trim();
  if (/^<\/(Tabs|TabItem)>$/.test(trimmed) || /^<Tabs\b[^>]*>$/.test(trimmed)) return true;
  const tab = /^<TabItem\b[^>]*\blabel="([^"]*)"[^>]*>$/.exec(trimmed);
  if (tab) {
    emit(state, `**${tab[1]}**`);
    emit(state, '');
    return true;
  }
  const open = /^<([A-Z][A-Za-z0-9.]*)\b/.exec(trimmed);
  if (!open) return false;
  const name = open[1] ?? '';
  const selfClosing = /\/>$/.test(trimmed);
  const closed = selfClosing || new RegExp(`</${name}>$`).test(trimmed);
  if (!closed) state.skipUntil = new RegExp(`(?:/>|</${name}>)\\s*$`);
  if (!SILENT.has(name)) emit(state, POINTER[opts.locale](spaced(name), opts.pageUrl));
  return true;
}

function proseLine(state: State, source: string, opts: MarkdownOptions): void {
  // Facts first: a line may start with one, and it is text, not a tool.
  const line = renderFactTags(source, opts.locale, opts.source ?? opts.pageUrl);
  const trimmed = line.trim();
  if (/^import\s/.test(trimmed) || /^export\s/.test(trimmed)) {
    if (!/from\s+['"][^'"]+['"];?$/.test(trimmed) && !/;$/.test(trimmed)) state.skipUntil = /['"];?\s*$|;\s*$/;
    return;
  }
  if (jsxLine(state, line, opts)) return;
  const admonition = /^:::(\w+)(?:\[(.*)\])?\s*$/.exec(trimmed);
  if (admonition) {
    const kind = admonition[1] ?? '';
    state.quote = true;
    emit(state, `**${admonition[2] ?? kind.charAt(0).toUpperCase() + kind.slice(1)}**`);
    return;
  }
  if (trimmed === ':::') {
    while (state.out.at(-1) === '>') state.out.pop();
    state.quote = false;
    return;
  }
  const text = line
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^(#{1,6}\s.*?)\s*\{#[\w-]+\}\s*$/, '$1');
  emit(state, rewriteLinks(text, opts.linkFor));
}

/** The Markdown of one page. */
export function mdxToMarkdown(src: string, opts: MarkdownOptions): string {
  const state: State = {out: [], fence: null, quote: false, skipUntil: null};
  for (const line of stripFrontMatter(src).split(/\r?\n/)) {
    const fence = FENCE.exec(line)?.[1];
    if (state.fence !== null) {
      emit(state, line);
      if (fence && fence[0] === state.fence[0] && fence.length >= state.fence.length && line.trim() === fence) {
        state.fence = null;
      }
      continue;
    }
    if (state.skipUntil) {
      if (state.skipUntil.test(line)) state.skipUntil = null;
      continue;
    }
    if (fence) {
      state.fence = fence;
      emit(state, line);
      continue;
    }
    proseLine(state, line, opts);
  }
  const body = state.out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const head = [`# ${opts.title}`, ...(opts.description ? ['', `> ${opts.description}`] : [])].join('\n');
  // A page that starts with its own H1 keeps it rather than getting a second one.
  return `${/^#\s/.test(body) ? body : `${head}\n\n${body}`}\n`;
}

export interface LlmsEntry {
  readonly title: string;
  readonly url: string;
  readonly description?: string;
}

export interface LlmsSection {
  readonly title: string;
  readonly entries: readonly LlmsEntry[];
}

/** An llms.txt (https://llmstxt.org): title, summary, then one list of Markdown pages per section. */
export function llmsTxt(opts: {
  title: string;
  summary: string;
  intro?: readonly string[];
  sections: readonly LlmsSection[];
}): string {
  const lines = [`# ${opts.title}`, '', `> ${opts.summary}`, ''];
  for (const p of opts.intro ?? []) lines.push(p, '');
  for (const section of opts.sections) {
    if (section.entries.length === 0) continue;
    lines.push(`## ${section.title}`, '');
    for (const e of section.entries) lines.push(`- [${e.title}](${e.url})${e.description ? `: ${e.description}` : ''}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
