/**
 * Code a reader can paste into their bot: a permission set, an intent set or an invite link, written with each
 * library's own names for each flag. The names differ between libraries and from Discord's, and getting one wrong
 * means code that does not run, so every name below was read from the library's source; a flag a library has no
 * name for is written as a raw integer with a comment saying why, never guessed.
 *
 * Checked 2026-11-25 in each library's source:
 * - discord.py v2.7.1 (tag dfd1144b, 2026-03-03; master 1add8a0b, 2026-07-22, identical for these files):
 *   discord/permissions.py `Permissions(permissions: int = 0, **kwargs)`, `Permissions.none()`; discord/flags.py
 *   `Intents(value: int = 0, **kwargs)`, `Intents.none()`; discord/utils.py `oauth_url(client_id, *, permissions,
 *   guild, redirect_uri, scopes, disable_guild_select, state)`: no integration_type or prompt; adds
 *   `response_type=code` whenever redirect_uri is given; `scopes=None` leaves scope out.
 *   Names: canonical `flag_value`s, not their aliases (read_messages, not view_channel; external_emojis, not
 *   use_external_emojis; manage_expressions, not manage_emojis).
 * - nextcord v3.2.0 (tag c9aafecb, 2026-05-21; main d5c1fedb, 2026-05-28, same files): nextcord/permissions.py has no
 *   flag for bits 41, 42, 45, 48–52; nextcord/flags.py `Intents(**kwargs)` (no value argument) has no poll intents;
 *   nextcord/utils.py `oauth_url(client_id, *, permissions, guild, redirect_uri, scopes, disable_guild_select,
 *   integration_type)`: no state or prompt, and always writes a scope (defaults to `bot`).
 * - discord.js 14.27.0 (tag 6232a211, 2026-07-15): re-exports discord-api-types/v10 (`PermissionFlagsBits`,
 *   `GatewayIntentBits`, `OAuth2Scopes`, `OAuth2Routes`), so its names are discord-api-types' names; it depends on
 *   discord-api-types ^0.38.49, and ^ resolves to 0.38.57, which has every flag here. `Client#generateInvite({scopes,
 *   permissions, guild, disableGuildSelect})` needs a logged-in client (it uses `client.application.id`), requires
 *   `bot` or `applications.commands`, rejects permissions without `bot` and unknown scopes. `BitField.resolve`
 *   accepts raw bigint / number values.
 * - Discord.Net 3.16.0 (dev 8b929690, 2024-10-22: the newest snapshot we could read): src/Discord.Net.Core/Entities/
 *   Permissions/GuildPermission.cs (`enum GuildPermission : ulong`) and src/Discord.Net.Core/GatewayIntents.cs.
 *   Its names that differ: ManageEmojisAndStickers (30), StartEmbeddedActivities (39), ViewMonetizationAnalytics
 *   (41), CreateGuildExpressions (43), GuildBans (intent bit 2), GuildEmojis (intent bit 3),
 *   AutoModerationActionExecution (intent bit 21). No PinMessages (51) or BypassSlowmode (52) in that source;
 *   GitHub PRs #3178 and #3228 add them later, but we could not read a released source with them, so they stay
 *   raw integers. Core has no invite-link helper (the only "InviteUrl" is https://discord.gg/ for server invites).
 */
import {decodePermissions} from './bitfield';
import {decodeIntents, INTENTS, type IntentInfo, type IntentKey} from './intents';
import {buildInviteUrl, normalizeInviteParams, type InviteParams} from './invite-url';
import {PERMISSIONS, type PermissionKey} from './permissions';
import {parseSnowflake} from './snowflake';

export type Library = 'discord-py' | 'nextcord' | 'discord-js' | 'discord-net';
export type SnippetLanguage = 'python' | 'js' | 'csharp';

export interface LibraryInfo {
  readonly id: Library;
  readonly label: string;
  readonly language: SnippetLanguage;
  /** The release whose names the snippets use. */
  readonly version: string;
}

export const LIBRARIES: readonly LibraryInfo[] = Object.freeze([
  Object.freeze({id: 'discord-py', label: 'discord.py', language: 'python', version: '2.7.1'}),
  Object.freeze({id: 'nextcord', label: 'nextcord', language: 'python', version: '3.2.0'}),
  Object.freeze({id: 'discord-js', label: 'discord.js', language: 'js', version: '14.27.0'}),
  Object.freeze({id: 'discord-net', label: 'Discord.Net', language: 'csharp', version: '3.16.0'}),
] as const);

