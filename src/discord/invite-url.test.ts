import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {checkInviteUrl, MAX_INVITE_INPUT_LENGTH, parseInviteUrl, type InviteParseErrorCode} from './invite-parse';
import {
  AUTHORIZE_URL,
  buildInviteUrl,
  LINT_RULES,
  lintInvite,
  normalizeInviteParams,
  type InviteParams,
  type LintCode,
  type LintFinding,
} from './invite-url';
import {PERMISSIONS} from './permissions';
import {SCOPES} from './scopes';
import {DISCORD_EPOCH_MS} from './snowflake';

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

describe('buildInviteUrl', () => {
  it('builds the classic bot link', () => {
    const built = buildInviteUrl({clientId: APP, scopes: ['bot', 'applications.commands'], permissions: 2048n});
    expect(built).toEqual({
      ok: true,
      value: `${AUTHORIZE_URL}?client_id=${APP}&scope=bot%20applications.commands&permissions=2048`,
    });
  });

  it('writes every parameter, encoded, in a fixed order', () => {
    const built = buildInviteUrl({
      clientId: APP,
      scopes: ['bot', 'identify'],
      permissions: 0n,
      guildId: GUILD,
      disableGuildSelect: true,
      integrationType: 0,
      responseType: 'code',
      redirectUri: 'https://example.com/cb?a=1&b=2',
      state: 'x y+z/ไทย',
      prompt: 'consent',
    });
    expect(built.ok && built.value).toBe(
      `${AUTHORIZE_URL}?client_id=${APP}&scope=bot%20identify&permissions=0&guild_id=${GUILD}` +
        '&disable_guild_select=true&integration_type=0&response_type=code' +
        '&redirect_uri=https%3A%2F%2Fexample.com%2Fcb%3Fa%3D1%26b%3D2' +
        '&state=x%20y%2Bz%2F%E0%B9%84%E0%B8%97%E0%B8%A2&prompt=consent',
    );
  });

  it('accepts a client ID typed with Thai digits and spaces, and writes it canonically', () => {
    const thai = '๑๒๓๔ ๕๖๗๘ ๙๐๑๒ ๓๔๕๖ ๗๘๙';
    const built = buildInviteUrl({clientId: thai, scopes: ['bot']});
    expect(built.ok && built.value).toBe(`${AUTHORIZE_URL}?client_id=${APP}&scope=bot`);
  });

  it('allows a link with only client_id (Default Install Settings)', () => {
    expect(buildInviteUrl({clientId: APP, scopes: []})).toEqual({ok: true, value: `${AUTHORIZE_URL}?client_id=${APP}`});
    expect(buildInviteUrl({clientId: APP, scopes: [], permissions: 8n}).ok).toBe(true);
  });

  it('never yields a URL when a field is invalid, and names each field', () => {
    expect(buildInviteUrl({clientId: '', scopes: ['bot']})).toEqual({
      ok: false,
      error: [{code: 'bad-client-id', field: 'clientId'}],
    });
    expect(buildInviteUrl({clientId: APP, scopes: ['identify'], permissions: 8n})).toEqual({
      ok: false,
      error: [
        {code: 'code-grant-missing-response-type', field: 'responseType'},
        {code: 'permissions-without-bot', field: 'permissions'},
      ],
    });
    const many = buildInviteUrl({
      clientId: 'abc',
      scopes: ['bot', 'admin'],
      permissions: -1n,
      guildId: '12',
      integrationType: 1,
    });
    expect(many.ok).toBe(false);
    if (!many.ok) {
      expect(many.error.map((e) => e.code).sort()).toEqual(
        [
          'bad-client-id',
          'unknown-scope',
          'user-install-with-bot',
          'bad-permissions',
          'bad-value',
          'user-install-with-guild',
        ].sort(),
      );
    }
  });

  it('refuses values a JavaScript caller could smuggle past the types', () => {
    const base = {clientId: APP, scopes: ['applications.commands']};
    const bad = (extra: Record<string, unknown>): string[] => {
      const built = buildInviteUrl({...base, ...extra} as unknown as InviteParams);
      return built.ok ? [] : built.error.map((e) => `${e.code}:${e.field}`);
    };
    expect(bad({integrationType: 2})).toEqual(['bad-value:integrationType']);
    expect(bad({prompt: 'always'})).toEqual(['bad-value:prompt']);
    expect(bad({responseType: 'token'})).toEqual(['bad-value:responseType']);
    expect(bad({permissions: 1n << 64n})).toContain('bad-permissions:permissions');
    expect(bad({state: 'a\ud800b'})).toEqual(['bad-value:state']);
    expect(bad({redirectUri: 'javascript:alert(1)', responseType: 'code'})).toEqual(['bad-value:redirectUri']);
    expect(bad({redirectUri: 'not a url', responseType: 'code'})).toEqual(['bad-value:redirectUri']);
  });

  it('does not block on warnings', () => {
    const built = buildInviteUrl({clientId: APP, scopes: ['bot'], permissions: 8n | (1n << 47n)});
    expect(built.ok).toBe(true);
    expect(lint({clientId: APP, scopes: ['bot'], permissions: 8n | (1n << 47n)})).toEqual([
      'administrator-requested',
      'unknown-permission-bits',
    ]);
  });
});

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

