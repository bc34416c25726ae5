import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {llmsTxt, mdxToMarkdown, type MarkdownOptions} from './markdown';

const opts: MarkdownOptions = {
  title: 'Get the token',
  description: 'Reset and copy it.',
  pageUrl: 'https://example.org/base/docs/tutorial/token/',
  locale: 'en',
  linkFor: (p) => `https://example.org/base${p.replace(/(#|$)/, '.md$1')}`,
};

describe('mdxToMarkdown', () => {
  it('drops front matter, imports and heading ids, and titles the page from its metadata', () => {
    const md = mdxToMarkdown(
      [
        '---',
        'title: X',
        '---',
        "import PermissionCalculator from '@site/src/components/PermissionCalculator';",
        'import {',
        '  a,',
        "} from 'b';",
        '',
        '## Reset the token {#reset-token}',
        '',
        'Text.',
      ].join('\n'),
      opts,
    );
    expect(md).toBe('# Get the token\n\n> Reset and copy it.\n\n## Reset the token\n\nText.\n');
  });

  it('replaces a tool with a pointer to the page and drops page furniture', () => {
    const md = mdxToMarkdown(
      '<PermissionCalculator compact />\n\n<StepDone step="token" />\n\n<InviteBuilder\n  a="1"\n/>\n\nEnd.',
      opts,
    );
    expect(md).toContain(
      '_[Interactive: Permission Calculator. Use it on the web page: https://example.org/base/docs/tutorial/token/]_',
    );
    expect(md).toContain('_[Interactive: Invite Builder.');
    expect(md).not.toMatch(/StepDone|<|a="1"/);
    expect(md).toMatch(/End\.\n$/);
    expect(mdxToMarkdown('<IntentTable />', {...opts, locale: 'th'})).toContain('เครื่องมือแบบโต้ตอบ: Intent Table');
  });

  it('turns tabs into labelled sections and admonitions into quotes, and leaves code alone', () => {
    const md = mdxToMarkdown(
      [
        '<Tabs groupId="os">',
        '  <TabItem value="unix" label="macOS and Linux">',
        '',
        '```bash',
        'import os',
        'export DISCORD_TOKEN',
        '<NotAComponent />',
        '## not a heading {#x}',
        '```',
        '',
        '  </TabItem>',
        '</Tabs>',
        '',
        ':::danger[Treat it like a password]',
        '',
        'Never paste it. See [safety](/docs/guides/token-safety#leak).',
        '',
        ':::',
      ].join('\n'),
      opts,
    );
    expect(md).toContain('**macOS and Linux**');
    expect(md).toContain('```bash\nimport os\nexport DISCORD_TOKEN\n<NotAComponent />\n## not a heading {#x}\n```');
    expect(md).not.toMatch(/Tabs|TabItem/);
    expect(md).toContain(
      '> **Treat it like a password**\n>\n> Never paste it. See [safety](https://example.org/base/docs/guides/token-safety.md#leak).',
    );
    expect(md).not.toContain(':::');
  });

  it('leaves links inside inline code and outside the site alone', () => {
    const md = mdxToMarkdown('Run `[x](/docs/a)` or read [Discord](https://discord.com/developers).', opts);
    expect(md).toContain('`[x](/docs/a)`');
    expect(md).toContain('[Discord](https://discord.com/developers)');
  });

  it('writes each fact as the HTML shows it, in the page language, not as a tag or a tool', () => {
    const src = [
      '## Disallowed intents (<Fact id="closeCode.disallowedIntents.code"/>) {#disallowed-intents}',
      '',
      '<Fact id="intents.review.userThreshold"/> users since <Fact id="intents.review.effective"/>.',
      '',
      '| `GUILD_MEMBERS` | <Fact id="intent.GuildMembers.bit"/> |',
      '',
      'Written `<Fact id="x"/>` in code.',
      '',
      '```mdx',
      '<Fact id="intents.review.effective"/>',
      '```',
    ].join('\n');
    const en = mdxToMarkdown(src, opts);
    expect(en).toContain('## Disallowed intents (4014)\n');
    expect(en).toContain('10,000 users since 10 June 2026.');
    expect(en).toContain('| `GUILD_MEMBERS` | `1 << 1` |');
    expect(en).toContain('Written `<Fact id="x"/>` in code.');
    expect(en).toContain('```mdx\n<Fact id="intents.review.effective"/>\n```');
    expect(en).not.toContain('Interactive');
    expect(mdxToMarkdown(src, {...opts, locale: 'th'})).toContain('10,000 users since 10 มิถุนายน 2026.');
    expect(() => mdxToMarkdown('A <Fact id="no.such"/>.', {...opts, source: 'docs/a.mdx'})).toThrow(
      /^docs\/a\.mdx: <Fact id="no\.such"\/> names no fact/,
    );
  });

  it('leaves no MDX in any real page, in either language', () => {
    for (const file of [
      'docs/tutorial/token.mdx',
      'docs/tutorial/privileged-intents.mdx',
      'i18n/th/docusaurus-plugin-content-docs/current/tools/invite-url-builder.mdx',
      'i18n/th/docusaurus-plugin-content-docs/current/reference/facts.mdx',
    ]) {
      const md = mdxToMarkdown(readFileSync(join(process.cwd(), file), 'utf8'), opts);
      const prose = md.replace(/```[\s\S]*?```/g, '');
      expect(prose, file).not.toMatch(/^import\s|^export\s|<\/?[A-Z]|\{#[\w-]+\}|^:::/m);
    }
  });
});

describe('llmsTxt', () => {
  it('writes the llmstxt.org layout and skips empty sections', () => {
    expect(
      llmsTxt({
        title: 'Guide',
        summary: 'All of it.',
        intro: ['https://example.org/'],
        sections: [
          {
            title: 'Tutorial',
            entries: [{title: 'Token', url: 'https://example.org/docs/token.md', description: 'Get it.'}],
          },
          {title: 'Empty', entries: []},
        ],
      }),
    ).toBe(
      '# Guide\n\n> All of it.\n\nhttps://example.org/\n\n## Tutorial\n\n- [Token](https://example.org/docs/token.md): Get it.\n',
    );
  });
});