export function isLibrary(value: unknown): value is Library {
  return LIBRARIES.some((lib) => lib.id === value);
}

function libraryInfo(lib: Library): LibraryInfo {
  const info = LIBRARIES.find((entry) => entry.id === lib);
  // Unreachable for a typed caller; a clear message beats `undefined` leaking into a view.
  if (info === undefined) throw new Error(`Unknown library: ${String(lib)}`);
  return info;
}

// null = the library has no name for this flag. A Record over every key makes a new catalogue row a type error
// here until someone looks the name up.
type NameTable<K extends string> = Readonly<Record<K, string | null>>;

const DISCORD_PY_PERMISSIONS: NameTable<PermissionKey> = {
  CreateInstantInvite: 'create_instant_invite',
  KickMembers: 'kick_members',
  BanMembers: 'ban_members',
  Administrator: 'administrator',
  ManageChannels: 'manage_channels',
  ManageGuild: 'manage_guild',
  AddReactions: 'add_reactions',
  ViewAuditLog: 'view_audit_log',
  PrioritySpeaker: 'priority_speaker',
  Stream: 'stream',
  ViewChannel: 'read_messages',
  SendMessages: 'send_messages',
  SendTTSMessages: 'send_tts_messages',
  ManageMessages: 'manage_messages',
  EmbedLinks: 'embed_links',
  AttachFiles: 'attach_files',
  ReadMessageHistory: 'read_message_history',
  MentionEveryone: 'mention_everyone',
  UseExternalEmojis: 'external_emojis',
  ViewGuildInsights: 'view_guild_insights',
  Connect: 'connect',
  Speak: 'speak',
  MuteMembers: 'mute_members',
  DeafenMembers: 'deafen_members',
  MoveMembers: 'move_members',
  UseVAD: 'use_voice_activation',
  ChangeNickname: 'change_nickname',
  ManageNicknames: 'manage_nicknames',
  ManageRoles: 'manage_roles',
  ManageWebhooks: 'manage_webhooks',
  ManageGuildExpressions: 'manage_expressions',
  UseApplicationCommands: 'use_application_commands',
  RequestToSpeak: 'request_to_speak',
  ManageEvents: 'manage_events',
  ManageThreads: 'manage_threads',
  CreatePublicThreads: 'create_public_threads',
  CreatePrivateThreads: 'create_private_threads',
  UseExternalStickers: 'external_stickers',
  SendMessagesInThreads: 'send_messages_in_threads',
  UseEmbeddedActivities: 'use_embedded_activities',
  ModerateMembers: 'moderate_members',
  ViewCreatorMonetizationAnalytics: 'view_creator_monetization_analytics',
  UseSoundboard: 'use_soundboard',
  CreateGuildExpressions: 'create_expressions',
  CreateEvents: 'create_events',
  UseExternalSounds: 'use_external_sounds',
  SendVoiceMessages: 'send_voice_messages',
  SetVoiceChannelStatus: 'set_voice_channel_status',
  SendPolls: 'send_polls',
  UseExternalApps: 'use_external_apps',
  PinMessages: 'pin_messages',
  BypassSlowmode: 'bypass_slowmode',
};

const NEXTCORD_PERMISSIONS: NameTable<PermissionKey> = {
  ...DISCORD_PY_PERMISSIONS,
  ManageGuildExpressions: 'manage_emojis',
  UseApplicationCommands: 'use_slash_commands',
  UseEmbeddedActivities: 'start_embedded_activities',
  ViewCreatorMonetizationAnalytics: null,
  UseSoundboard: null,
  UseExternalSounds: null,
  SetVoiceChannelStatus: null,
  SendPolls: null,
  UseExternalApps: null,
  PinMessages: null,
  BypassSlowmode: null,
};

