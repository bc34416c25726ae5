import {describe, expect, it} from 'vitest';
import {parseInviteUrl} from '@site/src/discord/invite/parse';
import {DEFAULT_SCOPES, formatScopeParam, NO_SCOPES, PAGE_PARAM_LIMITS} from '@site/src/hooks/page-params';
import {MORE_SCOPES, PRIMARY_SCOPES, SCOPE_ORDER} from '../shared/scope-order';
import {
  BUILDER_PARAMS,
  installUpdates,
  noIdOutcome,
  readBuilderQuery,
  shownParamProblems,
  toggleScopeUpdates,
  toInviteParams,
  visibility,
  type BuilderQuery,
} from './form-state';
import {builderOutcome} from './outcome';

const NOW = new Date('2026-11-25T00:00:00Z');
const APP = '123456789012345678';
const GUILD = '987654321098765432';
const EMPTY: BuilderQuery = Object.fromEntries(BUILDER_PARAMS.map((name) => [name, null])) as BuilderQuery;
const query = (values: Partial<BuilderQuery>): BuilderQuery => ({...EMPTY, ...values});
const outcome = (values: Partial<BuilderQuery>, clientId = APP) =>
  builderOutcome(readBuilderQuery(query(values)), clientId, {now: NOW});
const linkParams = (url: string | null): Record<string, string> => {
  if (url === null) throw new Error('expected a link');
  return Object.fromEntries(new URL(url).searchParams);
};

describe('readBuilderQuery', () => {
  it('starts as a plain bot invite: bot only, server install, nothing else', () => {
    const state = readBuilderQuery(EMPTY);
    expect(state.scopes).toEqual(DEFAULT_SCOPES);
    expect(state.userInstall).toBe(false);
    expect(state.permissions).toBe(0n);
    expect(state.codeGrant).toBe(false);
  });

  it('keeps known scopes in display order, reads the empty marker, and reports unknown names', () => {
    const mixed = readBuilderQuery(query({scope: 'identify bogus applications.commands bot'}));
    expect(mixed.scopes).toEqual(['bot', 'applications.commands', 'identify']);
    expect(mixed.paramProblems).toEqual([
      {
        field: 'scopes',
        kind: 'param',
        param: 'scope',
        error: {code: 'unknown-scopes', names: ['bogus'], usedDefault: false},
        blocking: false,
      },
    ]);
    expect(readBuilderQuery(query({scope: NO_SCOPES})).scopes).toEqual([]);
    expect(readBuilderQuery(query({scope: NO_SCOPES})).paramProblems).toEqual([]);
  });

  it('falls back to the default scope when none of the given names is usable, and says so', () => {
    const state = readBuilderQuery(query({scope: 'bogus nonsense'}));
    expect(state.scopes).toEqual(DEFAULT_SCOPES);
    expect(state.paramProblems[0]?.error).toEqual({
      code: 'unknown-scopes',
      names: ['bogus', 'nonsense'],
      usedDefault: true,
    });
    expect(linkParams(outcome({scope: 'bogus'}).url)).toEqual({client_id: APP, scope: 'bot'});
  });

  it('reads permissions as the calculator writes them, and keeps an unreadable value as an error', () => {
    expect(readBuilderQuery(query({permissions: '8'})).permissions).toBe(8n);
    expect(readBuilderQuery(query({permissions: '0x800'})).permissions).toBe(2048n);
    const bad = readBuilderQuery(query({permissions: '8.5'}));
    expect(bad.permissions).toBe(0n);
    expect(bad.paramProblems[0]?.error).toMatchObject({code: 'bitfield', error: {code: 'fraction'}});
  });

  it('keeps long text whole, reports it at its field and builds no link from it', () => {
    const long = 'x'.repeat(PAGE_PARAM_LIMITS.state + 1);
    const state = readBuilderQuery(query({state: long, code_grant: '1'}));
    expect(state.state).toBe(long);
    expect(state.paramProblems).toEqual([
      {
        field: 'state',
        kind: 'param',
        param: 'state',
        error: {code: 'too-long', limit: PAGE_PARAM_LIMITS.state, length: long.length},
        blocking: true,
      },
    ]);
    const result = outcome({state: long, code_grant: '1'});
    expect(result.url).toBeNull();
    expect(result.problems.map((p) => p.field)).toEqual(['state']);
    const redirect = `https://example.com/${'a'.repeat(PAGE_PARAM_LIMITS.redirectUri)}`;
    expect(outcome({redirect_uri: redirect, code_grant: '1'}).problems.map((p) => p.field)).toEqual(['redirectUri']);
    expect(outcome({guild_id: '1'.repeat(PAGE_PARAM_LIMITS.guildId + 1)}).url).toBeNull();
  });

  it('reports a prompt, install context or flag it cannot use, and goes on without it', () => {
    const state = readBuilderQuery(
      query({prompt: '<script>', integration_type: '7', code_grant: 'yes', disable_guild_select: 'maybe'}),
    );
    expect(state.prompt).toBeNull();
    expect(state.userInstall).toBe(false);
    expect(state.codeGrant).toBe(false);
    expect(state.paramProblems.map((p) => [p.field, p.param, p.error.code, p.blocking])).toEqual([
      ['install', 'integration_type', 'bad-choice', false],
      ['guildId', 'disable_guild_select', 'bad-choice', false],
      ['codeGrant', 'code_grant', 'bad-choice', false],
      ['codeGrant', 'prompt', 'bad-choice', false],
    ]);
    expect(linkParams(outcome({prompt: 'sometimes'}).url)).toEqual({client_id: APP, scope: 'bot'});
  });

  it('shows the problems of hidden parts only once they are shown again', () => {
    const hidden = readBuilderQuery(query({scope: 'applications.commands', permissions: 'abc'}));
    expect(hidden.paramProblems).toHaveLength(1);
    expect(shownParamProblems(hidden)).toEqual([]);
    const off = readBuilderQuery(query({state: 'x'.repeat(PAGE_PARAM_LIMITS.state + 1)}));
    expect(shownParamProblems(off)).toEqual([]);
  });

  it('before the rules load, says only that the ID is missing', () => {
    expect(noIdOutcome(readBuilderQuery(EMPTY))).toMatchObject({
      url: null,
      problems: [{field: 'clientId', kind: 'empty'}],
    });
  });
});

