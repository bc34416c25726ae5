/**
 * Every generated snippet, over a representative set of inputs and every library, written to disk and checked the way
 * a reader would run it:
 * - JavaScript with `node --check` inside a CommonJS package (`"type": "commonjs"`, what `npm init -y` writes in the
 *   tutorial's project), plus: no `import` statement, every `client` declared, and every name it takes from
 *   discord.js is one discord.js 14.28.1 exports (its members checked against discord-api-types, which it re-exports);
 * - Python with `python3 -m py_compile`;
 * - C#: every `GuildPermission.X` / `GatewayIntents.X` exists in Discord.Net 3.16.0 (tests/fixtures).
 * The versions are the ones LIBRARIES claims, so a version bump there fails here until the fixture is regenerated.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {GatewayIntentBits, OAuth2Routes, OAuth2Scopes, PermissionFlagsBits} from 'discord-api-types/v10';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {
  DISCORD_NET_3_16_0_GATEWAY_INTENTS,
  DISCORD_NET_3_16_0_GUILD_PERMISSION,
} from '../../tests/fixtures/discord-net-3.16.0-names';
import {INTENTS} from './intents';
import type {InviteParams} from './invite/params';
import {PERMISSIONS} from './permissions';
import {intentsSnippet, inviteSnippet, LIBRARIES, libraryInfo, permissionSnippet, type Library} from './snippets';

const APP = '1234567890123456789';
const GUILD = '987654321098765432';
const ALL_PERMISSIONS = PERMISSIONS.reduce((all, info) => all | info.value, 0n);
const ALL_INTENTS = INTENTS.reduce((all, info) => all | info.value, 0n);

const PERMISSION_INPUTS: readonly bigint[] = [
  0n,
  -5n,
  2080n,
  1n << 51n, // PIN_MESSAGES: raw in nextcord and Discord.Net
  1n << 44n, // CREATE_EVENTS: raw in Discord.Net 3.16.0
  1n << 47n, // no permission
  ALL_PERMISSIONS,
  ALL_PERMISSIONS | (1n << 47n) | (1n << 60n),
];
const INTENT_INPUTS: readonly bigint[] = [0n, 1n, 1n << 15n, 1n << 24n, 1n << 25n, 1n << 17n, ALL_INTENTS];
const INVITE_INPUTS: readonly InviteParams[] = [
  {clientId: APP, scopes: ['bot']},
  {clientId: APP, scopes: ['bot'], permissions: 2080n},
  {clientId: APP, scopes: ['bot', 'applications.commands'], permissions: ALL_PERMISSIONS | (1n << 47n)},
  {clientId: APP, scopes: ['bot'], permissions: 0n, guildId: GUILD, disableGuildSelect: true},
  {clientId: APP, scopes: ['applications.commands']},
  {clientId: APP, scopes: ['applications.commands'], integrationType: 1, prompt: 'consent'},
  {clientId: APP, scopes: ['bot'], permissions: 8n, integrationType: 0, state: 'it\'s "quoted"\n\u2028😀'},
  {
    clientId: APP,
    scopes: ['identify', 'guilds'],
    responseType: 'code',
    redirectUri: 'https://a.example/cb',
    state: 's',
  },
  {clientId: APP, scopes: ['identify'], redirectUri: 'https://a.example/cb', permissions: 0n, guildId: GUILD},
  {clientId: APP, scopes: []},
  {clientId: APP, scopes: [], permissions: 2048n},
  {clientId: 'not an id', scopes: ['bot'], permissions: 1n << 51n},
];

interface Generated {
  readonly name: string;
  readonly lib: Library;
  readonly code: string;
}

function generateAll(): Generated[] {
  const out: Generated[] = [];
  for (const {id: lib} of LIBRARIES) {
    PERMISSION_INPUTS.forEach((value, i) =>
      out.push({name: `permissions-${i}`, lib, code: permissionSnippet(lib, value)}),
    );
    INTENT_INPUTS.forEach((value, i) => out.push({name: `intents-${i}`, lib, code: intentsSnippet(lib, value)}));
    INVITE_INPUTS.forEach((params, i) => out.push({name: `invite-${i}`, lib, code: inviteSnippet(lib, params)}));
  }
  return out;
}

const EXTENSION = {python: 'py', js: 'js', csharp: 'cs'} as const;
const ALL = generateAll();
const byLanguage = (language: 'python' | 'js' | 'csharp'): Generated[] =>
  ALL.filter((s) => libraryInfo(s.lib).language === language);
const fileName = (s: Generated): string => `${s.lib}-${s.name}.${EXTENSION[libraryInfo(s.lib).language]}`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'snippets-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'my-bot', version: '1.0.0', type: 'commonjs'}));
  for (const s of ALL) writeFileSync(join(dir, fileName(s)), s.code);
});
afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true});
});

describe('generated snippets', () => {
  it('claim the versions the fixtures and checks below are for', () => {
    expect(libraryInfo('discord-js').version).toBe('14.28.1');
    expect(libraryInfo('discord-net').version).toBe('3.16.0');
    expect(ALL.length).toBe(
      LIBRARIES.length * (PERMISSION_INPUTS.length + INTENT_INPUTS.length + INVITE_INPUTS.length),
    );
  });

  it('parse as CommonJS with node --check', () => {
    const failures: string[] = [];
    for (const s of byLanguage('js')) {
      const result = spawnSync(process.execPath, ['--check', join(dir, fileName(s))], {encoding: 'utf8'});
      if (result.status !== 0) failures.push(`${fileName(s)}:\n${result.stderr}\n${s.code}`);
    }
    expect(failures).toEqual([]);
  });

  it('are self-contained CommonJS and name only what discord.js 14.28.1 exports', () => {
    // discord.js 14.28.1 src/index.js: `exports.Client`, `exports.Events`, `exports.PermissionsBitField`, and
    // `__exportStar(require('discord-api-types/v10'))` for the rest.
    const exported: Record<string, Readonly<Record<string, unknown>> | null> = {
      Client: null,
      Events: {ClientReady: 'clientReady'},
      PermissionsBitField: null,
      GatewayIntentBits,
      OAuth2Routes,
      OAuth2Scopes,
      PermissionFlagsBits,
    };
    for (const s of byLanguage('js')) {
      expect(s.code, fileName(s)).not.toMatch(/^\s*import\s/m);
      const required = /^const \{([^}]*)\} = require\('discord\.js'\);$/m.exec(s.code);
      expect(required, fileName(s)).not.toBeNull();
      const names = (required?.[1] ?? '').split(',').map((n) => n.trim());
      for (const name of names) expect(Object.keys(exported), `${fileName(s)}: ${name}`).toContain(name);
      for (const [, object, member] of s.code.matchAll(/\b([A-Z][A-Za-z0-9]+)\.([A-Za-z0-9_]+)\b/g)) {
        if (object === undefined || member === undefined || !(object in exported)) continue;
        expect(names, `${fileName(s)}: ${object} used but not required`).toContain(object);
        const members = exported[object];
        if (members) expect(Object.keys(members), `${fileName(s)}: ${object}.${member}`).toContain(member);
      }
      const code = s.code.replace(/^\s*\/\/.*$/gm, '');
      if (/\bclient\b/.test(code)) expect(code, fileName(s)).toMatch(/^const client = /m);
    }
  });

  it('compile with python3 -m py_compile', () => {
    const files = byLanguage('python').map((s) => join(dir, fileName(s)));
    // Throws, with Python's message, on the first file that does not compile.
    execFileSync('python3', ['-m', 'py_compile', ...files], {encoding: 'utf8', stdio: 'pipe'});
  });

  it('use only GuildPermission and GatewayIntents names that exist in Discord.Net 3.16.0', () => {
    const seen = new Set<string>();
    for (const s of byLanguage('csharp')) {
      for (const [, member] of s.code.matchAll(/\bGuildPermission\.([A-Za-z]+)/g)) {
        expect(DISCORD_NET_3_16_0_GUILD_PERMISSION, fileName(s)).toContain(member);
        seen.add(`GuildPermission.${member}`);
      }
      for (const [, member] of s.code.matchAll(/\bGatewayIntents\.([A-Za-z]+)/g)) {
        expect(DISCORD_NET_3_16_0_GATEWAY_INTENTS, fileName(s)).toContain(member);
        seen.add(`GatewayIntents.${member}`);
      }
    }
    // The inputs reach every name the snippets can emit (so the check above is not vacuous).
    expect(seen.size).toBeGreaterThan(60);
  });
});