const DISCORD_NET_PERMISSIONS: NameTable<PermissionKey> = {
  CreateInstantInvite: 'CreateInstantInvite',
  KickMembers: 'KickMembers',
  BanMembers: 'BanMembers',
  Administrator: 'Administrator',
  ManageChannels: 'ManageChannels',
  ManageGuild: 'ManageGuild',
  AddReactions: 'AddReactions',
  ViewAuditLog: 'ViewAuditLog',
  PrioritySpeaker: 'PrioritySpeaker',
  Stream: 'Stream',
  ViewChannel: 'ViewChannel',
  SendMessages: 'SendMessages',
  SendTTSMessages: 'SendTTSMessages',
  ManageMessages: 'ManageMessages',
  EmbedLinks: 'EmbedLinks',
  AttachFiles: 'AttachFiles',
  ReadMessageHistory: 'ReadMessageHistory',
  MentionEveryone: 'MentionEveryone',
  UseExternalEmojis: 'UseExternalEmojis',
  ViewGuildInsights: 'ViewGuildInsights',
  Connect: 'Connect',
  Speak: 'Speak',
  MuteMembers: 'MuteMembers',
  DeafenMembers: 'DeafenMembers',
  MoveMembers: 'MoveMembers',
  UseVAD: 'UseVAD',
  ChangeNickname: 'ChangeNickname',
  ManageNicknames: 'ManageNicknames',
  ManageRoles: 'ManageRoles',
  ManageWebhooks: 'ManageWebhooks',
  ManageGuildExpressions: 'ManageEmojisAndStickers',
  UseApplicationCommands: 'UseApplicationCommands',
  RequestToSpeak: 'RequestToSpeak',
  ManageEvents: 'ManageEvents',
  ManageThreads: 'ManageThreads',
  CreatePublicThreads: 'CreatePublicThreads',
  CreatePrivateThreads: 'CreatePrivateThreads',
  UseExternalStickers: 'UseExternalStickers',
  SendMessagesInThreads: 'SendMessagesInThreads',
  UseEmbeddedActivities: 'StartEmbeddedActivities',
  ModerateMembers: 'ModerateMembers',
  ViewCreatorMonetizationAnalytics: 'ViewMonetizationAnalytics',
  UseSoundboard: 'UseSoundboard',
  CreateGuildExpressions: 'CreateGuildExpressions',
  CreateEvents: 'CreateEvents',
  UseExternalSounds: 'UseExternalSounds',
  SendVoiceMessages: 'SendVoiceMessages',
  SetVoiceChannelStatus: 'SetVoiceChannelStatus',
  SendPolls: 'SendPolls',
  UseExternalApps: 'UseExternalApps',
  PinMessages: null,
  BypassSlowmode: null,
};

// discord.js uses discord-api-types' own table, whose keys are the catalogue keys.
const DISCORD_JS_PERMISSIONS = Object.fromEntries(
  PERMISSIONS.map((info) => [info.key, info.key]),
) as NameTable<PermissionKey>;

/** Library name of each permission, or null where the library has none. */
export const PERMISSION_NAMES: Readonly<Record<Library, NameTable<PermissionKey>>> = Object.freeze({
  'discord-py': Object.freeze(DISCORD_PY_PERMISSIONS),
  nextcord: Object.freeze(NEXTCORD_PERMISSIONS),
  'discord-js': Object.freeze(DISCORD_JS_PERMISSIONS),
  'discord-net': Object.freeze(DISCORD_NET_PERMISSIONS),
});

const DISCORD_PY_INTENTS: NameTable<IntentKey> = {
  Guilds: 'guilds',
  GuildMembers: 'members',
  GuildModeration: 'moderation',
  GuildExpressions: 'expressions',
  GuildIntegrations: 'integrations',
  GuildWebhooks: 'webhooks',
  GuildInvites: 'invites',
  GuildVoiceStates: 'voice_states',
  GuildPresences: 'presences',
  GuildMessages: 'guild_messages',
  GuildMessageReactions: 'guild_reactions',
  GuildMessageTyping: 'guild_typing',
  DirectMessages: 'dm_messages',
  DirectMessageReactions: 'dm_reactions',
  DirectMessageTyping: 'dm_typing',
  MessageContent: 'message_content',
  GuildScheduledEvents: 'guild_scheduled_events',
  AutoModerationConfiguration: 'auto_moderation_configuration',
  AutoModerationExecution: 'auto_moderation_execution',
  GuildMessagePolls: 'guild_polls',
  DirectMessagePolls: 'dm_polls',
};

const NEXTCORD_INTENTS: NameTable<IntentKey> = {
  ...DISCORD_PY_INTENTS,
  GuildExpressions: 'emojis',
  GuildScheduledEvents: 'scheduled_events',
  GuildMessagePolls: null,
  DirectMessagePolls: null,
};

