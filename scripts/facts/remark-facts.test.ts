import {factTableDigest} from './digest';
import {compile} from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import {describe, expect, it} from 'vitest';

import config from '../../docusaurus.config';
import {factTable, findFact, type FactTable} from '../../src/discord/facts';
import {PRIVILEGED_INTENT_REVIEW} from '../../src/discord/intents';
import {displayPath, factMarkdown, localeOfPath, renderFactTags} from './fact-tags';
import {remarkFacts, type MdastNode} from './remark-facts';

// The MDX compiler Docusaurus' mdx-loader runs (@mdx-js/mdx, with GFM for tables), so these see the tree shapes the
// build does. The page's path decides its language, as in the build.
const SITE = process.cwd();
const EN = `${SITE}/docs/tutorial/page.mdx`;
const TH = `${SITE}/i18n/th/docusaurus-plugin-content-docs/current/tutorial/page.mdx`;

async function render(source: string, path = EN, facts?: FactTable): Promise<string> {
  const out = await compile(
    {value: source, path},
    {remarkPlugins: [remarkGfm, [remarkFacts, facts ? {facts} : {}]], development: false},
  );
  return String(out);
}

const TEST_FACTS: FactTable = {
  'test.count': {style: 'text', text: {en: '10,000', th: '10,000'}},
  'test.day': {style: 'text', text: {en: '10 June 2026', th: '10 มิถุนายน 2026'}},
  'test.bit': {style: 'code', text: {en: '1 << 15', th: '1 << 15'}},
};

