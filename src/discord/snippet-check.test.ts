/**
 * Every generated snippet, over a representative set of inputs, every library and every language of the site (the
 * comments are in the reader's language, the code must not change with it), written to disk and checked the way a
 * reader would run it:
 * - JavaScript with `node --check` inside a CommonJS package (`"type": "commonjs"`, what `npm init -y` writes in the
 *   tutorial's project), plus: no `import` statement, every `client` declared, and every name it takes from
 *   discord.js is one discord.js 14.28.1 exports (its members checked against discord-api-types, which it re-exports);
 * - Python with `python3 -m py_compile`;
 * - C#: every `GuildPermission.X` / `GatewayIntents.X` exists in Discord.Net 3.16.0 (tests/fixtures);
 * - in every language: the same code as in English, and every comment in that language.
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
import {DEFAULT_LOCALE, LOCALES, type Locale} from './locale';
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
  readonly locale: Locale;
  readonly code: string;
}

function generateAll(): Generated[] {
  const out: Generated[] = [];
  for (const {id: lib} of LIBRARIES) {
    for (const locale of LOCALES) {
      const add = (name: string, code: string): void => void out.push({name, lib, locale, code});
      PERMISSION_INPUTS.forEach((value, i) => add(`permissions-${i}`, permissionSnippet(lib, value, locale)));
      INTENT_INPUTS.forEach((value, i) => add(`intents-${i}`, intentsSnippet(lib, value, locale)));
      INVITE_INPUTS.forEach((params, i) => add(`invite-${i}`, inviteSnippet(lib, params, locale)));
    }
  }
  return out;
}

const EXTENSION = {python: 'py', js: 'js', csharp: 'cs'} as const;
const ALL = generateAll();
const byLanguage = (language: 'python' | 'js' | 'csharp'): Generated[] =>
  ALL.filter((s) => libraryInfo(s.lib).language === language);
const fileName = (s: Generated): string => `${s.lib}-${s.name}-${s.locale}.${EXTENSION[libraryInfo(s.lib).language]}`;

const THAI = /[\u0e00-\u0e7f]/;

/**
 * A snippet split into its code and its comments: whole comment lines, and the comment after code on a line (two
 * spaces, then the mark). No input above puts such a sequence inside a string literal.
 */
function split(s: Generated): {code: string[]; comments: string[]} {
  const mark = libraryInfo(s.lib).language === 'python' ? '#' : '//';
  const code: string[] = [];
  const comments: string[] = [];
  for (const line of s.code.split('\n')) {
    if (line.trimStart().startsWith(`${mark} `)) {
      comments.push(line.trimStart().slice(mark.length + 1));
      continue;
    }
    const at = line.indexOf(`  ${mark} `);
    if (at === -1) code.push(line);
    else {
      code.push(line.slice(0, at));
      comments.push(line.slice(at + mark.length + 3));
    }
  }
  return {code, comments};
}

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
      LIBRARIES.length * LOCALES.length * (PERMISSION_INPUTS.length + INTENT_INPUTS.length + INVITE_INPUTS.length),
    );
  });

  it("are the same code in every language, with every comment in the reader's language", () => {
    expect(LOCALES).toContain('th');
    for (const s of ALL) {
      const english = ALL.find((e) => e.lib === s.lib && e.name === s.name && e.locale === DEFAULT_LOCALE);
      if (english === undefined) throw new Error(`no English ${fileName(s)}`);
      const {code, comments} = split(s);
      // Code lines, blank lines and their order: identical; only the comments differ.
      expect(code, fileName(s)).toEqual(split(english).code);
      for (const text of comments) {
        expect(text.trim(), fileName(s)).not.toBe('');
        if (s.locale === 'th') expect(text, fileName(s)).toMatch(THAI);
        else expect(text, fileName(s)).not.toMatch(THAI);
      }
      if (s.locale !== DEFAULT_LOCALE) {
        if (comments.length === 0) expect(s.code, fileName(s)).toBe(english.code);
        else expect(s.code, fileName(s)).not.toBe(english.code);
      }
    }
  });

  it('reach every comment the writers have', () => {
    // One fragment of each English comment: the check above then holds every one of them in every language.
    const english = ALL.filter((s) => s.locale === DEFAULT_LOCALE)
      .flatMap((s) => split(s).comments)
      .join('\n');
    for (const fragment of [
      'has no name in nextcord 3.2.0, so it is a raw number.',
      'has no name in Discord.Net 3.16.0, so it is a raw number.',
      'is not a permission this guide knows',
      'The number for an invite link: ',
      'has no name in nextcord 3.2.0: set as a raw bit.',
      'is not a gateway intent',
      'privileged: switch on "Message Content Intent"',
      'Discord will refuse this link as it stands',
      'oauth_url also adds response_type=code',
      'nextcord.utils.oauth_url always adds a scope',
      'oauth_url has no parameter for',
      'so it runs once the client is ready.',
      'generateInvite has no option for',
      'client.generateInvite() cannot make this link',
      'Discord.Net has no invite-link helper',
    ]) {
      expect(english).toContain(fragment);
    }
  });

  // One node process per file (most of the time is node starting), in both languages: more than the default 30 s
  // on a busy 2-core machine.
  it('parse as CommonJS with node --check', () => {
    const failures: string[] = [];
    for (const s of byLanguage('js')) {
      const result = spawnSync(process.execPath, ['--check', join(dir, fileName(s))], {encoding: 'utf8'});
      if (result.status !== 0) failures.push(`${fileName(s)}:\n${result.stderr}\n${s.code}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

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
