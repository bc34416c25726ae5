/**
 * Remark plugin: replaces each `<Fact id="…"/>` in a docs page with the fact's text in the page's language (files
 * under `i18n/<locale>/` are that locale, the rest English), as inline code for a code-style fact. It runs before
 * Docusaurus' own plugins (`beforeDefaultRemarkPlugins` in docusaurus.config.ts), so headings, the table of contents
 * and tables see plain text, and no Fact component exists at run time: the page ships the text, no JavaScript.
 *
 * An id that names no fact, or a Fact written any other way than `<Fact id="…"/>`, fails the build with the file,
 * line and column. The facts come from src/discord/facts.ts; docusaurus.config.ts passes them in as data (see
 * {@link factTable}) so that Docusaurus' MDX cache sees a changed value.
 */
import {factTable, type FactTable} from '../../src/discord/facts';
import type {Locale} from '../../src/discord/locale';
import {displayPath, localeOfPath, unknownFactMessage} from './fact-tags';

// The few mdast / mdast-util-mdx-jsx shapes this plugin touches, written out so it depends on no types package.
interface Point {
  readonly line: number;
  readonly column: number;
}

export interface MdastNode {
  type: string;
  children?: MdastNode[];
  value?: string;
  name?: string | null;
  attributes?: readonly JsxAttribute[];
  position?: {readonly start: Point};
}

interface JsxAttribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: unknown;
}

/** What the plugin reads of the VFile: the page's absolute path, and the directory paths are shown relative to. */
export interface FileLike {
  readonly path?: string;
  readonly cwd?: string;
}

export interface RemarkFactsOptions {
  /** The facts to render: `factTable()` when absent (the site); tests pass their own. */
  readonly facts?: FactTable;
  /**
   * Not read here. docusaurus.config.ts passes a digest of the fact table: Docusaurus keys its MDX cache on the
   * plugin options, so a changed value rebuilds the pages. (Not the table itself: the site config, options included,
   * is bundled into every page's main script.)
   */
  readonly digest?: string;
}

const JSX_ELEMENTS = new Set(['mdxJsxTextElement', 'mdxJsxFlowElement']);

function isFactElement(node: MdastNode): boolean {
  return JSX_ELEMENTS.has(node.type) && node.name === 'Fact';
}

/** The id of a well-formed `<Fact id="…"/>`; throws naming the place for anything else. */
function factId(node: MdastNode, where: string): string {
  const attributes = node.attributes ?? [];
  const [only] = attributes;
  const ok =
    attributes.length === 1 &&
    only?.type === 'mdxJsxAttribute' &&
    only.name === 'id' &&
    typeof only.value === 'string' &&
    (node.children ?? []).length === 0;
  if (!ok || typeof only?.value !== 'string') {
    throw new Error(`${where}: write a fact as <Fact id="…"/>: one id attribute, a plain string, and no children.`);
  }
  return only.value;
}

/** The node that takes the Fact's place: text or inline code, in a paragraph when the Fact stood alone as a block. */
function replacement(node: MdastNode, table: FactTable, locale: Locale, where: string): MdastNode {
  const id = factId(node, where);
  const fact = table[id];
  if (fact === undefined) throw new Error(unknownFactMessage(id, where, table));
  const inline: MdastNode = {type: fact.style === 'code' ? 'inlineCode' : 'text', value: fact.text[locale]};
  if (node.position) inline.position = node.position;
  return node.type === 'mdxJsxFlowElement' ? {type: 'paragraph', children: [inline]} : inline;
}

/**
 * Joins a text fact with the text around it into one node, as if it had been typed there: React would otherwise
 * render each text node on its own, with `<!-- -->` between them in the server HTML.
 */
function mergeText(children: MdastNode[]): MdastNode[] {
  const merged: MdastNode[] = [];
  for (const child of children) {
    const last = merged.at(-1);
    if (last?.type === 'text' && child.type === 'text')
      merged[merged.length - 1] = {...last, value: `${last.value ?? ''}${child.value ?? ''}`};
    else merged.push(child);
  }
  return merged;
}

function replaceFacts(parent: MdastNode, render: (node: MdastNode) => MdastNode): void {
  const children = parent.children;
  if (children === undefined) return;
  let replaced = false;
  children.forEach((child, i) => {
    if (isFactElement(child)) {
      children[i] = render(child);
      replaced = true;
    } else replaceFacts(child, render);
  });
  if (replaced) parent.children = mergeText(children);
}

export function remarkFacts(options: RemarkFactsOptions = {}) {
  const table = options.facts ?? factTable();
  return (tree: MdastNode, file: FileLike): void => {
    const locale = localeOfPath(file.path);
    const path = displayPath(file.path, file.cwd);
    replaceFacts(tree, (node) => {
      const start = node.position?.start;
      const where = start ? `${path}:${start.line}:${start.column}` : path;
      return replacement(node, table, locale, where);
    });
  };
}
