/**
 * The pages state catalogue facts through `<Fact id="…"/>`, never by hand (issue #14, item 12): this test reads every
 * docs page of every language and fails when a fact's text (a version, a threshold, a close code, a date, an intent's
 * `1 << n`) appears in the prose outside a Fact tag. Fenced code blocks are hand-written tutorial code and are not
 * read; inline code is (that is where bits and tags are written).
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

import {FACTS, findFact} from '../../src/discord/facts';
import {LOCALES} from '../../src/discord/locale';
import {TRANSLATED_LOCALES} from '../../locales';
import {ANY_FACT_TAG, FACT_TAG} from './fact-tags';

const ROOT = process.cwd();
const DOCS = 'docs';
const twinDir = (locale: string) => `i18n/${locale}/docusaurus-plugin-content-docs/current`;

/**
 * Text that may state a fact by hand, and why. Each entry must still be found in its file, so a stale one fails.
 * Front matter is not read at all: it is YAML that Docusaurus reads before any remark plugin, so a tag can't go there
 * (the descriptions name close code 4014 and the month of the intent rule for search engines).
 */
const EXCEPTIONS: readonly {readonly file: string; readonly text: string; readonly why: string}[] = [
  // Discord's docs, quoted as a source in both languages: the quote stays what Discord wrote when the limit changes.
  ...['docs', 'i18n/th/docusaurus-plugin-content-docs/current'].map((dir) => ({
    file: `${dir}/reference/facts.mdx`,
    text: '"verified apps (required for apps in 100+ guilds)"',
    why: 'a verbatim quote of the wording in Discord’s docs',
  })),
];

function mdxFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return mdxFiles(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}

const PAGES: readonly string[] = [DOCS, ...TRANSLATED_LOCALES.map(twinDir)].flatMap(mdxFiles);

/**
 * What the reader reads as prose, with line breaks kept so lines can be named: front matter, fenced code, MDX
 * comments and import/export lines are blanked. Fact tags stay.
 */
function prose(source: string): string {
  const noFrontMatter = source.replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/[^\n]/g, ''));
  let fence: string | null = null;
  const lines = noFrontMatter.split('\n').map((line) => {
    const mark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (mark && mark[0] === fence[0] && mark.length >= fence.length && line.trim() === mark) fence = null;
      return '';
    }
    if (mark) {
      fence = mark;
      return '';
    }
    return /^(import|export)\s/.test(line) ? '' : line;
  });
  return lines.join('\n').replace(/\{\/\*[\s\S]*?\*\/\}/g, (m) => m.replace(/[^\n]/g, ' '));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The fact's text as a search: not inside a longer number, word or version ("1 << 1" is not in "1 << 15"). */
function literal(text: string): RegExp {
  const before = /^\d/.test(text) ? '(?<![\\d.,])' : /^\p{L}/u.test(text) ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = /\d$/.test(text) ? '(?!\\d|[.,]\\d)' : /\p{L}$/u.test(text) ? '(?![\\p{L}\\p{N}_])' : '';
  return new RegExp(`${before}${escape(text)}${after}`, 'gu');
}

/** Every hand-typed fact in a page, as "file:line: id "text"". */
function handTyped(file: string, source: string): string[] {
  let text = prose(source).replace(FACT_TAG, (tag) => ' '.repeat(tag.length));
  for (const exception of EXCEPTIONS.filter((e) => e.file === file)) text = text.replace(exception.text, ' ');
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  return FACTS.filter((fact) => fact.guarded).flatMap((fact) =>
    [...new Set(LOCALES.map((locale) => fact.text[locale]))].flatMap((written) =>
      [...text.matchAll(literal(written))].map((m) => `${file}:${lineOf(m.index)}: ${fact.id} "${written}"`),
    ),
  );
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const idsIn = (file: string) => [...prose(read(file)).matchAll(FACT_TAG)].map((m) => m[1] ?? '');

describe('facts in the pages', () => {
  it('finds the pages of every language', () => {
    expect(PAGES.filter((f) => f.startsWith(`${DOCS}/`)).length).toBeGreaterThan(10);
    for (const locale of TRANSLATED_LOCALES) {
      expect(PAGES.filter((f) => f.startsWith(twinDir(locale))).length, locale).toBeGreaterThan(10);
    }
  });

  it('are never typed by hand outside code blocks and <Fact/>', () => {
    // Fix: write <Fact id="…"/> with the id named here (src/discord/facts.ts). Quoting a source verbatim: EXCEPTIONS.
    expect(PAGES.flatMap((file) => handTyped(file, read(file)))).toEqual([]);
  });

  it('are written <Fact id="…"/> on one line, with ids that name a fact', () => {
    for (const file of PAGES) {
      const text = prose(read(file));
      // The .md twins (scripts/llms-txt) read tags line by line; any other spelling would show there as a tag.
      expect(text.match(ANY_FACT_TAG)?.length ?? 0, `${file}: a Fact tag not written <Fact id="…"/>`).toBe(
        text.match(FACT_TAG)?.length ?? 0,
      );
      for (const id of idsIn(file)) expect(findFact(id), `${file}: <Fact id="${id}"/>`).toBeDefined();
    }
  });

  it('are the same facts in a translation as in its English page', () => {
    for (const file of PAGES.filter((f) => f.startsWith(`${DOCS}/`))) {
      for (const locale of TRANSLATED_LOCALES) {
        const twin = file.replace(DOCS, twinDir(locale));
        expect(idsIn(twin).sort(), twin).toEqual(idsIn(file).sort());
      }
    }
  });

  it('keep each exception where it is still needed', () => {
    for (const exception of EXCEPTIONS) {
      expect(read(exception.file), `${exception.file}: ${exception.why}`).toContain(exception.text);
      // An exception that quotes no fact any more is dead weight.
      const bare = FACTS.filter((f) => f.guarded).some((f) =>
        LOCALES.some((l) => literal(f.text[l]).test(exception.text)),
      );
      expect(bare, exception.text).toBe(true);
    }
  });

  it('catch a hand-typed fact, and only outside code blocks, comments and tags', () => {
    const page = [
      '---',
      'description: close code 4014',
      '---',
      'Since <Fact id="intents.review.effective"/>, from 10,000 users.',
      '```js',
      "const version = '14.28.1';",
      '```',
      '{/* 4004 */}',
      'Bit `1 << 15`, not `1 << 150` or 3.16.01; discord.js@14.28.1.',
    ].join('\n');
    expect(handTyped('x.mdx', page)).toEqual([
      'x.mdx:9: channelObfuscation.capability "1 << 15"',
      'x.mdx:9: intent.MessageContent.bit "1 << 15"',
      'x.mdx:4: intents.review.userThreshold "10,000"',
      'x.mdx:9: library.discord-js.version "14.28.1"',
      'x.mdx:9: library.discord-js.tag "14.28.1"',
    ]);
  });
});