const DISCORD_NET_INTENTS: NameTable<IntentKey> = {
  Guilds: 'Guilds',
  GuildMembers: 'GuildMembers',
  GuildModeration: 'GuildBans',
  GuildExpressions: 'GuildEmojis',
  GuildIntegrations: 'GuildIntegrations',
  GuildWebhooks: 'GuildWebhooks',
  GuildInvites: 'GuildInvites',
  GuildVoiceStates: 'GuildVoiceStates',
  GuildPresences: 'GuildPresences',
  GuildMessages: 'GuildMessages',
  GuildMessageReactions: 'GuildMessageReactions',
  GuildMessageTyping: 'GuildMessageTyping',
  DirectMessages: 'DirectMessages',
  DirectMessageReactions: 'DirectMessageReactions',
  DirectMessageTyping: 'DirectMessageTyping',
  MessageContent: 'MessageContent',
  GuildScheduledEvents: 'GuildScheduledEvents',
  AutoModerationConfiguration: 'AutoModerationConfiguration',
  AutoModerationExecution: 'AutoModerationActionExecution',
  GuildMessagePolls: 'GuildMessagePolls',
  DirectMessagePolls: 'DirectMessagePolls',
};

const DISCORD_JS_INTENTS = Object.fromEntries(INTENTS.map((info) => [info.key, info.key])) as NameTable<IntentKey>;

/** Library name of each intent, or null where the library has none. */
export const INTENT_NAMES: Readonly<Record<Library, NameTable<IntentKey>>> = Object.freeze({
  'discord-py': Object.freeze(DISCORD_PY_INTENTS),
  nextcord: Object.freeze(NEXTCORD_INTENTS),
  'discord-js': Object.freeze(DISCORD_JS_INTENTS),
  'discord-net': Object.freeze(DISCORD_NET_INTENTS),
});

export function permissionName(lib: Library, key: PermissionKey): string | null {
  return PERMISSION_NAMES[lib][key];
}

export function intentName(lib: Library, key: IntentKey): string | null {
  return INTENT_NAMES[lib][key];
}

// ---------------------------------------------------------------------------------------------------------------
// Literals

function codePoints(value: string): number[] {
  return Array.from(value, (ch) => ch.codePointAt(0) ?? 0);
}

/**
 * A string literal that means `value` in the language. Everything outside printable ASCII is escaped, so a state
 * or redirect URI with quotes, newlines, U+2028 (a line break to C#) or emoji cannot break out of the literal.
 */
export function stringLiteral(language: SnippetLanguage, value: string): string {
  const quote = language === 'csharp' ? '"' : "'";
  let out = quote;
  for (const cp of codePoints(value)) {
    const ch = String.fromCodePoint(cp);
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp === 0x09) out += '\\t';
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    // Python reads '\ud83d\ude00' as two lone surrogates, so astral characters need its 8-digit form.
    else if (language === 'python') out += `\\U${cp.toString(16).padStart(8, '0')}`;
    else {
      const high = Math.floor((cp - 0x10000) / 0x400) + 0xd800;
      const low = ((cp - 0x10000) % 0x400) + 0xdc00;
      out += `\\u${high.toString(16)}\\u${low.toString(16)}`;
    }
  }
  return out + quote;
}