describe('remarkFacts', () => {
  it('replaces a Fact inside a sentence with its text, as if typed there, and leaves no component behind', async () => {
    const js = await render(
      'Fewer than <Fact id="intents.review.userThreshold"/> users, **<Fact id="test.day"/>**.',
      EN,
      {
        ...factTable(),
        ...TEST_FACTS,
      },
    );
    // One text node per run of text (React would put <!-- --> between separate ones in the HTML).
    expect(js).toContain('"Fewer than 10,000 users, "');
    expect(js).toMatch(/_components\.strong, \{\s*children: "10 June 2026"/);
    expect(js).not.toMatch(/\bFact\b/);
  });

  it('writes a code-style fact as inline code, in tables and headings too', async () => {
    const js = await render(
      [
        '## Disallowed intents (<Fact id="test.count"/>)',
        '',
        '| Intent | Bit |',
        '| ------ | --- |',
        '| `MESSAGE_CONTENT` | <Fact id="test.bit"/> |',
      ].join('\n'),
      EN,
      TEST_FACTS,
    );
    expect(js).toMatch(/_components\.code, \{\s*children: "1 << 15"/);
    expect(js).toContain('"Disallowed intents (10,000)"');
    expect(js).not.toMatch(/\bFact\b/);
  });

  it('turns a Fact standing alone as a block into a paragraph', async () => {
    const js = await render('Before.\n\n<Fact id="test.day"/>\n\nAfter.', EN, TEST_FACTS);
    expect(js).toMatch(/_components\.p, \{\s*children: "10 June 2026"/);
  });

  it('picks the language from the path: i18n/th/… is Thai', async () => {
    const th = await render('ตั้งแต่ <Fact id="intents.review.effective"/>', TH);
    expect(th).toContain('"ตั้งแต่ 10 มิถุนายน 2026"');
    const en = await render('Since <Fact id="intents.review.effective"/>', EN);
    expect(en).toContain('"Since 10 June 2026"');
  });

  it('fails on an unknown id, naming the file, the place and the id', async () => {
    await expect(render('Text.\n\nSee <Fact id="intents.review.userTreshold"/>.', TH)).rejects.toThrow(
      /i18n\/th\/docusaurus-plugin-content-docs\/current\/tutorial\/page\.mdx:3:5: <Fact id="intents\.review\.userTreshold"\/> names no fact.*intents\.review\.userThreshold/,
    );
  });

  it('fails on a Fact written any other way than <Fact id="…"/>', async () => {
    for (const bad of [
      '<Fact id={"x"}/>',
      '<Fact name="x"/>',
      '<Fact id="test.day" code/>',
      '<Fact id="test.day">x</Fact>',
    ]) {
      await expect(render(`A ${bad} b.`, EN, TEST_FACTS), bad).rejects.toThrow(
        /docs\/tutorial\/page\.mdx:1:3: write a fact as/,
      );
    }
  });

  it('works on a tree without positions or a file path (English, messages name no line)', () => {
    const tree: MdastNode = {
      type: 'root',
      children: [
        {type: 'mdxJsxFlowElement', name: 'Fact', attributes: [{type: 'mdxJsxAttribute', name: 'id', value: 'nope'}]},
      ],
    };
    expect(() => remarkFacts({facts: TEST_FACTS})(tree, {})).toThrow(
      /^\(unknown file\): <Fact id="nope"\/> names no fact/,
    );
    const ok: MdastNode = {
      type: 'root',
      children: [
        {
          type: 'mdxJsxFlowElement',
          name: 'Fact',
          attributes: [{type: 'mdxJsxAttribute', name: 'id', value: 'test.bit'}],
        },
      ],
    };
    remarkFacts({facts: TEST_FACTS})(ok, {});
    expect(ok.children).toEqual([{type: 'paragraph', children: [{type: 'inlineCode', value: '1 << 15'}]}]);
  });

  it('is what the docs plugin runs, before Docusaurus’ own plugins, keyed on a digest of the facts', () => {
    const [, options] = (config.presets?.[0] ?? []) as [string, {docs: {beforeDefaultRemarkPlugins: unknown[]}}];
    const [plugin, pluginOptions] = options.docs.beforeDefaultRemarkPlugins[0] as [unknown, Record<string, unknown>];
    expect(plugin).toBe(remarkFacts);
    // Only the digest: the site config, plugin options included, ships in every page's main script.
    expect(pluginOptions).toEqual({digest: factTableDigest()});
  });
});

describe('fact tags in Markdown text (the .md twins)', () => {
  it('renders each tag in a line, as code for a code-style fact, but not inside inline code', () => {
    const line = 'From <Fact id="test.count"/> users; `<Fact id="test.count"/>` is how; bit <Fact id="test.bit" />.';
    expect(renderFactTags(line, 'th', 'x.mdx', TEST_FACTS)).toBe(
      'From 10,000 users; `<Fact id="test.count"/>` is how; bit `1 << 15`.',
    );
    expect(factMarkdown('intents.review.effective', 'th', 'x.mdx')).toBe(findFact('intents.review.effective')?.text.th);
    expect(() => renderFactTags('<Fact id="nope"/>', 'en', 'docs/x.mdx', TEST_FACTS)).toThrow(
      /^docs\/x\.mdx: <Fact id="nope"\/> names no fact\.[^"]*$/,
    );
  });

  it('reads the language from a path, in either kind of slash', () => {
    expect(localeOfPath('/site/i18n/th/docusaurus-plugin-content-docs/current/a.mdx')).toBe('th');
    expect(localeOfPath('C:\\site\\i18n\\th\\x.mdx')).toBe('th');
    expect(localeOfPath('/site/docs/a.mdx')).toBe('en');
    expect(localeOfPath('/site/i18n')).toBe('en');
    expect(localeOfPath(undefined)).toBe('en');
    expect(displayPath('/site/docs/a.mdx', '/site')).toBe('docs/a.mdx');
    expect(displayPath('/elsewhere/a.mdx', '/site/')).toBe('/elsewhere/a.mdx');
  });

  it('knows the review threshold the intents calculator shows', () => {
    expect(factMarkdown('intents.review.userThreshold', 'en', 'x')).toBe(
      PRIVILEGED_INTENT_REVIEW.userThreshold.toLocaleString('en'),
    );
  });
});
