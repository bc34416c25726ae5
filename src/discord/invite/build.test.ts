import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {PERMISSIONS} from '../permissions';
import {SCOPES} from '../scopes';
import {DISCORD_EPOCH_MS} from '../snowflake';
import {withSplitsFilled} from '../permission-splits';
import {buildInviteUrl, correctedInviteUrl, normalizeInviteParams} from './build';
import {lintInvite, type LintCode, type LintFinding} from './lint';
import {AUTHORIZE_URL, type InviteParams} from './params';
import {parseInviteUrl} from './parse';

const NOW = new Date('2026-11-25T00:00:00Z');
const APP = '1234567890123456789'; // 2024-03-29
const GUILD = '987654321098765432'; // 2022-04-21

const codes = (findings: readonly LintFinding[]): LintCode[] => findings.map((f) => f.code);
const lint = (p: InviteParams): LintCode[] => codes(lintInvite(p, {now: NOW}));

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

describe('correctedInviteUrl', () => {
  const link = `${AUTHORIZE_URL}?client_id=${APP}&scope=bot&permissions=8192&guild_id=${GUILD}&disable_guild_select=true`;

  it('puts the finding’s patch in place and keeps every other parameter', () => {
    const parsed = parseInviteUrl(link);
    if (!parsed.ok) throw new Error('the test link must parse');
    const finding = lintInvite(parsed.value, {now: NOW}).find((f) => f.code === 'split-permission-missing');
    expect(finding?.patch).toEqual({permissions: 2251799813693440n});
    expect(correctedInviteUrl(parsed.value.params, finding!, {now: NOW})).toBe(
      link.replace('permissions=8192', 'permissions=2251799813693440'),
    );
  });

  it('is null for a finding without a patch, and when the corrected link would still have an error', () => {
    const params = {clientId: APP, scopes: ['bot'], permissions: 8n};
    expect(correctedInviteUrl(params, {code: 'administrator-requested', severity: 'warning'})).toBeNull();
    const broken = {clientId: '12', scopes: ['bot'], permissions: 8192n};
    const [finding] = lintInvite(broken).filter((f) => f.code === 'split-permission-missing');
    expect(finding).toBeDefined();
    expect(correctedInviteUrl(broken, finding!)).toBeNull();
  });

  it('changes nothing but the permissions: reading the corrected link gives the same parameters', () => {
    fc.assert(
      fc.property(fc.oneof(botInvite, defaultInstall), (params: InviteParams) => {
        for (const finding of lintInvite(params).filter((f) => f.patch !== undefined)) {
          const corrected = correctedInviteUrl(params, finding);
          if (corrected === null) continue;
          const read = parseInviteUrl(corrected);
          expect(read.ok && read.value.params).toEqual({
            ...normalizeInviteParams(params),
            permissions: withSplitsFilled(params.permissions ?? 0n),
          });
          expect(read.ok && lintInvite(read.value).some((f) => f.code === 'split-permission-missing')).toBe(false);
        }
      }),
      {numRuns: 1000},
    );
  });
});