function bitLabel(bit: number): string {
  return `1 << ${bit}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Permissions

interface FlagParts {
  /** Library names, in catalogue order. */
  readonly names: readonly string[];
  /** Bits with no library name, OR-ed together: known flags the library lacks plus bits no catalogue row has. */
  readonly raw: bigint;
  /** One comment line per raw bit, saying why it is raw. */
  readonly notes: readonly string[];
}

function permissionParts(lib: Library, value: bigint): FlagParts {
  const {known, unknownBits} = decodePermissions(value);
  const label = libraryInfo(lib).label;
  const names: string[] = [];
  const notes: string[] = [];
  let raw = 0n;
  for (const info of known) {
    const name = PERMISSION_NAMES[lib][info.key];
    if (name !== null) {
      names.push(name);
    } else {
      raw |= info.value;
      notes.push(`${info.apiName} (${bitLabel(info.bit)}) has no name in ${label}, so it is a raw number.`);
    }
  }
  for (const bit of unknownBits) {
    raw |= 1n << BigInt(bit);
    notes.push(`${bitLabel(bit)} is not a permission this guide knows; kept as a raw number.`);
  }
  return {names, raw, notes};
}

function comment(language: SnippetLanguage, lines: readonly string[], indent = ''): string[] {
  const mark = language === 'python' ? '#' : '//';
  return lines.map((line) => `${indent}${mark} ${line}`);
}

/** The expression for a permission value, plus the comment lines that must precede its statement. */
function permissionExpression(lib: Library, value: bigint, indent: string): {lines: string[]; notes: string[]} {
  const parts = permissionParts(lib, value);
  // Each language's usual indent step: 2 in the discord.js docs, 4 in PEP 8 and .NET style.
  const inner = `${indent}${lib === 'discord-js' ? '  ' : '    '}`;
  switch (lib) {
    case 'discord-py':
    case 'nextcord': {
      const module = lib === 'discord-py' ? 'discord' : 'nextcord';
      if (parts.names.length === 0 && parts.raw === 0n) return {lines: [`${module}.Permissions.none()`], notes: []};
      const args = [
        ...(parts.raw === 0n ? [] : [`${inner}${parts.raw.toString()},`]),
        ...parts.names.map((name) => `${inner}${name}=True,`),
      ];
      return {lines: [`${module}.Permissions(`, ...args, `${indent})`], notes: [...parts.notes]};
    }
    case 'discord-js': {
      const args = [
        ...parts.names.map((name) => `${inner}PermissionFlagsBits.${name},`),
        ...(parts.raw === 0n ? [] : [`${inner}${parts.raw.toString()}n,`]),
      ];
      if (args.length === 0) return {lines: ['[]'], notes: []};
      return {lines: ['[', ...args, `${indent}]`], notes: [...parts.notes]};
    }
    case 'discord-net': {
      const terms = [
        ...parts.names.map((name) => `GuildPermission.${name}`),
        ...(parts.raw === 0n ? [] : [`(GuildPermission)${parts.raw.toString()}UL`]),
      ];
      if (terms.length === 0) return {lines: ['(GuildPermission)0UL'], notes: []};
      const [first, ...rest] = terms;
      return {lines: [first ?? '', ...rest.map((term) => `${inner}| ${term}`)], notes: [...parts.notes]};
    }
  }
}

function joinStatement(head: string, expression: readonly string[], tail: string): string[] {
  const [first, ...rest] = expression;
  const lines = [`${head}${first ?? ''}`, ...rest];
  const last = lines.length - 1;
  lines[last] = `${lines[last] ?? ''}${tail}`;
  return lines;
}

/** Code that builds this permission value with the library's names. */
export function permissionSnippet(lib: Library, value: bigint): string {
  const {language} = libraryInfo(lib);
  const expr = permissionExpression(lib, value, '');
  const total = `The number for an invite link: ${value < 0n ? '0' : value.toString()}`;
  switch (lib) {
    case 'discord-py':
    case 'nextcord': {
      const module = lib === 'discord-py' ? 'discord' : 'nextcord';
      return [
        `import ${module}`,
        '',
        ...comment(language, expr.notes),
        ...joinStatement('permissions = ', expr.lines, ''),
        ...comment(language, [total]),
        '',
      ].join('\n');
    }
    case 'discord-js':
      return [
        "import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';",
        '',
        ...comment(language, expr.notes),
        ...joinStatement('const permissions = new PermissionsBitField(', expr.lines, ');'),
        ...comment(language, [total]),
        '',
      ].join('\n');
    case 'discord-net':
      return [
        'using Discord;',
        '',
        ...comment(language, expr.notes),
        ...joinStatement('var permissions = ', expr.lines, ';'),
        ...comment(language, [total]),
        '',
      ].join('\n');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Intents

interface IntentParts {
  readonly flags: readonly {readonly info: IntentInfo; readonly name: string | null}[];
  readonly notes: readonly string[];
}

function intentParts(lib: Library, value: bigint): IntentParts {
  const {known, unknownBits} = decodeIntents(value);
  const label = libraryInfo(lib).label;
  const notes: string[] = [];
  const flags = known.map((info) => {
    const name = INTENT_NAMES[lib][info.key];
    if (name === null) notes.push(`${info.apiName} (${bitLabel(info.bit)}) has no name in ${label}: set as a raw bit.`);
    return {info, name};
  });
  // Unlike a permission, an unknown intent bit makes Discord close the connection, so it is left out, not kept.
  for (const bit of unknownBits) {
    notes.push(
      `${bitLabel(bit)} is not a gateway intent; Discord would close the connection (4013), so it is left out.`,
    );
  }
  return {flags, notes};
}

function privilegedNote(info: IntentInfo): string {
  return info.portalToggle ? `privileged: switch on "${info.portalToggle.en}" in the Developer Portal` : '';
}

/** Code that connects with exactly this intent set, using the library's names. */
export function intentsSnippet(lib: Library, value: bigint): string {
  const {language} = libraryInfo(lib);
  const {flags, notes} = intentParts(lib, value);
  const named = flags.filter((flag) => flag.name !== null);
  const raw = flags.filter((flag) => flag.name === null).reduce((all, flag) => all | flag.info.value, 0n);
  const trailing = (info: IntentInfo, mark: string): string => {
    const note = privilegedNote(info);
    return note ? `  ${mark} ${note}` : '';
  };
  switch (lib) {
    case 'discord-py':
    case 'nextcord': {
      const module = lib === 'discord-py' ? 'discord' : 'nextcord';
      const lines = [`import ${module}`, '', ...comment(language, notes)];
      if (named.length === 0) lines.push(`intents = ${module}.Intents.none()`);
      else {
        lines.push(`intents = ${module}.Intents(`);
        for (const {info, name} of named) lines.push(`    ${name}=True,${trailing(info, '#')}`);
        lines.push(')');
      }
      // nextcord's Intents() takes no value argument, so a raw bit is OR-ed in afterwards (discord.py the same way,
      // for symmetry; it never needs it today).
      if (raw !== 0n) lines.push(`intents.value |= ${raw.toString()}`);
      lines.push(`client = ${module}.Client(intents=intents)`, '');
      return lines.join('\n');
    }
    case 'discord-js': {
      const lines = ["import { Client, GatewayIntentBits } from 'discord.js';", '', ...comment(language, notes)];
      lines.push('const client = new Client({');
      if (named.length === 0 && raw === 0n) lines.push('  intents: [],');
      else {
        lines.push('  intents: [');
        for (const {info, name} of named) lines.push(`    GatewayIntentBits.${name ?? ''},${trailing(info, '//')}`);
        if (raw !== 0n) lines.push(`    ${raw.toString()},`);
        lines.push('  ],');
      }
      lines.push('});', '');
      return lines.join('\n');
    }
    case 'discord-net': {
      const lines = ['using Discord;', 'using Discord.WebSocket;', '', ...comment(language, notes)];
      lines.push('var config = new DiscordSocketConfig', '{');
      const terms = named.map(({info, name}) => ({text: `GatewayIntents.${name ?? ''}`, info}) as const);
      const all: {text: string; info?: IntentInfo}[] = [...terms];
      if (raw !== 0n) all.push({text: `(GatewayIntents)${raw.toString()}`});
      if (all.length === 0) lines.push('    GatewayIntents = GatewayIntents.None,');
      else {
        lines.push('    GatewayIntents =');
        all.forEach((term, index) => {
          const op = index === 0 ? '        ' : '        | ';
          const end = index === all.length - 1 ? ',' : '';
          lines.push(`${op}${term.text}${end}${term.info ? trailing(term.info, '//') : ''}`);
        });
      }
      lines.push('};', 'var client = new DiscordSocketClient(config);', '');
      return lines.join('\n');
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Invite links

const PLACEHOLDER_ID = 'YOUR_APPLICATION_ID';

/** A link's parameters beyond what a library helper can express, as [query name, value] pairs. */
type Extra = readonly [string, string];

function extrasFor(p: InviteParams, supported: ReadonlySet<string>): Extra[] {
  const extras: Extra[] = [];
  const push = (name: string, value: string | undefined): void => {
    if (value !== undefined && !supported.has(name)) extras.push([name, value]);
  };
  push('integration_type', p.integrationType === undefined ? undefined : String(p.integrationType));
  // The Python helpers add response_type=code whenever they get a redirect_uri, so then it is not extra.
  const helperAddsResponseType = supported.has('redirect_uri') && p.redirectUri !== undefined;
  push('response_type', helperAddsResponseType ? undefined : p.responseType);
  push('redirect_uri', p.redirectUri);
  push('state', p.state);
  push('prompt', p.prompt);
  return extras;
}

function errorNotes(p: InviteParams): string[] {
  const built = buildInviteUrl(p);
  if (built.ok) return [];
  const codes = [...new Set(built.error.map((e) => e.code))].join(', ');
  return [`Discord will refuse this link as it stands (${codes}); fix it in the builder first.`];
}

function pythonInvite(lib: 'discord-py' | 'nextcord', p: InviteParams, clientValid: boolean): string {
  const module = lib === 'discord-py' ? 'discord' : 'nextcord';
  const lit = (value: string): string => stringLiteral('python', value);
  const notes = errorNotes(p);
  // discord.py: scopes=None leaves scope out; nextcord always writes one, so an empty scope list is spelled out.
  if (lib === 'nextcord' && p.scopes.length === 0) {
    const url = buildInviteUrl(p);
    const text = url.ok ? url.value : `https://discord.com/oauth2/authorize?client_id=${PLACEHOLDER_ID}`;
    return [
      ...comment('python', [
        ...notes,
        "nextcord.utils.oauth_url always adds a scope; this link uses the app's default install settings, so it is",
        'written out in full.',
      ]),
      `url = ${lit(text)}`,
      'print(url)',
      '',
    ].join('\n');
  }
  const supported = new Set(lib === 'discord-py' ? ['redirect_uri', 'state'] : ['redirect_uri', 'integration_type']);
  const extras = extrasFor(p, supported);
  const args: string[] = [`    ${clientValid ? p.clientId : lit(PLACEHOLDER_ID)},`];
  const preNotes: string[] = [...notes];
  if (p.permissions !== undefined) {
    const expr = permissionExpression(lib, p.permissions, '    ');
    preNotes.push(...expr.notes);
    args.push(...joinStatement('    permissions=', expr.lines, ','));
  }
  if (p.scopes.length === 0) args.push('    scopes=None,');
  else args.push(`    scopes=(${p.scopes.map(lit).join(', ')}${p.scopes.length === 1 ? ',' : ''}),`);
  if (p.guildId !== undefined) args.push(`    guild=${module}.Object(id=${p.guildId}),`);
  if (p.disableGuildSelect === true) args.push('    disable_guild_select=True,');
  if (p.redirectUri !== undefined) args.push(`    redirect_uri=${lit(p.redirectUri)},`);
  if (lib === 'discord-py' && p.state !== undefined) args.push(`    state=${lit(p.state)},`);
  if (lib === 'nextcord' && p.integrationType !== undefined) {
    args.push(`    integration_type=nextcord.IntegrationType.${p.integrationType === 1 ? 'user' : 'guild'}_install,`);
  }
  if (p.redirectUri !== undefined && p.responseType === undefined) {
    preNotes.push('oauth_url also adds response_type=code, because it is given a redirect_uri.');
  }
  const lines = [`import ${module}`];
  if (extras.length > 0) lines.push('from urllib.parse import urlencode');
  lines.push('', ...comment('python', preNotes), `url = ${module}.utils.oauth_url(`, ...args, ')');
  if (extras.length > 0) {
    const names = extras.map(([name]) => name).join(', ');
    lines.push(...comment('python', [`oauth_url has no parameter for ${names}; they are added to the query here.`]));
    lines.push(`url += '&' + urlencode({${extras.map(([name, value]) => `${lit(name)}: ${lit(value)}`).join(', ')}})`);
  }
  lines.push('print(url)', '');
  return lines.join('\n');
}