// ---------------------------------------------------------------------------------------------------------------
// Round trip

const NOW_MS = BigInt(Date.now());
/** Snowflakes from 2015-02 (17 digits) to now, so parseSnowflake accepts them under any clock. */
const snowflake = fc
  .tuple(fc.bigInt({min: 3_000_000_000n, max: NOW_MS - DISCORD_EPOCH_MS}), fc.bigInt({min: 0n, max: (1n << 22n) - 1n}))
  .map(([ms, low]) => ((ms << 22n) | low).toString());

const permissionsArb = fc.oneof(
  fc.subarray(PERMISSIONS.map((p) => p.value)).map((values) => values.reduce((a, b) => a | b, 0n)),
  fc.bigInt({min: 0n, max: (1n << 64n) - 1n}),
);
const plainScopes = SCOPES.filter((s) => s.needsCodeGrant && !s.clientCredentialsOnly).map((s) => s.scope);
const text = fc.string({unit: 'grapheme', maxLength: 40});

const botInvite = fc.record(
  {
    clientId: snowflake,
    scopes: fc.constantFrom(['bot'], ['bot', 'applications.commands'], ['applications.commands', 'bot']),
    permissions: permissionsArb,
    guildId: snowflake,
    disableGuildSelect: fc.boolean(),
    integrationType: fc.constant(0 as const),
    prompt: fc.constantFrom('consent' as const, 'none' as const),
  },
  {requiredKeys: ['clientId', 'scopes']},
);

const codeGrant = fc.record(
  {
    clientId: snowflake,
    scopes: fc
      .tuple(fc.subarray(['bot', 'applications.commands']), fc.subarray(plainScopes, {minLength: 1}))
      .map(([a, b]) => [...a, ...b]),
    responseType: fc.constant('code' as const),
    redirectUri: fc.webUrl({withQueryParameters: true, withFragments: true}),
    state: text,
    prompt: fc.constantFrom('consent' as const, 'none' as const),
  },
  {requiredKeys: ['clientId', 'scopes', 'responseType']},
);

const userInstall = fc.record(
  {
    clientId: snowflake,
    scopes: fc.constant(['applications.commands']),
    integrationType: fc.constant(1 as const),
    state: text,
  },
  {requiredKeys: ['clientId', 'scopes', 'integrationType']},
);

const defaultInstall = fc.record(
  {clientId: snowflake, scopes: fc.constant([] as string[]), permissions: permissionsArb, guildId: snowflake},
  {requiredKeys: ['clientId', 'scopes']},
);

describe('round trip', () => {
  it('parseInviteUrl(buildInviteUrl(x)) gives back normalizeInviteParams(x)', () => {
    fc.assert(
      fc.property(fc.oneof(botInvite, codeGrant, userInstall, defaultInstall), (params: InviteParams) => {
        const built = buildInviteUrl(params);
        expect(
          built.ok,
          JSON.stringify(built, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)),
        ).toBe(true);
        if (!built.ok) return;
        const parsed = parseInviteUrl(built.value);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.params).toEqual(normalizeInviteParams(params));
        expect(parsed.value.raw.duplicates).toEqual([]);
        expect(parsed.value.raw.unknownParams).toEqual([]);
        // Building again from what was read gives the same link.
        expect(buildInviteUrl(parsed.value.params)).toEqual(built);
      }),
      {numRuns: 1500},
    );
  });

  it('normalises repeats, false flags and empty state', () => {
    expect(
      normalizeInviteParams({
        clientId: ` ${APP} `,
        scopes: ['bot', 'bot', ' applications.commands '],
        disableGuildSelect: false,
        state: '',
      }),
    ).toEqual({clientId: APP, scopes: ['bot', 'applications.commands']});
  });
});
