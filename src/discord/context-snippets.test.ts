/**
 * The permission-context snippets, in every library and language, written to disk and checked the way a reader would
 * run them: the JavaScript parsed as CommonJS and run against stand-ins for discord.js objects, the Python compiled
 * and run against stand-ins for discord.py / nextcord objects, and every member the C# reads on a Discord.Net object
 * looked up in the names read from Discord.Net 3.16.0 (tests/fixtures). The JSON they print must have exactly the
 * keys the debugger reads, and they must not touch a token or a message.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {runInNewContext} from 'node:vm';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {DISCORD_NET_3_16_0_EXTENSIONS, DISCORD_NET_3_16_0_TYPES} from '../../tests/fixtures/discord-net-3.16.0-names';
import {CONTEXT_KEYS, contextSnippet} from './context-snippets';
import {LOCALES, type Locale} from './locale';
import {LIBRARIES, libraryInfo, type Library, type SnippetLanguage} from './snippet-common';

interface Generated {
  readonly lib: Library;
  readonly locale: Locale;
  readonly language: SnippetLanguage;
  readonly code: string;
  readonly file: string;
}

const EXTENSION = {python: 'py', js: 'js', csharp: 'cs'} as const;
const ALL: readonly Generated[] = LIBRARIES.flatMap(({id: lib, language}) =>
  LOCALES.map((locale) => ({
    lib,
    locale,
    language,
    code: contextSnippet(lib, locale),
    file: `${lib}-${locale}.${EXTENSION[language]}`,
  })),
);
const byLanguage = (language: SnippetLanguage): Generated[] => ALL.filter((s) => s.language === language);

/** The code without its comment lines (every comment in these snippets is a whole line). */
function code(s: Generated): string {
  const mark = s.language === 'python' ? '#' : '//';
  return s.code
    .split('\n')
    .filter((line) => !line.trimStart().startsWith(mark))
    .join('\n');
}

// One server as Discord would send it: the bot has one role besides @everyone, a Thai-named role exists, and the
// channel denies @everyone Pin Messages (bit 51, a bit nextcord 3.2.0 has no name for) and allows the bot View Channel.
const GUILD_ID = '100000000000000001';
const BOT_ID = '400000000000000004';
const SCENARIO = {
  guild: {id: GUILD_ID, owner_id: '200000000000000002'},
  roles: [
    {id: GUILD_ID, name: '@everyone', permissions: '1071698660929', position: 0},
    {id: '300000000000000003', name: 'Bot', permissions: String((1n << 51n) | 2048n), position: 2},
    {id: '300000000000000005', name: 'ผู้ดูแล', permissions: '8', position: 1},
  ],
  member: {
    user: {id: BOT_ID},
    roles: ['300000000000000003'],
    communication_disabled_until: '2026-12-31T00:00:00.000Z' as string | null,
  },
  channel: {
    id: '500000000000000006',
    name: 'general',
    type: 0,
    permission_overwrites: [
      {id: GUILD_ID, type: 0, allow: '0', deny: String(1n << 51n)},
      {id: BOT_ID, type: 1, allow: '1024', deny: '0'},
    ],
  },
};
type Scenario = typeof SCENARIO;
const NOT_TIMED_OUT: Scenario = {...SCENARIO, member: {...SCENARIO.member, communication_disabled_until: null}};

/** The printed JSON with the timeout as a number: each language writes ISO 8601 its own way. */
function normalise(json: string): unknown {
  const value = JSON.parse(json) as Scenario;
  const until = value.member.communication_disabled_until;
  return {...value, member: {...value.member, communication_disabled_until: until === null ? null : Date.parse(until)}};
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'context-snippets-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({name: 'my-bot', version: '1.0.0', type: 'commonjs'}));
  for (const s of ALL) writeFileSync(join(dir, s.file), s.code);
  // Stand-in packages: all the Python snippets take from the library module is the Thread class.
  for (const module of ['discord', 'nextcord']) {
    mkdirSync(join(dir, 'stubs', module), {recursive: true});
    writeFileSync(join(dir, 'stubs', module, '__init__.py'), 'class Thread:\n    pass\n');
  }
  writeFileSync(join(dir, 'harness.py'), PYTHON_HARNESS);
});
afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true});
});

