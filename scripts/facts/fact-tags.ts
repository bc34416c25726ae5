/**
 * `<Fact id="…"/>` in a page's text: which language a page is in, how a fact reads in Markdown, and the one written
 * form of the tag that the string-level readers (scripts/llms-txt/markdown.ts, facts-in-prose.test.ts) understand.
 * The remark plugin (remark-facts.ts) works on the parsed tree instead and accepts any spelling MDX does, but the
 * test holds every page to this one form, so the `.md` twins and the HTML always show the same text.
 */
import {sep} from 'node:path';

import {factTable, type FactTable} from '../../src/discord/facts';
import {DEFAULT_LOCALE, toLocale, type Locale} from '../../src/discord/locale';

/** `<Fact id="x"/>` or `<Fact id="x" />`, on one line. Global: use with matchAll / replace. */
export const FACT_TAG = /<Fact id="([^"]*)"\s?\/>/g;

/** Any opening of a Fact element, however written: the test compares its count with {@link FACT_TAG}'s. */
export const ANY_FACT_TAG = /<Fact\b/g;

/**
 * The language of a docs file from its path: `i18n/<locale>/…` is that locale's translation, anything else is the
 * English source.
 */
export function localeOfPath(path: string | undefined): Locale {
  const parts = (path ?? '').split(/[\\/]/);
  const i18n = parts.lastIndexOf('i18n');
  return i18n >= 0 && i18n + 1 < parts.length ? toLocale(parts[i18n + 1]) : DEFAULT_LOCALE;
}

/** A path for messages: relative to the working directory (the site), with forward slashes. */
export function displayPath(path: string | undefined, cwd: string = process.cwd()): string {
  if (path === undefined) return '(unknown file)';
  const prefix = cwd.endsWith(sep) ? cwd : `${cwd}${sep}`;
  return (path.startsWith(prefix) ? path.slice(prefix.length) : path).split(sep).join('/');
}

/** The error for an id that names no fact, with the ids that share its first part as suggestions. */
export function unknownFactMessage(id: string, where: string, table: FactTable): string {
  const family = `${id.split('.')[0] ?? ''}.`;
  const near = Object.keys(table).filter((known) => known.startsWith(family));
  const hint = near.length > 0 ? ` Ids starting with "${family}": ${near.slice(0, 12).join(', ')}.` : '';
  return `${where}: <Fact id="${id}"/> names no fact. The facts and their ids are in src/discord/facts.ts.${hint}`;
}

/** A fact as Markdown: inline code for a code-style fact, plain text otherwise. */
export function factMarkdown(id: string, locale: Locale, where: string, table: FactTable = factTable()): string {
  const fact = table[id];
  if (fact === undefined) throw new Error(unknownFactMessage(id, where, table));
  const text = fact.text[locale];
  return fact.style === 'code' ? `\`${text}\`` : text;
}

/**
 * Replaces every `<Fact id="…"/>` in a line of Markdown prose with the fact's text, leaving inline code alone (a tag
 * inside backticks is code the page shows, not a fact). Fenced code is the caller's to skip.
 */
export function renderFactTags(line: string, locale: Locale, where: string, table: FactTable = factTable()): string {
  // split() with a capture group alternates text (even indexes) and code spans (odd indexes).
  return line
    .split(/(`[^`\n]*`)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.replace(FACT_TAG, (_tag, id: string) => factMarkdown(id, locale, where, table)),
    )
    .join('');
}
