import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {lintInvite, type LintCode, type LintFinding} from './lint';
import type {InviteParams} from './params';
import {checkInviteUrl, MAX_INVITE_INPUT_LENGTH, parseInviteUrl, type InviteParseErrorCode} from './parse';

const NOW = new Date('2026-11-25T00:00:00Z');
const APP = '1234567890123456789'; // 2024-03-29

const codes = (findings: readonly LintFinding[]): LintCode[] => findings.map((f) => f.code);
const lintUrl = (url: string): LintCode[] => {
  const parsed = parseInviteUrl(url);
  if (!parsed.ok) throw new Error(`expected ${url} to parse, got ${parsed.error.code}`);
  return codes(lintInvite(parsed.value, {now: NOW}));
};

describe('parseInviteUrl', () => {
  const classic = `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot+applications.commands&permissions=8`;
  const expected: InviteParams = {clientId: APP, scopes: ['bot', 'applications.commands'], permissions: 8n};

  it.each([
    ['the canonical link', classic],
    ['discordapp.com', classic.replace('discord.com', 'discordapp.com')],
    ['ptb.', classic.replace('discord.com', 'ptb.discord.com')],
    ['canary.', classic.replace('discord.com', 'canary.discord.com')],
    ['/api', classic.replace('/oauth2', '/api/oauth2')],
    ['/api/v10', classic.replace('/oauth2', '/api/v10/oauth2')],
    ['a trailing slash', classic.replace('authorize', 'authorize/')],
    ['no scheme', classic.replace('https://', '')],
    ['protocol-relative', classic.replace('https:', '')],
    ['upper-case host', classic.replace('discord.com', 'DISCORD.COM')],
    ['surrounding whitespace and a line break', `  \n${classic.slice(0, 40)}\n${classic.slice(40)}\t `],
    ['%20 between scopes', classic.replace('+', '%20')],
    ['a literal space between scopes', classic.replace('+', ' ')],
    ['a double-encoded space', classic.replace('+', '%2B')],
    ['Discord no-embed brackets', `<${classic}>`],
    ['back-ticks', `\`${classic}\``],
    ['a Markdown link', `[invite](${classic})`],
    ['a fully encoded link', encodeURIComponent(classic)],
    ['an encoded query', classic.replace(/\?.*$/, `?${encodeURIComponent(classic.split('?')[1] ?? '')}`)],
    ['a zero-width space', `\u200b${classic}`],
    ['a fragment', `${classic}#top`],
    ['&amp; from HTML source', classic.replace(/&/g, '&amp;')],
    ['user info before discord.com (harmless: the host is Discord)', classic.replace('https://', 'https://someone@')],
  ])('reads %s', (_name, input) => {
    const parsed = parseInviteUrl(input);
    expect(parsed.ok, parsed.ok ? '' : parsed.error.code).toBe(true);
    if (parsed.ok) expect(parsed.value.params).toEqual(expected);
  });

  it('reports host, path, scheme, duplicates and unknown parameters', () => {
    const parsed = parseInviteUrl(
      `http://discordapp.com/api/oauth2/authorize?client_id=${APP}&scope=bot&scope=identify&utm_source=x&utm_source=y&permissions=8`,
    );
    expect(parsed.ok && parsed.value.raw).toEqual({
      host: 'discordapp.com',
      path: '/api/oauth2/authorize',
      scheme: 'http',
      duplicates: ['scope'],
      unknownParams: ['utm_source'],
      values: {client_id: APP, scope: 'bot', permissions: '8'},
    });
    expect(parsed.ok && lintInvite(parsed.value, {now: NOW}).map((f) => f.code)).toEqual([
      'administrator-requested',
      'http-not-https',
      'duplicate-parameter',
      'legacy-host',
      'unknown-parameter',
    ]);
  });

  it('keeps unreadable values out of params and lints them', () => {
    const url =
      `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&permissions=0x8&guild_id=abc` +
      '&disable_guild_select=yes&integration_type=2&prompt=always&response_type=magic';
    const parsed = parseInviteUrl(url);
    expect(parsed.ok && parsed.value.params).toEqual({clientId: APP, scopes: ['bot'], guildId: 'abc'});
    const findings = parsed.ok ? lintInvite(parsed.value, {now: NOW}) : [];
    expect(findings.map((f) => `${f.code}:${f.field ?? ''}:${f.data?.value ?? ''}`)).toEqual([
      'bad-value:responseType:magic',
      'bad-permissions:permissions:0x8',
      'bad-value:guildId:abc',
      'bad-value:disableGuildSelect:yes',
      'bad-value:integrationType:2',
      'bad-value:prompt:always',
    ]);
  });

  it('reads false, user installs and the implicit grant', () => {
    const parsed = parseInviteUrl(
      `discord.com/oauth2/authorize?client_id=${APP}&scope=applications.commands&integration_type=1&disable_guild_select=false`,
    );
    expect(parsed.ok && parsed.value.params).toEqual({
      clientId: APP,
      scopes: ['applications.commands'],
      integrationType: 1,
      disableGuildSelect: false,
    });
    expect(
      lintUrl(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=identify&response_type=token&state=s`),
    ).toEqual(['code-grant-missing-redirect', 'implicit-grant', 'scope-needs-code-grant']);
  });

  it('reads permissions up to 64 bits and no further', () => {
    const at = (value: string): InviteParams | undefined => {
      const parsed = parseInviteUrl(
        `https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&permissions=${value}`,
      );
      return parsed.ok ? parsed.value.params : undefined;
    };
    expect(at('18446744073709551615')?.permissions).toBe((1n << 64n) - 1n);
    expect(at('18446744073709551616')?.permissions).toBeUndefined();
    expect(at('-8')?.permissions).toBeUndefined();
    expect(at('%208%20')?.permissions).toBe(8n);
  });

  // Hostile and broken input: every case gives a defined code and nothing throws.
  const hostile: readonly (readonly [string, string, InviteParseErrorCode])[] = [
    ['empty', '', 'empty'],
    ['whitespace', ' \t\n\u00a0 ', 'empty'],
    ['invisible characters only', '\u200b\ufeff\u0000', 'empty'],
    ['script tag', '<script>alert(1)</script>', 'not-a-url'],
    ['bare <script>', '<script>', 'not-a-url'],
    ['HTML link', `<a href="${classic}">invite</a>`, 'not-a-url'],
    ['javascript:', 'javascript:alert(1)', 'unsafe-scheme'],
    ['JavaScript: in mixed case with a tab', 'Java\tScript:alert(document.domain)', 'unsafe-scheme'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'unsafe-scheme'],
    ['vbscript:', 'vbscript:msgbox(1)', 'unsafe-scheme'],
    ['ftp:', 'ftp://discord.com/oauth2/authorize', 'unsafe-scheme'],
    ['10 KB paste', `${classic}&state=${'a'.repeat(10_240)}`, 'too-long'],
    ['just over the limit', 'a'.repeat(MAX_INVITE_INPUT_LENGTH + 1), 'too-long'],
    ['non-Discord URL', 'https://example.com/oauth2/authorize?client_id=1', 'not-discord'],
    ['look-alike host', `https://discord.com.evil.example/oauth2/authorize?client_id=${APP}`, 'not-discord'],
    ['credentials trick', `https://discord.com@evil.example/oauth2/authorize?client_id=${APP}`, 'not-discord'],
    ['odd port', `https://discord.com:8443/oauth2/authorize?client_id=${APP}`, 'not-discord'],
    ['host and port without scheme', 'localhost:8080/oauth2/authorize', 'not-discord'],
    ['Cyrillic look-alike', `https://dіscord.com/oauth2/authorize?client_id=${APP}`, 'not-discord'],
    ['Discord link in another query', `https://evil.example/?next=${classic}`, 'not-discord'],
    ['lone ?', '?', 'not-a-url'],
    ['lone #', '#', 'not-a-url'],
    ['just a word', 'hello', 'not-discord'],
    ['a sentence', `click here ${classic}`, 'not-a-url'],
    ['broken percent-encoding', 'https%3A%2F%2Fdiscord.com%2Foauth2%2Fauthorize%3Fclient_id%3D%E0%A4%A', 'not-a-url'],
    ['server invite', 'https://discord.gg/abcdef', 'not-authorize-path'],
    ['discord.com/invite', 'https://discord.com/invite/abcdef', 'not-authorize-path'],
    ['Developer Portal page', `https://discord.com/developers/applications/${APP}/oauth2`, 'not-authorize-path'],
    ['token URL', 'https://discord.com/api/oauth2/token', 'not-authorize-path'],
    ['www host', `https://www.discord.com/oauth2/authorize?client_id=${APP}`, 'not-authorize-path'],
    ['bare scheme', 'https://', 'not-a-url'],
  ];

  it.each(hostile)('%s → %s', (_name, input, code) => {
    const result = parseInviteUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('names what it refused', () => {
    expect(parseInviteUrl('javascript:alert(1)')).toEqual({
      ok: false,
      error: {code: 'unsafe-scheme', scheme: 'javascript'},
    });
    expect(parseInviteUrl('https://Example.com./x')).toEqual({
      ok: false,
      error: {code: 'not-discord', host: 'example.com'},
    });
    expect(parseInviteUrl('https://discord.com:8443/oauth2/authorize')).toEqual({
      ok: false,
      error: {code: 'not-discord', host: 'discord.com:8443'},
    });
    expect(parseInviteUrl('discord.gg/abc')).toEqual({
      ok: false,
      error: {code: 'not-authorize-path', host: 'discord.gg'},
    });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), (input) => {
        const result = parseInviteUrl(input);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) lintInvite(result.value, {now: NOW});
      }),
      {numRuns: 2000},
    );
    fc.assert(
      fc.property(fc.webUrl({withQueryParameters: true, withFragments: true}), (input) => {
        expect(typeof parseInviteUrl(input).ok).toBe('boolean');
      }),
      {numRuns: 500},
    );
  });

  it('parses a discord authorize link with arbitrary query junk without throwing', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (query) => {
        const result = parseInviteUrl(`https://discord.com/oauth2/authorize?${query}`);
        if (result.ok) expect(Array.isArray(lintInvite(result.value, {now: NOW}))).toBe(true);
      }),
      {numRuns: 1000},
    );
  });
});

describe('checkInviteUrl', () => {
  it('turns a non-Discord host into a finding', () => {
    const checked = checkInviteUrl('https://evil.example/oauth2/authorize?client_id=1');
    expect(checked.parsed.ok).toBe(false);
    expect(checked.findings).toEqual([{code: 'non-discord-host', severity: 'error', data: {host: 'evil.example'}}]);
  });

  it('has no findings for other parse errors, and lints good links', () => {
    expect(checkInviteUrl('').findings).toEqual([]);
    const checked = checkInviteUrl(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&permissions=8`, {
      now: NOW,
    });
    expect(checked.parsed.ok).toBe(true);
    expect(checked.findings.map((f) => f.code)).toEqual(['administrator-requested']);
  });
});
