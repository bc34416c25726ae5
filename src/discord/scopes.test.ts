import {OAuth2Scopes} from 'discord-api-types/v10';
import {describe, expect, it} from 'vitest';

import {BOT_IMPLIES_COMMANDS, getScope, isKnownScope, SCOPES} from './scopes';

const UPSTREAM: Readonly<Record<string, string>> = OAuth2Scopes;
const where = 'src/discord/scopes.ts';

describe('SCOPES catalogue', () => {
  it('has exactly the scopes of discord-api-types OAuth2Scopes', () => {
    const upstream = Object.entries(UPSTREAM);
    expect(SCOPES).toHaveLength(upstream.length);
    for (const [key, scope] of upstream) {
      const row = getScope(scope);
      expect(row, `OAuth2Scopes.${key} ('${scope}') is missing: add a row to ${where}`).toBeDefined();
      expect(row?.key, `'${scope}' should have key '${key}' in ${where}`).toBe(key);
    }
    expect(SCOPES.map((row) => row.scope).sort()).toEqual(Object.values(UPSTREAM).sort());
  });

  it('has one row per scope', () => {
    expect(new Set(SCOPES.map((row) => row.scope)).size).toBe(SCOPES.length);
    expect(new Set(SCOPES.map((row) => row.key)).size).toBe(SCOPES.length);
  });

  it.each(SCOPES.map((row) => [row.scope, row] as const))('%s is described in English and Thai', (_scope, row) => {
    expect(row.description.en.trim().length, `English description for ${row.scope}`).toBeGreaterThan(10);
    expect(row.description.th.trim().length, `Thai description for ${row.scope}`).toBeGreaterThan(5);
    expect(row.description.th, `Thai description for ${row.scope} must be Thai`).toMatch(/[\u0e00-\u0e7f]/);
    expect(row.description.th).not.toBe(row.description.en);
  });

  it('marks only bot and applications.commands as bot-invite scopes, neither needing a code grant', () => {
    expect(SCOPES.filter((row) => row.forBots).map((row) => row.scope)).toEqual(['applications.commands', 'bot']);
    expect(getScope('bot')?.needsCodeGrant).toBe(false);
    expect(getScope('applications.commands')?.needsCodeGrant).toBe(false);
  });

  it('marks user-data scopes as code grant only', () => {
    for (const scope of ['identify', 'email', 'guilds', 'guilds.join', 'connections', 'webhook.incoming']) {
      expect(getScope(scope)?.needsCodeGrant, scope).toBe(true);
    }
  });

  it('marks the scopes Discord documents as approval-only', () => {
    const approval = SCOPES.filter((row) => row.needsApproval).map((row) => row.scope);
    expect(approval.sort()).toEqual(
      [
        'activities.read',
        'activities.write',
        'applications.builds.upload',
        'dm_channels.read',
        'identify.premium',
        'messages.read',
        'relationships.read',
        'rpc',
        'rpc.activities.write',
        'rpc.notifications.read',
        'rpc.voice.read',
        'rpc.voice.write',
        'voice',
      ].sort(),
    );
  });

  it('marks applications.commands.update as client credentials only (never in an authorize link)', () => {
    expect(SCOPES.filter((row) => row.clientCredentialsOnly).map((row) => row.scope)).toEqual([
      'applications.commands.update',
    ]);
  });

  it('deprecates nothing, as discord-api-types 0.38.57 deprecates no scope', () => {
    expect(SCOPES.some((row) => row.deprecated)).toBe(false);
  });

  it('records that bot implies applications.commands (oauth2.mdx, application-commands.mdx)', () => {
    expect(BOT_IMPLIES_COMMANDS).toBe(true);
    expect(getScope('applications.commands')?.description.en).toMatch(/`bot`/);
  });

  it('freezes rows', () => {
    expect(Object.isFrozen(SCOPES)).toBe(true);
    expect(SCOPES.every((row) => Object.isFrozen(row) && Object.isFrozen(row.description))).toBe(true);
    expect(getScope('bot')?.description, 'rows hold copies, not the table literals').not.toBe(
      getScope('bot')?.description.en,
    );
  });
});

describe('getScope / isKnownScope', () => {
  it('finds scopes by their URL name only', () => {
    expect(isKnownScope('applications.commands')).toBe(true);
    expect(getScope('applications.commands')?.key).toBe('ApplicationsCommands');
    expect(isKnownScope('ApplicationsCommands')).toBe(false);
    expect(isKnownScope('BOT')).toBe(false);
    expect(isKnownScope('')).toBe(false);
    expect(isKnownScope('constructor')).toBe(false);
    expect(getScope('admin')).toBeUndefined();
  });
});