function discordJsInvite(p: InviteParams, clientValid: boolean): string {
  const lit = (value: string): string => stringLiteral('js', value);
  const notes = errorNotes(p);
  const hasBot = p.scopes.includes('bot');
  const scopeKeys = p.scopes.map((scope) => scopeKey(scope));
  const helperFits =
    (hasBot || p.scopes.includes('applications.commands')) &&
    scopeKeys.every((key) => key !== undefined) &&
    (p.permissions === undefined || p.permissions === 0n || hasBot);
  if (helperFits) {
    const extras = extrasFor(p, new Set());
    const withPermissions = p.permissions !== undefined && p.permissions !== 0n;
    const imports = withPermissions ? 'OAuth2Scopes, PermissionFlagsBits' : 'OAuth2Scopes';
    const lines = [`import { ${imports} } from 'discord.js';`, '', ...comment('js', notes)];
    const options: string[] = [`  scopes: [${scopeKeys.map((key) => `OAuth2Scopes.${key ?? ''}`).join(', ')}],`];
    if (withPermissions && p.permissions !== undefined) {
      const expr = permissionExpression('discord-js', p.permissions, '  ');
      lines.push(...comment('js', expr.notes));
      options.push(...joinStatement('  permissions: ', expr.lines, ','));
    }
    if (p.guildId !== undefined) options.push(`  guild: ${lit(p.guildId)},`);
    if (p.disableGuildSelect === true) options.push('  disableGuildSelect: true,');
    lines.push(
      ...comment('js', [
        "generateInvite uses the logged-in client's own application ID: call it after the client is ready.",
      ]),
    );
    if (extras.length === 0) {
      lines.push('const url = client.generateInvite({', ...options, '});', 'console.log(url);', '');
    } else {
      lines.push('const url = new URL(client.generateInvite({', ...options.map((o) => `  ${o}`), '}));');
      lines.push(...comment('js', [`generateInvite has no option for ${extras.map(([n]) => n).join(', ')}.`]));
      for (const [name, value] of extras) lines.push(`url.searchParams.set(${lit(name)}, ${lit(value)});`);
      lines.push('console.log(url.toString());', '');
    }
    return lines.join('\n');
  }
  // generateInvite cannot express this link (no bot/commands scope, or an unknown scope): build it directly.
  const lines = ["import { OAuth2Routes } from 'discord.js';", '', ...comment('js', notes)];
  lines.push(
    ...comment('js', ['client.generateInvite() cannot make this link, so it is built from its parts.']),
    'const url = new URL(OAuth2Routes.authorizationURL);',
    `url.searchParams.set('client_id', ${lit(clientValid ? p.clientId : PLACEHOLDER_ID)});`,
  );
  if (p.scopes.length > 0) lines.push(`url.searchParams.set('scope', ${lit(p.scopes.join(' '))});`);
  if (p.permissions !== undefined) lines.push(`url.searchParams.set('permissions', ${lit(p.permissions.toString())});`);
  if (p.guildId !== undefined) lines.push(`url.searchParams.set('guild_id', ${lit(p.guildId)});`);
  if (p.disableGuildSelect === true) lines.push("url.searchParams.set('disable_guild_select', 'true');");
  for (const [name, value] of extrasFor(p, new Set())) {
    lines.push(`url.searchParams.set(${lit(name)}, ${lit(value)});`);
  }
  lines.push('console.log(url.toString());', '');
  return lines.join('\n');
}