const scopeParam = (scopes: readonly string[]) => formatScopeParam(scopes, SCOPE_ORDER);

describe('scopeParam', () => {
  it('leaves the default out of the page URL and marks an empty selection', () => {
    expect(scopeParam(['bot'])).toBeNull();
    expect(scopeParam([])).toBe(NO_SCOPES);
    expect(scopeParam(['identify', 'bot'])).toBe('bot identify');
  });

  it('lists bot and applications.commands first, then every other catalogue scope once', () => {
    expect(PRIMARY_SCOPES).toEqual(['bot', 'applications.commands']);
    expect(MORE_SCOPES).not.toContain('bot');
    expect(MORE_SCOPES.length + PRIMARY_SCOPES.length).toBe(29);
  });
});

describe('builderOutcome', () => {
  it('ID + bot + Administrator gives exactly client_id, scope=bot, permissions=8, with the Administrator warning', () => {
    const result = outcome({permissions: '8'});
    expect(linkParams(result.url)).toEqual({client_id: APP, scope: 'bot', permissions: '8'});
    expect(result.notes.map((n) => n.code)).toEqual(['administrator-requested']);
    expect(result.notes[0]?.severity).toBe('warning');
  });

  it('gives no link for a short ID, and says it is the Application ID', () => {
    const result = outcome({}, '12345');
    expect(result.url).toBeNull();
    expect(result.problems).toEqual([{field: 'clientId', kind: 'snowflake', code: 'too-short'}]);
  });

  it('gives no link before an ID is entered', () => {
    const result = outcome({}, '');
    expect(result.url).toBeNull();
    expect(result.problems).toEqual([{field: 'clientId', kind: 'empty'}]);
  });

  it('user install drops bot, permissions and the server, and says integration_type=1', () => {
    const result = outcome({
      scope: 'bot applications.commands',
      permissions: '8',
      guild_id: GUILD,
      disable_guild_select: 'true',
      integration_type: '1',
    });
    expect(linkParams(result.url)).toEqual({client_id: APP, scope: 'applications.commands', integration_type: '1'});
    expect(visibility(readBuilderQuery(query({integration_type: '1'})))).toMatchObject({
      permissions: false,
      server: false,
    });
  });

  it('a commands-only server install says integration_type=0; a bot link does not need it', () => {
    expect(linkParams(outcome({scope: 'applications.commands'}).url)).toEqual({
      client_id: APP,
      scope: 'applications.commands',
      integration_type: '0',
    });
    expect(linkParams(outcome({scope: 'bot applications.commands'}).url)).toEqual({
      client_id: APP,
      scope: 'bot applications.commands',
    });
  });

  it('no scope at all is a valid link that uses the default install settings, with a note', () => {
    const result = outcome({scope: NO_SCOPES});
    expect(linkParams(result.url)).toEqual({client_id: APP});
    expect(result.notes.map((n) => n.code)).toEqual(['missing-scope']);
  });

  it('blocks the link on a bad server ID and names the field', () => {
    const result = outcome({guild_id: '12345'});
    expect(result.url).toBeNull();
    expect(result.problems).toEqual([{field: 'guildId', kind: 'snowflake', code: 'too-short'}]);
    expect(linkParams(outcome({guild_id: GUILD, disable_guild_select: 'true'}).url)).toEqual({
      client_id: APP,
      scope: 'bot',
      guild_id: GUILD,
      disable_guild_select: 'true',
    });
  });

  it('blocks the link on an unreadable permissions value', () => {
    const result = outcome({permissions: 'abc'});
    expect(result.url).toBeNull();
    expect(result.problems.map((p) => p.field)).toEqual(['permissions']);
  });

  it('ignores hidden settings: permissions and server without the bot scope', () => {
    const result = outcome({scope: 'applications.commands', permissions: 'abc', guild_id: '1'});
    expect(result.problems).toEqual([]);
    expect(linkParams(result.url)).not.toHaveProperty('permissions');
  });

  it('a code-grant scope without the code grant is a scopes problem; with it, the link carries response_type=code', () => {
    const without = outcome({scope: 'bot identify'});
    expect(without.url).toBeNull();
    expect(without.problems.map((p) => [p.field, p.kind === 'lint' ? p.finding.code : p.kind])).toEqual([
      ['scopes', 'code-grant-missing-response-type'],
    ]);
    const withGrant = outcome({
      scope: 'bot identify',
      code_grant: '1',
      redirect_uri: 'https://example.com/cb',
      state: 'abc',
      prompt: 'consent',
    });
    expect(linkParams(withGrant.url)).toEqual({
      client_id: APP,
      scope: 'bot identify',
      response_type: 'code',
      redirect_uri: 'https://example.com/cb',
      state: 'abc',
      prompt: 'consent',
    });
  });

  it('code grant for a plain bot link still reminds about redirect_uri and state', () => {
    const result = outcome({code_grant: '1'});
    expect(linkParams(result.url)).toEqual({client_id: APP, scope: 'bot', response_type: 'code'});
    expect(result.notes.map((n) => n.code)).toEqual(['code-grant-missing-redirect', 'code-grant-without-state']);
  });

  it('refuses a javascript: redirect URI and a client-credentials-only scope', () => {
    const redirect = outcome({code_grant: '1', redirect_uri: 'javascript:alert(1)'});
    expect(redirect.url).toBeNull();
    expect(redirect.problems).toEqual([{field: 'redirectUri', kind: 'redirect'}]);
    const cc = outcome({scope: 'bot applications.commands.update'});
    expect(cc.url).toBeNull();
    expect(cc.problems[0]?.field).toBe('scopes');
  });

  it('ignores code-grant fields while the code grant is off', () => {
    expect(linkParams(outcome({redirect_uri: 'javascript:alert(1)', state: 'x'}).url)).toEqual({
      client_id: APP,
      scope: 'bot',
    });
  });

  it('round-trips through the parser: what the builder makes, the checker reads back', () => {
    const url = outcome({scope: 'bot applications.commands', permissions: '3072', guild_id: GUILD}).url ?? '';
    const parsed = parseInviteUrl(url);
    expect(parsed.ok && parsed.value.params).toEqual(
      toInviteParams(
        readBuilderQuery(query({scope: 'bot applications.commands', permissions: '3072', guild_id: GUILD})),
        APP,
      ),
    );
  });
});

describe('page URL updates', () => {
  it('choosing user install ticks applications.commands and keeps bot for a later switch back', () => {
    const state = readBuilderQuery(EMPTY);
    expect(installUpdates(state, true)).toEqual({integration_type: '1', scope: 'bot applications.commands'});
    expect(installUpdates(state, false)).toEqual({integration_type: null});
  });

  it('toggles one scope at a time', () => {
    const state = readBuilderQuery(EMPTY);
    expect(toggleScopeUpdates(state, 'bot', false)).toEqual({scope: NO_SCOPES});
    expect(toggleScopeUpdates(state, 'applications.commands', true)).toEqual({scope: 'bot applications.commands'});
  });
});
