/** A permission set as code in each library, with each library's own flag names (sources: snippet-common.ts). */
import {DEFAULT_LOCALE, type Locale} from './locale';
import {decodePermissions} from './permission-bits';
import {PERMISSIONS, type PermissionKey} from './permissions';
import {
  bitLabel,
  comment,
  commentText,
  joinStatement,
  libraryInfo,
  type CommentText,
  type Library,
  type NameTable,
} from './snippet-common';

// Comment text only English pages show: folded to '' in another locale's build, as thaiOnly is in the English one.
const englishOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'en' ? text : '';

// Comment text only Thai pages show. Defined in this module, not imported, so that in another locale's build
// (process.env.SITE_LOCALE, set by the site-locale plugin) the minifier folds every call to '' and drops the Thai.
const thaiOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'th' ? text : '';

/** The comments of a permission snippet, in each language (invite snippets use them too). */
const COMMENTS = {
  noName: {
    en: [englishOnly('{flag} ({bit}) has no name in {library}, so it is a raw number.')],
    th: [thaiOnly('{flag} ({bit}) ไม่มีชื่อใน {library} จึงใส่เป็นตัวเลขแทน')],
  },
  unknownBit: {
    en: [englishOnly('{bit} is not a permission this guide knows; kept as a raw number.')],
    th: [thaiOnly('บิต {bit} ไม่ใช่สิทธิ์ที่คู่มือนี้รู้จัก จึงคงไว้เป็นตัวเลข')],
  },
  total: {
    en: [englishOnly('The number for an invite link: {value}')],
    th: [thaiOnly('ตัวเลขสิทธิ์สำหรับลิงก์เชิญ: {value}')],
  },
} satisfies Readonly<Record<string, CommentText>>;

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
  CreateEvents: null,
  UseExternalSounds: null,
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

export function permissionName(lib: Library, key: PermissionKey): string | null {
  return PERMISSION_NAMES[lib][key];
}

interface FlagParts {
  /** Library names, in catalogue order. */
  readonly names: readonly string[];
  /** Bits with no library name, OR-ed together: known flags the library lacks plus bits no catalogue row has. */
  readonly raw: bigint;
  /** One comment line per raw bit, saying why it is raw. */
  readonly notes: readonly string[];
}

function permissionParts(lib: Library, value: bigint, locale: Locale): FlagParts {
  const {known, unknownBits} = decodePermissions(value);
  const {label, version} = libraryInfo(lib);
  const library = `${label} ${version}`;
  const names: string[] = [];
  const notes: string[] = [];
  let raw = 0n;
  for (const info of known) {
    const name = PERMISSION_NAMES[lib][info.key];
    if (name !== null) {
      names.push(name);
    } else {
      raw |= info.value;
      notes.push(...commentText(COMMENTS.noName, locale, {flag: info.apiName, bit: bitLabel(info.bit), library}));
    }
  }
  for (const bit of unknownBits) {
    raw |= 1n << BigInt(bit);
    notes.push(...commentText(COMMENTS.unknownBit, locale, {bit: bitLabel(bit)}));
  }
  return {names, raw, notes};
}

/**
 * The expression for a permission value, plus the comment lines (in the reader's language) that must precede its
 * statement.
 */
export function permissionExpression(
  lib: Library,
  value: bigint,
  indent: string,
  locale: Locale,
): {lines: string[]; notes: string[]} {
  const parts = permissionParts(lib, value, locale);
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

/**
 * Code that builds this permission value with the library's names. `locale` picks the language of the comments; the
 * code is the same in every language.
 */
export function permissionSnippet(lib: Library, value: bigint, locale: Locale = DEFAULT_LOCALE): string {
  const {language} = libraryInfo(lib);
  const expr = permissionExpression(lib, value, '', locale);
  const total = commentText(COMMENTS.total, locale, {value: value < 0n ? '0' : value.toString()});
  switch (lib) {
    case 'discord-py':
    case 'nextcord': {
      const module = lib === 'discord-py' ? 'discord' : 'nextcord';
      return [
        `import ${module}`,
        '',
        ...comment(language, expr.notes),
        ...joinStatement('permissions = ', expr.lines, ''),
        ...comment(language, total),
        '',
      ].join('\n');
    }
    case 'discord-js': {
      // CommonJS, like the tutorial's `npm init -y` project, where `import` is a SyntaxError. Only names it uses.
      const named = expr.lines.some((line) => line.includes('PermissionFlagsBits.'));
      return [
        `const {${named ? 'PermissionFlagsBits, ' : ''}PermissionsBitField} = require('discord.js');`,
        '',
        ...comment(language, expr.notes),
        ...joinStatement('const permissions = new PermissionsBitField(', expr.lines, ');'),
        ...comment(language, total),
        '',
      ].join('\n');
    }
    case 'discord-net':
      return [
        'using Discord;',
        '',
        ...comment(language, expr.notes),
        ...joinStatement('var permissions = ', expr.lines, ';'),
        ...comment(language, total),
        '',
      ].join('\n');
  }
}