function discordNetInvite(p: InviteParams, clientValid: boolean): string {
  const lit = (value: string): string => stringLiteral('csharp', value);
  const lines = ['using System;', 'using Discord;', '', ...comment('csharp', errorNotes(p))];
  if (p.permissions !== undefined) {
    const expr = permissionExpression('discord-net', p.permissions, '');
    lines.push(...comment('csharp', expr.notes), ...joinStatement('var permissions = ', expr.lines, ';'), '');
  }
  lines.push(
    ...comment('csharp', ['Discord.Net has no invite-link helper, so the link is put together here.']),
    'var url = "https://discord.com/oauth2/authorize"',
    `    + "?client_id=" + ${lit(clientValid ? p.clientId : PLACEHOLDER_ID)}`,
  );
  const escaped = (name: string, value: string): string => `    + "&${name}=" + Uri.EscapeDataString(${lit(value)})`;
  if (p.scopes.length > 0) lines.push(escaped('scope', p.scopes.join(' ')));
  if (p.permissions !== undefined) lines.push('    + "&permissions=" + ((ulong)permissions).ToString()');
  if (p.guildId !== undefined) lines.push(escaped('guild_id', p.guildId));
  if (p.disableGuildSelect === true) lines.push('    + "&disable_guild_select=true"');
  if (p.integrationType !== undefined) lines.push(escaped('integration_type', String(p.integrationType)));
  if (p.responseType !== undefined) lines.push(escaped('response_type', p.responseType));
  if (p.redirectUri !== undefined) lines.push(escaped('redirect_uri', p.redirectUri));
  if (p.state !== undefined) lines.push(escaped('state', p.state));
  if (p.prompt !== undefined) lines.push(escaped('prompt', p.prompt));
  const last = lines.length - 1;
  lines[last] = `${lines[last] ?? ''};`;
  lines.push('Console.WriteLine(url);', '');
  return lines.join('\n');
}

const SCOPE_KEYS: ReadonlyMap<string, string> = new Map([
  ['bot', 'Bot'],
  ['applications.commands', 'ApplicationsCommands'],
]);

/**
 * discord.js `OAuth2Scopes` member for the two scopes of a plain bot invite. Any other scope means a code grant,
 * which generateInvite cannot finish (no redirect_uri option), so undefined sends us to the manual path.
 */
function scopeKey(scope: string): string | undefined {
  return SCOPE_KEYS.get(scope);
}

/**
 * Code that produces this invite link with the library's own helper where it has one, adding by hand only what the
 * helper cannot express. A link with errors still gets code, headed by a comment naming the problems.
 */
export function inviteSnippet(lib: Library, params: InviteParams): string {
  const p = normalizeInviteParams(params);
  const clientValid = parseSnowflake(p.clientId).ok;
  switch (lib) {
    case 'discord-py':
    case 'nextcord':
      return pythonInvite(lib, p, clientValid);
    case 'discord-js':
      return discordJsInvite(p, clientValid);
    case 'discord-net':
      return discordNetInvite(p, clientValid);
  }
}