describe('contextSnippet', () => {
  it('is written for the versions the module header read', () => {
    expect(LIBRARIES.map((lib) => `${lib.id}@${lib.version}`)).toEqual([
      'discord-py@2.7.1',
      'nextcord@3.2.0',
      'discord-js@14.28.1',
      'discord-net@3.16.0',
    ]);
  });

  it('defaults to English comments, and the Thai snippet differs only in its comments', () => {
    for (const {id: lib} of LIBRARIES) {
      expect(contextSnippet(lib)).toBe(contextSnippet(lib, 'en'));
      const en = ALL.find((s) => s.lib === lib && s.locale === 'en');
      const th = ALL.find((s) => s.lib === lib && s.locale === 'th');
      if (en === undefined || th === undefined) throw new Error(`missing snippet for ${lib}`);
      expect(code(th)).toBe(code(en));
      expect(en.code).not.toMatch(/[\u0e00-\u0e7f]/);
      expect(th.code.split('\n').filter((line) => /[\u0e00-\u0e7f]/.test(line)).length).toBeGreaterThanOrEqual(5);
      expect(th.code).not.toBe(en.code);
    }
  });

  it('never mentions a token, reads no message, and starts no client', () => {
    for (const s of ALL) {
      expect(s.code, s.file).not.toMatch(/token/i);
      expect(code(s), s.file).not.toMatch(/message|content/i);
      expect(code(s), s.file).not.toMatch(/\b(client|bot)\.(run|login|start)\b|\.login\(|\bRunAsync\b|LoginAsync/i);
      // It prints to the console; it never sends anything to Discord.
      expect(code(s), s.file).not.toMatch(/\b(send|reply|respond|followUp|RespondAsync|SendMessageAsync)\b/i);
      expect(s.code, s.file).toMatch(/print\(|console\.log\(|Console\.WriteLine\(/);
    }
  });

  it('writes exactly the keys the debugger reads', () => {
    const patterns: Record<SnippetLanguage, RegExp> = {
      python: /"([a-z_]+)":/g,
      js: /\b([a-z_]+): /g,
      // Anonymous-type members; not `var x =` or the thread's `) channel =`.
      csharp: /(?<!var |\) )\b([a-z_]+) = /g,
    };
    for (const s of ALL) {
      const keys = new Set(Array.from(code(s).matchAll(patterns[s.language]), (m) => m[1]));
      expect([...keys].sort(), s.file).toEqual([...CONTEXT_KEYS].sort());
    }
  });

  it('parses as CommonJS with node --check and needs nothing from discord.js by name', () => {
    for (const s of byLanguage('js')) {
      const result = spawnSync(process.execPath, ['--check', join(dir, s.file)], {encoding: 'utf8'});
      expect(result.status, `${s.file}:\n${result.stderr}`).toBe(0);
      expect(code(s), s.file).not.toMatch(/\brequire\(|^\s*import\s|\bclient\b/m);
    }
  });

  it('prints the context from discord.js-shaped objects, for a channel and for a thread in it', async () => {
    for (const s of byLanguage('js')) {
      const permissionContext = runInNewContext(`${s.code}\npermissionContext;`) as (
        channel: unknown,
      ) => Promise<string>;
      for (const scenario of [SCENARIO, NOT_TIMED_OUT]) {
        for (const fromCache of [true, false]) {
          const {channel, thread} = discordJsObjects(scenario, fromCache);
          expect(normalise(await permissionContext(channel)), s.file).toEqual(normalise(JSON.stringify(scenario)));
          expect(normalise(await permissionContext(thread)), s.file).toEqual(normalise(JSON.stringify(scenario)));
        }
      }
    }
  });

  it('compiles with python3 -m py_compile', () => {
    const files = byLanguage('python').map((s) => join(dir, s.file));
    execFileSync('python3', ['-m', 'py_compile', ...files], {encoding: 'utf8', stdio: 'pipe'});
  });

  it('prints the context from discord.py / nextcord-shaped objects, for a channel and for a thread in it', () => {
    for (const s of byLanguage('python')) {
      const module = s.lib === 'discord-py' ? 'discord' : 'nextcord';
      for (const scenario of [SCENARIO, NOT_TIMED_OUT]) {
        const out = execFileSync('python3', [join(dir, 'harness.py'), join(dir, s.file), module], {
          input: JSON.stringify(scenario),
          encoding: 'utf8',
          env: {...process.env, PYTHONPATH: join(dir, 'stubs'), PYTHONDONTWRITEBYTECODE: '1'},
        });
        const [direct, viaThread] = JSON.parse(out) as [string, string];
        expect(normalise(direct), s.file).toEqual(normalise(JSON.stringify(scenario)));
        expect(normalise(viaThread), s.file).toEqual(normalise(JSON.stringify(scenario)));
      }
    }
  });

  it('reads only Discord.Net 3.16.0 members that exist on the objects it reads them from', () => {
    for (const s of byLanguage('csharp')) {
      const checked = checkDiscordNetMembers(code(s));
      expect(checked.errors, s.file).toEqual([]);
      // Every member the snippet reads was reached (so the check is not vacuous).
      expect(checked.members.sort(), s.file).toEqual(
        [
          'Overwrite.Permissions',
          'Overwrite.TargetId',
          'Overwrite.TargetType',
          'OverwritePermissions.AllowValue',
          'OverwritePermissions.DenyValue',
          'GuildPermissions.RawValue',
          'IChannel.GetChannelType()',
          'SocketEntity.Id',
          'SocketGuild.CurrentUser',
          'SocketGuild.OwnerId',
          'SocketGuild.Roles',
          'SocketGuildChannel.Guild',
          'SocketGuildChannel.Name',
          'SocketGuildChannel.PermissionOverwrites',
          'SocketGuildUser.Roles',
          'SocketGuildUser.TimedOutUntil',
          'SocketRole.IsEveryone',
          'SocketRole.Name',
          'SocketRole.Permissions',
          'SocketRole.Position',
          'SocketThreadChannel.ParentChannel',
        ].sort(),
      );
    }
  });

  it('uses System.Text.Json and LINQ, no other package', () => {
    for (const s of byLanguage('csharp')) {
      const usings = Array.from(s.code.matchAll(/^using ([\w.]+);$/gm), (m) => m[1]);
      expect(usings, s.file).toEqual(['System.Linq', 'System.Text.Json', 'Discord', 'Discord.WebSocket']);
    }
  });

  it('says which release it is for in no place that could drift from LIBRARIES', () => {
    for (const s of ALL) {
      const {version} = libraryInfo(s.lib);
      for (const [, found] of s.code.matchAll(/\b(\d+\.\d+\.\d+)\b/g)) expect(found, s.file).toBe(version);
    }
  });
});

// --- discord.js stand-ins -------------------------------------------------------------------------------------------

function discordJsObjects(scenario: Scenario, meCached: boolean): {channel: unknown; thread: unknown} {
  const roles = new Map(
    scenario.roles.map((r) => [
      r.id,
      // `position` is discord.js's recount; a snippet that read it instead of rawPosition would print -1.
      {id: r.id, name: r.name, rawPosition: r.position, position: -1, permissions: {bitfield: BigInt(r.permissions)}},
    ]),
  );
  const memberRoleIds = [GUILD_ID, ...scenario.member.roles];
  const until = scenario.member.communication_disabled_until;
  const me = {
    id: scenario.member.user.id,
    roles: {cache: new Map(memberRoleIds.map((id) => [id, roles.get(id)]))},
    communicationDisabledUntil: until === null ? null : new Date(until),
  };
  const guild = {
    id: scenario.guild.id,
    ownerId: scenario.guild.owner_id,
    roles: {cache: roles},
    members: {me: meCached ? me : null, fetchMe: () => Promise.resolve(me)},
  };
  const overwrites = new Map(
    scenario.channel.permission_overwrites.map((o) => [
      o.id,
      {id: o.id, type: o.type, allow: {bitfield: BigInt(o.allow)}, deny: {bitfield: BigInt(o.deny)}},
    ]),
  );
  const channel = {
    id: scenario.channel.id,
    name: scenario.channel.name,
    type: scenario.channel.type,
    guild,
    isThread: () => false,
    // A text channel's parent is its category: a snippet that used it for a non-thread would print this.
    parent: {
      id: '1',
      name: 'category',
      type: 4,
      guild,
      isThread: () => false,
      permissionOverwrites: {cache: new Map()},
    },
    permissionOverwrites: {cache: overwrites},
  };
  const thread = {id: '7', name: 'a thread', type: 11, guild, isThread: () => true, parent: channel};
  return {channel, thread};
}

// --- discord.py / nextcord stand-ins --------------------------------------------------------------------------------

// Builds the objects from the scenario on stdin with only the attributes the library has (the timeout under the
// library's own name), runs the snippet on the channel and on a thread whose parent it is, prints both outputs.
const PYTHON_HARNESS = `
import datetime
import importlib
import importlib.util
import json
import sys
from types import SimpleNamespace as NS

snippet_path, module_name = sys.argv[1], sys.argv[2]
library = importlib.import_module(module_name)
spec = importlib.util.spec_from_file_location("snippet", snippet_path)
snippet = importlib.util.module_from_spec(spec)
spec.loader.exec_module(snippet)

data = json.load(sys.stdin)
guild_id = int(data["guild"]["id"])


def role(r):
    return NS(
        id=int(r["id"]),
        name=r["name"],
        permissions=NS(value=int(r["permissions"])),
        position=r["position"],
        is_default=lambda: int(r["id"]) == guild_id,
    )


roles = [role(r) for r in data["roles"]]
by_id = {r.id: r for r in roles}
until = data["member"]["communication_disabled_until"]
timeout = None if until is None else datetime.datetime.fromisoformat(until.replace("Z", "+00:00"))
timeout_name = "timed_out_until" if module_name == "discord" else "communication_disabled_until"
me = NS(id=int(data["member"]["user"]["id"]), roles=[by_id[guild_id]] + [by_id[int(i)] for i in data["member"]["roles"]])
setattr(me, timeout_name, timeout)
guild = NS(id=guild_id, owner_id=int(data["guild"]["owner_id"]), roles=roles, me=me)
ch = data["channel"]
overwrites = [
    NS(id=int(o["id"]), type=o["type"], allow=int(o["allow"]), deny=int(o["deny"])) for o in ch["permission_overwrites"]
]
channel = NS(id=int(ch["id"]), name=ch["name"], type=NS(value=ch["type"]), guild=guild, _overwrites=overwrites)
thread = type("StubThread", (library.Thread,), {})()
thread.parent = channel
print(json.dumps([snippet.permission_context(channel), snippet.permission_context(thread)]))
`;

// --- Discord.Net member check ---------------------------------------------------------------------------------------

/** The class (or its base) that declares a property, and the property's type. */
function findProperty(type: string, name: string): {owner: string; type: string} | undefined {
  const info = DISCORD_NET_3_16_0_TYPES[type];
  if (info === undefined) return undefined;
  const own = info.properties[name];
  if (own !== undefined) return {owner: type, type: own};
  for (const base of info.bases) {
    const found = findProperty(base.replace(/<.*>$/, ''), name);
    if (found !== undefined) return found;
  }
  return undefined;
}

function implementsInterface(type: string, iface: string): boolean {
  const info = DISCORD_NET_3_16_0_TYPES[type];
  if (info === undefined) return false;
  return info.bases.some((base) => base === iface || implementsInterface(base.replace(/<.*>$/, ''), iface));
}

function elementType(collection: string | undefined): string | undefined {
  return collection === undefined ? undefined : /^(?:IReadOnlyCollection|IEnumerable)<(\w+)>$/.exec(collection)?.[1];
}

/**
 * A small type checker for the snippet: variables get their type from a declaration (`SocketGuildChannel channel`,
 * `is SocketThreadChannel thread`), a `var x = a.B;`, or a lambda over a collection (`a.Roles.Select(role =>`); then
 * every `x.A.B…` chain is walked through the fixture, member by member, until it reaches a type the fixture does not
 * describe (ulong, string, …: .NET's own).
 */
function checkDiscordNetMembers(source: string): {errors: string[]; members: string[]} {
  const errors: string[] = [];
  const members = new Set<string>();
  const vars = new Map<string, string>();
  const declare = (name: string, type: string | undefined, where: string): void => {
    if (type === undefined) return void errors.push(`${where}: cannot type ${name}`);
    const before = vars.get(name);
    if (before !== undefined && before !== type) errors.push(`${where}: ${name} is ${before} and ${type}`);
    vars.set(name, type);
  };
  const walk = (chain: string): string | undefined => {
    const [head = '', ...steps] = chain.split('.');
    let type = vars.get(head);
    for (const step of steps) {
      if (type === undefined || DISCORD_NET_3_16_0_TYPES[type] === undefined) return type;
      const method = /^(\w+)\(\)$/.exec(step)?.[1];
      if (method !== undefined) {
        const extension = DISCORD_NET_3_16_0_EXTENSIONS[method];
        if (extension === undefined || !implementsInterface(type, extension.receiver)) {
          errors.push(`${chain}: no ${method}() on ${type}`);
          return undefined;
        }
        members.add(`${extension.receiver}.${method}()`);
        type = extension.returns;
        continue;
      }
      const found = findProperty(type, step);
      if (found === undefined) {
        errors.push(`${chain}: no ${step} on ${type}`);
        return undefined;
      }
      members.add(`${found.owner}.${step}`);
      type = found.type;
    }
    return type;
  };
  for (const [, type = '', name = ''] of source.matchAll(/\b(Socket\w+) (\w+)\b/g)) {
    if (DISCORD_NET_3_16_0_TYPES[type] === undefined) errors.push(`unknown type ${type}`);
    else declare(name, type, `${type} ${name}`);
  }
  declareLocals(source, declare, walk);
  for (const [chain = ''] of source.matchAll(/\b[a-z]\w*(?:\.[A-Z]\w*(?:\(\))?)+/g)) {
    if (vars.has(chain.split('.')[0] ?? '')) walk(chain);
    else errors.push(`${chain}: untyped variable`);
  }
  return {errors, members: [...members]};
}

/** `var x = a.B;` and lambdas over a collection (`a.Roles.Select(role =>`) take the type of what they are given. */
function declareLocals(
  source: string,
  declare: (name: string, type: string | undefined, where: string) => void,
  walk: (chain: string) => string | undefined,
): void {
  for (const line of source.split('\n')) {
    const assigned = /\bvar (\w+) = ([\w.]+);/.exec(line);
    if (assigned?.[1] !== undefined && assigned[2] !== undefined) {
      declare(assigned[1], walk(assigned[2]), line.trim());
    }
    for (const [, collection = '', name = ''] of line.matchAll(/([\w.]+)\.(?:Select|Where)\((\w+) =>/g)) {
      declare(name, elementType(walk(collection)), line.trim());
    }
  }
}
