import {describe, expect, it} from 'vitest';

import {findingText, LINT_RULES, lintInvite, type LintCode, type LintFinding} from './lint';
import {quote} from './text';
import type {InviteParams} from './params';
import {parseInviteUrl} from './parse';

const NOW = new Date('2026-11-25T00:00:00Z');
const APP = '1234567890123456789'; // 2024-03-29
const GUILD = '987654321098765432'; // 2022-04-21

const codes = (findings: readonly LintFinding[]): LintCode[] => findings.map((f) => f.code);
const lint = (p: InviteParams): LintCode[] => codes(lintInvite(p, {now: NOW}));
const lintUrl = (url: string): LintCode[] => {
  const parsed = parseInviteUrl(url);
  if (!parsed.ok) throw new Error(`expected ${url} to parse, got ${parsed.error.code}`);
  return codes(lintInvite(parsed.value, {now: NOW}));
};

describe('lintInvite rules', () => {
  const bot = {clientId: APP, scopes: ['bot']} as const;

  it('is silent on a clean bot link', () => {
    expect(lint({...bot, permissions: 2048n})).toEqual([]);
    expect(lint({...bot, permissions: 2048n, guildId: GUILD, disableGuildSelect: true})).toEqual([]);
    expect(lint({clientId: APP, scopes: ['applications.commands'], integrationType: 1})).toEqual([]);
  });

  it('reports a bad client ID with the snowflake reason', () => {
    const [finding] = lintInvite({clientId: '123', scopes: ['bot']}, {now: NOW});
    expect(finding).toEqual({
      code: 'bad-client-id',
      severity: 'error',
      field: 'clientId',
      data: {reason: 'too-short', value: '123'},
    });
  });

  it('reports unknown scopes by name', () => {
    const findings = lintInvite({...bot, scopes: ['bot', 'admin', 'applications_commands']}, {now: NOW});
    expect(findings[0]).toMatchObject({code: 'unknown-scope', data: {scopes: 'admin applications_commands'}});
  });

  it('flags missing scope as info only', () => {
    expect(lintInvite({clientId: APP, scopes: []}, {now: NOW})).toEqual([
      {code: 'missing-scope', severity: 'info', field: 'scopes'},
    ]);
  });

  it('flags permissions without bot, but not a zero value', () => {
    expect(lint({clientId: APP, scopes: ['applications.commands'], permissions: 8n})).toEqual([
      'permissions-without-bot',
      'administrator-requested',
    ]);
    expect(lint({clientId: APP, scopes: ['applications.commands'], permissions: 0n})).toEqual([]);
  });

  it('enforces the user-install rules', () => {
    expect(
      lint({
        clientId: APP,
        scopes: ['bot', 'applications.commands'],
        integrationType: 1,
        permissions: 2048n,
        guildId: GUILD,
      }),
    ).toEqual(['user-install-with-bot', 'user-install-with-permissions', 'user-install-with-guild']);
    expect(
      lint({clientId: APP, scopes: ['applications.commands'], integrationType: 1, disableGuildSelect: true}),
    ).toEqual(['user-install-with-guild', 'disable-guild-select-without-guild']);
  });

  it('warns about guild selection without bot and disable without a guild', () => {
    expect(lint({clientId: APP, scopes: ['applications.commands'], guildId: GUILD})).toEqual(['guild-without-bot']);
    expect(lint({...bot, disableGuildSelect: true})).toEqual(['disable-guild-select-without-guild']);
    expect(lint({...bot, guildId: 'nope'})).toEqual(['bad-value']);
  });

  it('explains code grants', () => {
    expect(lint({clientId: APP, scopes: ['bot', 'identify']})).toEqual([
      'code-grant-missing-response-type',
      'code-grant-missing-redirect',
      'scope-needs-code-grant',
      'code-grant-without-state',
    ]);
    expect(
      lint({
        clientId: APP,
        scopes: ['identify'],
        responseType: 'code',
        redirectUri: 'https://a.example/cb',
        state: 's',
      }),
    ).toEqual(['scope-needs-code-grant']);
    expect(
      lint({clientId: APP, scopes: ['identify'], responseType: 'code', redirectUri: 'myapp://callback', state: 's'}),
    ).toEqual(['scope-needs-code-grant']);
  });

  it('reminds about redirect_uri and state whenever the link asks for a code, as the builder and checker both show', () => {
    expect(lint({...bot, responseType: 'code'})).toEqual(['code-grant-missing-redirect', 'code-grant-without-state']);
    expect(lintUrl(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&response_type=code`)).toEqual([
      'code-grant-missing-redirect',
      'code-grant-without-state',
    ]);
    expect(lint({...bot, responseType: 'code', redirectUri: 'https://a.example/cb', state: 's'})).toEqual([]);
  });

  it('warns about approval-only and refuses client-credentials-only scopes', () => {
    const findings = lintInvite(
      {
        clientId: APP,
        scopes: ['rpc', 'applications.commands.update'],
        responseType: 'code',
        redirectUri: 'https://a.b/',
        state: 's',
      },
      {now: NOW},
    );
    expect(findings.map((f) => [f.code, f.data?.scopes])).toEqual([
      ['scope-client-credentials-only', 'applications.commands.update'],
      ['scope-needs-approval', 'rpc'],
      ['scope-needs-code-grant', 'rpc'],
    ]);
  });

  it('warns when integration_type has no commands scope to act on', () => {
    expect(
      lint({
        clientId: APP,
        scopes: ['identify'],
        integrationType: 0,
        responseType: 'code',
        redirectUri: 'https://a.b/',
        state: 's',
      }),
    ).toEqual(['integration-type-without-commands', 'scope-needs-code-grant']);
    // bot brings applications.commands along.
    expect(lint({...bot, integrationType: 0})).toEqual([]);
  });

  it('notes prompt=none on passthrough scopes', () => {
    expect(lint({...bot, prompt: 'none'})).toEqual(['prompt-none-passthrough']);
    expect(lint({...bot, prompt: 'consent'})).toEqual([]);
  });

  it('warns about permissions written before Discord’s splits, with the corrected value', () => {
    const findings = lintInvite({...bot, permissions: 8192n | (1n << 33n)}, {now: NOW});
    expect(findings).toEqual([
      {
        code: 'split-permission-missing',
        severity: 'warning',
        field: 'permissions',
        data: {old: 'Manage Messages', new: 'Pin Messages', date: 'February 23, 2026', value: '2269400589672448'},
        patch: {permissions: 2269400589672448n},
      },
      {
        code: 'split-permission-missing',
        severity: 'warning',
        field: 'permissions',
        data: {old: 'Manage Events', new: 'Create Events', date: 'February 23, 2026', value: '2269400589672448'},
        patch: {permissions: 2269400589672448n},
      },
    ]);
    expect(2269400589672448n).toBe(8192n | (1n << 33n) | (1n << 51n) | (1n << 44n));
    expect(findingText(findings[0]!)).toEqual({
      message:
        'The link asks for Manage Messages but not Pin Messages. Since February 23, 2026, a bot needs Pin Messages for what Manage Messages used to allow.',
      fix: 'Add Pin Messages, unless the bot never needs it. With every permission missing this way added, the permissions value is 2269400589672448.',
    });
    expect(Object.isFrozen(findings[0]?.patch)).toBe(true);
  });

  it('does not ask for Bypass Slowmode, nor anything with Administrator', () => {
    // Manage Messages + Pin Messages: Bypass Slowmode is missing, and that is fine for a bot.
    expect(lint({...bot, permissions: 8192n | (1n << 51n)})).toEqual([]);
    expect(lint({...bot, permissions: 8n | 8192n})).toEqual(['administrator-requested']);
    expect(lintUrl(`https://discord.com/oauth2/authorize?client_id=${APP}&scope=bot&permissions=8192`)).toEqual([
      'split-permission-missing',
    ]);
  });

  it('has one rule row per code, with a source each', () => {
    expect(new Set(LINT_RULES.map((r) => r.code)).size).toBe(LINT_RULES.length);
    for (const rule of LINT_RULES) expect(rule.source).toMatch(/^https:\/\//);
  });

  it('sorts errors before warnings before info', () => {
    const findings = lintInvite({clientId: 'x', scopes: ['identify'], permissions: 8n, prompt: 'none'}, {now: NOW});
    const order = {error: 0, warning: 1, info: 2} as const;
    const ranks = findings.map((f) => order[f.severity]);
    expect(ranks).toEqual([...ranks].sort());
  });
});

describe('findingText', () => {
  // Every value a message can name, so a placeholder left unfilled would show up as '{…}' in the output.
  const DATA = {scopes: 'rpc', value: 'x', host: 'evil.example', bits: '60', params: 'foo', reason: 'too-short'};

  it.each(LINT_RULES.map((rule) => [rule.code, rule] as const))('%s has a sentence and a fix', (_code, rule) => {
    const {message, fix} = findingText({code: rule.code, severity: rule.severity, field: 'prompt', data: DATA});
    expect(message.length).toBeGreaterThan(10);
    expect(fix.length).toBeGreaterThan(10);
    expect(`${message} ${fix}`).not.toMatch(/\{\w+\}/);
  });

  it('names the parameter a bad value belongs to', () => {
    expect(findingText({code: 'bad-value', severity: 'error', field: 'guildId', data: {value: '1'}}).message).toBe(
      'guild_id has a value Discord does not accept: “1”.',
    );
  });

  it('quotes only the start of a long pasted value', () => {
    const long = 'a'.repeat(5000);
    expect(quote(long)).toHaveLength(81);
    expect(findingText({code: 'non-discord-host', severity: 'error', data: {host: long}}).message.length).toBeLessThan(
      200,
    );
  });
});
