import {describe, expect, it} from 'vitest';

import {INTENTS, INVALID_INTENTS_CLOSE, type IntentKey} from './intents';
import {buildInviteUrl} from './invite/build';
import type {InviteParams} from './invite/params';
import {parseInviteUrl} from './invite/parse';
import type {Locale} from './locale';
import {PERMISSIONS, type PermissionKey} from './permissions';
import {
  INTENT_NAMES,
  intentName,
  intentsSnippet,
  inviteSnippet,
  isLibrary,
  LIBRARIES,
  PERMISSION_NAMES,
  permissionName,
  permissionSnippet,
  stringLiteral,
  type Library,
} from './snippets';

/*
 * Flag name → bit, extracted mechanically from each library's source (every `@flag_value` / alias with a single
 * `1 << n`, and every `Name = 1 << n` enum member), so the names in snippets.ts are checked against the library and
 * not against themselves:
 * - discord.py v2.7.1 discord/permissions.py, discord/flags.py (Rapptz/discord.py dfd1144b)
 * - nextcord v3.2.0 nextcord/permissions.py, nextcord/flags.py (nextcord/nextcord c9aafecb)
 * - Discord.Net 3.16.0 GuildPermission.cs, GatewayIntents.cs (discord-net/Discord.Net tag 3.16.0, 7f18f7f5)
 * discord.js takes its names from discord-api-types, which permissions.test.ts and intents.test.ts already check.
 */
const DISCORD_PY_PERMISSION_BITS: Readonly<Record<string, number>> = {
  create_instant_invite: 0,
  kick_members: 1,
  ban_members: 2,
  administrator: 3,
  manage_channels: 4,
  manage_guild: 5,
  add_reactions: 6,
  view_audit_log: 7,
  priority_speaker: 8,
  stream: 9,
  read_messages: 10,
  view_channel: 10,
  send_messages: 11,
  send_tts_messages: 12,
  manage_messages: 13,
  embed_links: 14,
  attach_files: 15,
  read_message_history: 16,
  mention_everyone: 17,
  external_emojis: 18,
  use_external_emojis: 18,
  view_guild_insights: 19,
  connect: 20,
  speak: 21,
  mute_members: 22,
  deafen_members: 23,
  move_members: 24,
  use_voice_activation: 25,
  change_nickname: 26,
  manage_nicknames: 27,
  manage_permissions: 28,
  manage_roles: 28,
  manage_webhooks: 29,
  manage_emojis: 30,
  manage_emojis_and_stickers: 30,
  manage_expressions: 30,
  use_application_commands: 31,
  request_to_speak: 32,
  manage_events: 33,
  manage_threads: 34,
  create_public_threads: 35,
  create_private_threads: 36,
  external_stickers: 37,
  use_external_stickers: 37,
  send_messages_in_threads: 38,
  use_embedded_activities: 39,
  moderate_members: 40,
  view_creator_monetization_analytics: 41,
  use_soundboard: 42,
  create_expressions: 43,
  create_events: 44,
  use_external_sounds: 45,
  send_voice_messages: 46,
  set_voice_channel_status: 48,
  create_polls: 49,
  send_polls: 49,
  use_external_apps: 50,
  pin_messages: 51,
  bypass_slowmode: 52,
};
const DISCORD_PY_INTENT_BITS: Readonly<Record<string, number>> = {
  guilds: 0,
  members: 1,
  bans: 2,
  moderation: 2,
  emojis: 3,
  emojis_and_stickers: 3,
  expressions: 3,
  integrations: 4,
  webhooks: 5,
  invites: 6,
  voice_states: 7,
  presences: 8,
  guild_messages: 9,
  guild_reactions: 10,
  guild_typing: 11,
  dm_messages: 12,
  dm_reactions: 13,
  dm_typing: 14,
  message_content: 15,
  guild_scheduled_events: 16,
  auto_moderation_configuration: 20,
  auto_moderation_execution: 21,
  guild_polls: 24,
  dm_polls: 25,
};
const NEXTCORD_PERMISSION_BITS: Readonly<Record<string, number>> = {
  create_instant_invite: 0,
  kick_members: 1,
  ban_members: 2,
  administrator: 3,
  manage_channels: 4,
  manage_guild: 5,
  add_reactions: 6,
  view_audit_log: 7,
  priority_speaker: 8,
  stream: 9,
  read_messages: 10,
  view_channel: 10,
  send_messages: 11,
  send_tts_messages: 12,
  manage_messages: 13,
  embed_links: 14,
  attach_files: 15,
  read_message_history: 16,
  mention_everyone: 17,
  external_emojis: 18,
  use_external_emojis: 18,
  view_guild_insights: 19,
  connect: 20,
  speak: 21,
  mute_members: 22,
  deafen_members: 23,
  move_members: 24,
  use_voice_activation: 25,
  change_nickname: 26,
  manage_nicknames: 27,
  manage_permissions: 28,
  manage_roles: 28,
  manage_webhooks: 29,
  manage_emojis: 30,
  manage_emojis_and_stickers: 30,
  use_slash_commands: 31,
  request_to_speak: 32,
  manage_events: 33,
  manage_threads: 34,
  create_public_threads: 35,
  create_private_threads: 36,
  external_stickers: 37,
  use_external_stickers: 37,
  send_messages_in_threads: 38,
  start_embedded_activities: 39,
  moderate_members: 40,
  create_expressions: 43,
  create_events: 44,
  send_voice_messages: 46,
};
const NEXTCORD_INTENT_BITS: Readonly<Record<string, number>> = {
  guilds: 0,
  members: 1,
  bans: 2,
  moderation: 2,
  emojis: 3,
  emojis_and_stickers: 3,
  integrations: 4,
  webhooks: 5,
  invites: 6,
  voice_states: 7,
  presences: 8,
  guild_messages: 9,
  guild_reactions: 10,
  guild_typing: 11,
  dm_messages: 12,
  dm_reactions: 13,
  dm_typing: 14,
  message_content: 15,
  scheduled_events: 16,
  auto_moderation_configuration: 20,
  auto_moderation_execution: 21,
};
const DISCORD_NET_PERMISSION_BITS: Readonly<Record<string, number>> = {
  CreateInstantInvite: 0,
  KickMembers: 1,
  BanMembers: 2,
  Administrator: 3,
  ManageChannels: 4,
  ManageGuild: 5,
  AddReactions: 6,
  ViewAuditLog: 7,
  PrioritySpeaker: 8,
  Stream: 9,
  ViewChannel: 10,
  SendMessages: 11,
  SendTTSMessages: 12,
  ManageMessages: 13,
  EmbedLinks: 14,
  AttachFiles: 15,
  ReadMessageHistory: 16,
  MentionEveryone: 17,
  UseExternalEmojis: 18,
  ViewGuildInsights: 19,
  Connect: 20,
  Speak: 21,
  MuteMembers: 22,
  DeafenMembers: 23,
  MoveMembers: 24,
  UseVAD: 25,
  ChangeNickname: 26,
  ManageNicknames: 27,
  ManageRoles: 28,
  ManageWebhooks: 29,
  ManageEmojisAndStickers: 30,
  UseApplicationCommands: 31,
  RequestToSpeak: 32,
  ManageEvents: 33,
  ManageThreads: 34,
  CreatePublicThreads: 35,
  CreatePrivateThreads: 36,
  UseExternalStickers: 37,
  SendMessagesInThreads: 38,
  StartEmbeddedActivities: 39,
  ModerateMembers: 40,
  ViewMonetizationAnalytics: 41,
  UseSoundboard: 42,
  CreateGuildExpressions: 43,
  SendVoiceMessages: 46,
  UseClydeAI: 47,
  SetVoiceChannelStatus: 48,
  SendPolls: 49,
  UseExternalApps: 50,
};
const DISCORD_NET_INTENT_BITS: Readonly<Record<string, number>> = {
  Guilds: 0,
  GuildMembers: 1,
  GuildBans: 2,
  GuildEmojis: 3,
  GuildIntegrations: 4,
  GuildWebhooks: 5,
  GuildInvites: 6,
  GuildVoiceStates: 7,
  GuildPresences: 8,
  GuildMessages: 9,
  GuildMessageReactions: 10,
  GuildMessageTyping: 11,
  DirectMessages: 12,
  DirectMessageReactions: 13,
  DirectMessageTyping: 14,
  MessageContent: 15,
  GuildScheduledEvents: 16,
  AutoModerationConfiguration: 20,
  AutoModerationActionExecution: 21,
  GuildMessagePolls: 24,
  DirectMessagePolls: 25,
};

const SOURCE_BITS: Readonly<
  Record<
    Exclude<Library, 'discord-js'>,
    {permissions: Readonly<Record<string, number>>; intents: Readonly<Record<string, number>>}
  >
> = {
  'discord-py': {permissions: DISCORD_PY_PERMISSION_BITS, intents: DISCORD_PY_INTENT_BITS},
  nextcord: {permissions: NEXTCORD_PERMISSION_BITS, intents: NEXTCORD_INTENT_BITS},
  'discord-net': {permissions: DISCORD_NET_PERMISSION_BITS, intents: DISCORD_NET_INTENT_BITS},
};

const LIBS = LIBRARIES.map((lib) => lib.id);
const APP = '1234567890123456789';
const bitsOf = (table: Readonly<Record<string, number>>): Set<number> => new Set(Object.values(table));

describe('LIBRARIES', () => {
  it('lists the four libraries with their language', () => {
    expect(LIBRARIES.map((lib) => [lib.id, lib.label, lib.language])).toEqual([
      ['discord-py', 'discord.py', 'python'],
      ['nextcord', 'nextcord', 'python'],
      ['discord-js', 'discord.js', 'js'],
      ['discord-net', 'Discord.Net', 'csharp'],
    ]);
    expect(isLibrary('discord-js')).toBe(true);
    expect(isLibrary('discord.js')).toBe(false);
  });
});

describe('name tables', () => {
  it.each(LIBS)('%s maps every permission, or marks it missing explicitly', (lib) => {
    expect(Object.keys(PERMISSION_NAMES[lib]).sort()).toEqual(PERMISSIONS.map((p) => p.key).sort());
    for (const info of PERMISSIONS) {
      const name = permissionName(lib, info.key);
      expect(name === null || typeof name === 'string', info.key).toBe(true);
    }
  });

  it.each(LIBS)('%s maps every intent, or marks it missing explicitly', (lib) => {
    expect(Object.keys(INTENT_NAMES[lib]).sort()).toEqual(INTENTS.map((i) => i.key).sort());
  });

  it.each(['discord-py', 'nextcord', 'discord-net'] as const)('%s names carry the right bit in its source', (lib) => {
    const source = SOURCE_BITS[lib];
    for (const info of PERMISSIONS) {
      const name = permissionName(lib, info.key);
      if (name === null) {
        expect(bitsOf(source.permissions).has(info.bit), `${lib} does have a flag for bit ${info.bit}: name it`).toBe(
          false,
        );
      } else {
        expect(source.permissions[name], `${lib} ${name} should be bit ${info.bit} (${info.key})`).toBe(info.bit);
      }
    }
    for (const info of INTENTS) {
      const name = intentName(lib, info.key);
      if (name === null) expect(bitsOf(source.intents).has(info.bit), `${lib} has intent bit ${info.bit}`).toBe(false);
      else expect(source.intents[name], `${lib} ${name} should be bit ${info.bit}`).toBe(info.bit);
    }
  });

  it('uses discord-api-types names for discord.js', () => {
    for (const info of PERMISSIONS) expect(permissionName('discord-js', info.key)).toBe(info.key);
    for (const info of INTENTS) expect(intentName('discord-js', info.key)).toBe(info.key);
  });

  it('lists exactly what each library lacks', () => {
    const missing = (lib: Library): string[] => [
      ...PERMISSIONS.filter((p) => permissionName(lib, p.key) === null).map((p) => p.key),
      ...INTENTS.filter((i) => intentName(lib, i.key) === null).map((i) => i.key),
    ];
    expect(missing('discord-py')).toEqual([]);
    expect(missing('discord-js')).toEqual([]);
    // Discord.Net 3.16.0: CreateEvents and UseExternalSounds came after it (PR #3006).
    expect(missing('discord-net').sort()).toEqual([
      'BypassSlowmode',
      'CreateEvents',
      'PinMessages',
      'UseExternalSounds',
    ]);
    expect(missing('nextcord').sort()).toEqual(
      [
        'BypassSlowmode',
        'PinMessages',
        'SendPolls',
        'SetVoiceChannelStatus',
        'UseExternalApps',
        'UseExternalSounds',
        'UseSoundboard',
        'ViewCreatorMonetizationAnalytics',
        'DirectMessagePolls',
        'GuildMessagePolls',
      ].sort(),
    );
  });

  it('spells the names the guide shows in prose', () => {
    expect(permissionName('discord-py', 'ManageGuild')).toBe('manage_guild');
    expect(permissionName('nextcord', 'ManageGuild')).toBe('manage_guild');
    expect(permissionName('discord-js', 'ManageGuild')).toBe('ManageGuild');
    expect(permissionName('discord-net', 'ManageGuild')).toBe('ManageGuild');
    expect(intentName('discord-py', 'MessageContent')).toBe('message_content');
    expect(intentName('discord-net', 'MessageContent')).toBe('MessageContent');
    expect(intentName('discord-net', 'GuildModeration')).toBe('GuildBans');
    expect(intentName('nextcord', 'GuildExpressions')).toBe('emojis');
  });
});

const MANAGE_GUILD = 1n << 5n;
const SEND_MESSAGES = 1n << 11n;
const PIN_MESSAGES = 1n << 51n;

describe('permissionSnippet', () => {
  it('uses discord.py names', () => {
    const code = permissionSnippet('discord-py', MANAGE_GUILD | SEND_MESSAGES);
    expect(code).toContain('import discord');
    expect(code).toContain('discord.Permissions(');
    expect(code).toContain('    manage_guild=True,');
    expect(code).toContain('    send_messages=True,');
    expect(code).toContain('2080');
  });

  it('uses discord.js and Discord.Net names', () => {
    expect(permissionSnippet('discord-js', MANAGE_GUILD)).toContain('PermissionFlagsBits.ManageGuild,');
    expect(permissionSnippet('discord-js', MANAGE_GUILD)).toContain('new PermissionsBitField([');
    expect(permissionSnippet('discord-net', MANAGE_GUILD | SEND_MESSAGES)).toContain(
      'var permissions = GuildPermission.ManageGuild\n    | GuildPermission.SendMessages;',
    );
  });

  it('falls back to the raw integer, with a comment, where a library lacks the flag', () => {
    const nextcord = permissionSnippet('nextcord', MANAGE_GUILD | PIN_MESSAGES);
    expect(nextcord).toContain('# PIN_MESSAGES (1 << 51) has no name in nextcord');
    expect(nextcord).toContain(`    ${PIN_MESSAGES},\n    manage_guild=True,`);
    expect(nextcord).not.toMatch(/pin_messages/);
    const net = permissionSnippet('discord-net', PIN_MESSAGES);
    expect(net).toContain('// PIN_MESSAGES (1 << 51) has no name in Discord.Net');
    expect(net).toContain(`(GuildPermission)${PIN_MESSAGES}UL;`);
    expect(permissionSnippet('discord-py', PIN_MESSAGES)).toContain('pin_messages=True');
  });

  it('keeps bits no permission has as raw numbers', () => {
    expect(permissionSnippet('discord-js', 1n << 47n)).toContain('140737488355328n,');
    expect(permissionSnippet('discord-py', 1n << 47n)).toContain('# 1 << 47 is not a permission this guide knows');
  });

  it.each(LIBS)('%s: every flag appears by name or as its raw value', (lib) => {
    for (const info of PERMISSIONS) {
      const code = permissionSnippet(lib, info.value);
      const name = permissionName(lib, info.key);
      if (name === null) expect(code, info.key).toContain(info.value.toString());
      else expect(code, info.key).toContain(name);
    }
  });

  it.each(LIBS)('%s: writes an empty set', (lib) => {
    const code = permissionSnippet(lib, 0n);
    expect(code).toMatch(/none\(\)|\[\]|\(GuildPermission\)0UL/);
    expect(permissionSnippet(lib, -5n)).toContain('invite link: 0');
  });

  it('states the total for the invite link', () => {
    const all = PERMISSIONS.reduce((sum, p) => sum | p.value, 0n);
    for (const lib of LIBS) expect(permissionSnippet(lib, all)).toContain(`invite link: ${all}`);
  });
});

describe('intentsSnippet', () => {
  const messageBot = (1n << 0n) | (1n << 9n) | (1n << 15n);

  it("uses each library's names and flags privileged intents", () => {
    const py = intentsSnippet('discord-py', messageBot);
    expect(py).toContain('intents = discord.Intents(');
    expect(py).toContain('    message_content=True,  # privileged: switch on "Message Content Intent"');
    expect(py).toContain('client = discord.Client(intents=intents)');
    const js = intentsSnippet('discord-js', messageBot);
    expect(js).toContain('GatewayIntentBits.MessageContent,');
    expect(js).toContain('new Client({');
    const net = intentsSnippet('discord-net', messageBot);
    expect(net).toContain(
      'GatewayIntents.Guilds\n        | GatewayIntents.GuildMessages\n        | GatewayIntents.MessageContent,',
    );
    expect(net).toContain('new DiscordSocketClient(config)');
  });

  it('sets a raw bit where nextcord has no name', () => {
    const code = intentsSnippet('nextcord', (1n << 24n) | 1n);
    expect(code).toContain('# GUILD_MESSAGE_POLLS (1 << 24) has no name in nextcord');
    expect(code).toContain('intents.value |= 16777216');
    expect(code).toContain('    guilds=True,');
    expect(intentsSnippet('nextcord', 1n << 25n)).toContain(
      'intents = nextcord.Intents.none()\nintents.value |= 33554432',
    );
  });

  it('leaves out bits that are no intent, saying why', () => {
    for (const lib of LIBS) {
      const code = intentsSnippet(lib, (1n << 17n) | 1n);
      expect(code).toContain('1 << 17 is not a gateway intent');
      expect(code).toContain(`close the connection (${INVALID_INTENTS_CLOSE.code})`);
      expect(code).not.toContain('131072');
    }
    expect(intentsSnippet('discord-js', 1n << 24n)).toContain('GatewayIntentBits.GuildMessagePolls');
  });

  it.each(LIBS)('%s: every intent appears by name or as its raw value', (lib) => {
    for (const info of INTENTS) {
      const code = intentsSnippet(lib, info.value);
      const name = intentName(lib, info.key);
      expect(code, info.key).toContain(name ?? info.value.toString());
    }
  });

  it.each(LIBS)('%s: writes an empty set', (lib) => {
    expect(intentsSnippet(lib, 0n)).toMatch(/Intents\.none\(\)|intents: \[\]|GatewayIntents\.None/);
  });

  it('writes a raw-only intent set for discord.js and Discord.Net too', () => {
    // No library lacks an intent discord.js or Discord.Net have today, so this only checks the shape stays valid.
    expect(intentsSnippet('discord-net', 1n << 25n)).toContain('GatewayIntents.DirectMessagePolls,');
  });
});

describe('inviteSnippet', () => {
  const bot: InviteParams = {
    clientId: APP,
    scopes: ['bot', 'applications.commands'],
    permissions: MANAGE_GUILD | SEND_MESSAGES,
  };

  it('uses discord.utils.oauth_url with discord.Permissions', () => {
    const code = inviteSnippet('discord-py', {...bot, guildId: '987654321098765432', disableGuildSelect: true});
    expect(code).toContain('url = discord.utils.oauth_url(\n    1234567890123456789,');
    expect(code).toContain(
      '    permissions=discord.Permissions(\n        manage_guild=True,\n        send_messages=True,\n    ),',
    );
    expect(code).toContain("    scopes=('bot', 'applications.commands'),");
    expect(code).toContain('    guild=discord.Object(id=987654321098765432),');
    expect(code).toContain('    disable_guild_select=True,');
    expect(code).not.toContain('urlencode');
  });

  it('adds what oauth_url cannot express to the query', () => {
    const code = inviteSnippet('discord-py', {
      clientId: APP,
      scopes: ['applications.commands'],
      integrationType: 1,
      prompt: 'consent',
    });
    expect(code).toContain('from urllib.parse import urlencode');
    expect(code).toContain("url += '&' + urlencode({'integration_type': '1', 'prompt': 'consent'})");
    expect(code).toContain("    scopes=('applications.commands',),");
    const lone = inviteSnippet('discord-py', {clientId: APP, scopes: ['identify'], responseType: 'code'});
    expect(lone).toContain("'response_type': 'code'");
    const withRedirect = inviteSnippet('discord-py', {
      clientId: APP,
      scopes: ['bot'],
      redirectUri: 'https://a.example/',
    });
    expect(withRedirect).toContain('oauth_url also adds response_type=code');
  });

  it('uses nextcord.utils.oauth_url with its integration_type', () => {
    const code = inviteSnippet('nextcord', {
      clientId: APP,
      scopes: ['applications.commands'],
      integrationType: 1,
      state: 's',
    });
    expect(code).toContain('url = nextcord.utils.oauth_url(');
    expect(code).toContain('    integration_type=nextcord.IntegrationType.user_install,');
    expect(code).toContain("urlencode({'state': 's'})");
    expect(inviteSnippet('nextcord', {...bot, integrationType: 0})).toContain('IntegrationType.guild_install');
    expect(inviteSnippet('nextcord', {...bot, permissions: PIN_MESSAGES})).toContain(`        ${PIN_MESSAGES},`);
  });

  it('spells out a scope-less link for nextcord, whose helper always adds a scope', () => {
    const code = inviteSnippet('nextcord', {clientId: APP, scopes: []});
    expect(code).toContain(`url = 'https://discord.com/oauth2/authorize?client_id=${APP}'`);
    expect(inviteSnippet('discord-py', {clientId: APP, scopes: []})).toContain('    scopes=None,');
  });

  it('uses generateInvite on the ready client, with OAuth2Scopes, as self-contained CommonJS for discord.js', () => {
    const code = inviteSnippet('discord-js', {...bot, guildId: '987654321098765432', disableGuildSelect: true});
    expect(code).toContain(
      "const {Client, Events, GatewayIntentBits, OAuth2Scopes, PermissionFlagsBits} = require('discord.js');",
    );
    expect(code).toContain('const client = new Client({intents: [GatewayIntentBits.Guilds]});');
    expect(code).toContain(
      'client.once(Events.ClientReady, (readyClient) => {\n  const url = readyClient.generateInvite({',
    );
    expect(code).toContain('    scopes: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands],');
    expect(code).toContain(
      '    permissions: [\n      PermissionFlagsBits.ManageGuild,\n      PermissionFlagsBits.SendMessages,\n    ],',
    );
    expect(code).toContain("    guild: '987654321098765432',");
    expect(code).toContain('    disableGuildSelect: true,');
    expect(code).toContain('client.login(process.env.DISCORD_TOKEN);');
    expect(code).not.toMatch(/^import /m);
    const plain = inviteSnippet('discord-js', {clientId: APP, scopes: ['bot']});
    expect(plain).toContain("const {Client, Events, GatewayIntentBits, OAuth2Scopes} = require('discord.js');");
  });

  it('extends generateInvite with URL parameters it has no option for', () => {
    const code = inviteSnippet('discord-js', {clientId: APP, scopes: ['applications.commands'], integrationType: 0});
    expect(code).toContain('  const url = new URL(\n    readyClient.generateInvite({');
    expect(code).toContain("  url.searchParams.set('integration_type', '0');");
  });

  it('builds the URL by hand where generateInvite cannot', () => {
    const code = inviteSnippet('discord-js', {
      clientId: APP,
      scopes: ['identify'],
      permissions: 0n,
      guildId: '987654321098765432',
      disableGuildSelect: true,
      responseType: 'code',
      redirectUri: 'https://a.example/cb',
    });
    expect(code).toContain('new URL(OAuth2Routes.authorizationURL)');
    expect(code).toContain("url.searchParams.set('scope', 'identify');");
    expect(code).toContain("url.searchParams.set('permissions', '0');");
    expect(code).toContain("url.searchParams.set('guild_id', '987654321098765432');");
    expect(code).toContain("url.searchParams.set('disable_guild_select', 'true');");
    expect(code).toContain("url.searchParams.set('response_type', 'code');");
    expect(code).toContain("url.searchParams.set('redirect_uri', 'https://a.example/cb');");
  });

  it('puts the link together by hand for Discord.Net, with the permission integer', () => {
    const code = inviteSnippet('discord-net', {
      ...bot,
      guildId: '987654321098765432',
      disableGuildSelect: true,
      integrationType: 0,
      prompt: 'none',
    });
    expect(code).toContain('var permissions = GuildPermission.ManageGuild\n    | GuildPermission.SendMessages;');
    expect(code).toContain('+ "&permissions=" + ((ulong)permissions).ToString()');
    expect(code).toContain('+ "&scope=" + Uri.EscapeDataString("bot applications.commands")');
    expect(code).toContain('+ "&disable_guild_select=true"');
    expect(code).toContain('+ "&prompt=" + Uri.EscapeDataString("none");\nConsole.WriteLine(url);');
  });

  it('warns above code for a link Discord would refuse, and never prints an invalid ID as code', () => {
    for (const lib of LIBS) {
      const code = inviteSnippet(lib, {clientId: 'not an id', scopes: ['bot']});
      expect(code).toContain('Discord will refuse this link as it stands (bad-client-id)');
      // discord.js generateInvite reads the ID from the logged-in client, so it needs no placeholder.
      if (lib !== 'discord-js') expect(code).toContain('YOUR_APPLICATION_ID');
      expect(code).not.toContain('not an id');
    }
  });

  it.each(LIBS)('%s: escapes hostile state and redirect values', (lib) => {
    const code = inviteSnippet(lib, {
      clientId: APP,
      scopes: ['identify'],
      responseType: 'code',
      redirectUri: 'https://a.example/?q=");DROP',
      state: 'x\'"\\\n\u2028😀',
    });
    expect(code).not.toContain('\u2028');
    expect(code).not.toContain('😀');
    expect(code.split('\n').every((line) => !/^\s*(DROP|\))/.test(line) || line.trim() === ')')).toBe(true);
  });

  it('produces the same link as buildInviteUrl for Discord.Net (by reading the string back)', () => {
    // The C# concatenation, evaluated by hand: it must name the same parameters buildInviteUrl writes.
    const params: InviteParams = {clientId: APP, scopes: ['bot'], permissions: 8n, guildId: '987654321098765432'};
    const built = buildInviteUrl(params);
    const parsed = built.ok ? parseInviteUrl(built.value) : undefined;
    const code = inviteSnippet('discord-net', params);
    for (const name of Object.keys(parsed?.ok ? parsed.value.raw.values : {})) expect(code).toContain(`${name}=`);
  });
});

describe('stringLiteral', () => {
  it('escapes quotes, backslashes, line breaks and non-ASCII per language', () => {
    expect(stringLiteral('python', "a'b\\c\n")).toBe("'a\\'b\\\\c\\n'");
    expect(stringLiteral('js', 'tab\there\r')).toBe("'tab\\there\\r'");
    expect(stringLiteral('csharp', 'say "hi"')).toBe('"say \\"hi\\""');
    expect(stringLiteral('csharp', '\u2028')).toBe('"\\u2028"');
    expect(stringLiteral('python', 'ไทย')).toBe("'\\u0e44\\u0e17\\u0e22'");
    expect(stringLiteral('python', '😀')).toBe("'\\U0001f600'");
    expect(stringLiteral('js', '😀')).toBe("'\\ud83d\\ude00'");
    expect(stringLiteral('csharp', '\u0000')).toBe('"\\u0000"');
  });

  it('reads back to the same string in JavaScript', () => {
    const samples = ["a'b", 'x"y', 'back\\slash', 'ไทย 😀', '\u2028\u2029', 'tab\tnl\ncr\r', ''];
    for (const value of samples) {
      expect(new Function(`return ${stringLiteral('js', value)};`)()).toBe(value);
    }
  });
});

describe('exhaustiveness', () => {
  it('has a name or null for every key (compile-time Records, checked at run time too)', () => {
    const keys: PermissionKey[] = PERMISSIONS.map((p) => p.key);
    const intentKeys: IntentKey[] = INTENTS.map((i) => i.key);
    for (const lib of LIBS) {
      for (const key of keys) expect(PERMISSION_NAMES[lib][key]).not.toBeUndefined();
      for (const key of intentKeys) expect(INTENT_NAMES[lib][key]).not.toBeUndefined();
    }
  });
});

describe("comments in the reader's language", () => {
  const invalid: InviteParams = {clientId: 'not an id', scopes: ['bot'], permissions: PIN_MESSAGES};

  it.each(LIBS)('%s: English unless asked, and the same code in Thai', (lib) => {
    expect(permissionSnippet(lib, PIN_MESSAGES)).toBe(permissionSnippet(lib, PIN_MESSAGES, 'en'));
    expect(intentsSnippet(lib, 1n << 15n)).toBe(intentsSnippet(lib, 1n << 15n, 'en'));
    expect(inviteSnippet(lib, invalid)).toBe(inviteSnippet(lib, invalid, 'en'));
    // snippet-check.test.ts compares every line over all its inputs; this is the short version.
    const code = (text: string): string => text.replace(/ {2}(#|\/\/) .*$|^\s*(#|\/\/) .*$/gm, '');
    for (const write of [
      (locale: Locale) => permissionSnippet(lib, PIN_MESSAGES | (1n << 47n), locale),
      (locale: Locale) => intentsSnippet(lib, (1n << 15n) | (1n << 17n) | (1n << 24n), locale),
      (locale: Locale) => inviteSnippet(lib, invalid, locale),
    ]) {
      expect(code(write('th'))).toBe(code(write('en')));
      expect(write('th')).toMatch(/[\u0e00-\u0e7f]/);
      expect(write('en')).not.toMatch(/[\u0e00-\u0e7f]/);
    }
  });

  it('writes the Thai with the names, bits and numbers of the code', () => {
    const nextcord = permissionSnippet('nextcord', MANAGE_GUILD | PIN_MESSAGES, 'th');
    expect(nextcord).toContain('# PIN_MESSAGES (1 << 51) ไม่มีชื่อใน nextcord 3.2.0 จึงใส่เป็นตัวเลขแทน');
    expect(nextcord).toContain(`# ตัวเลขสิทธิ์สำหรับลิงก์เชิญ: ${MANAGE_GUILD | PIN_MESSAGES}`);
    expect(nextcord).not.toMatch(/has no name|invite link/);
    expect(permissionSnippet('discord-js', 1n << 47n, 'th')).toContain('// บิต 1 << 47 ไม่ใช่สิทธิ์ที่คู่มือนี้รู้จัก จึงคงไว้เป็นตัวเลข');
    expect(permissionSnippet('discord-net', -5n, 'th')).toContain('// ตัวเลขสิทธิ์สำหรับลิงก์เชิญ: 0');
  });

  it("keeps the Developer Portal's English label in the Thai privileged-intent note", () => {
    expect(intentsSnippet('discord-py', (1n << 0n) | (1n << 15n), 'th')).toContain(
      '    message_content=True,  # Privileged Intent (อินเทนต์พิเศษ): ต้องเปิด "Message Content Intent" ใน Developer Portal',
    );
    expect(intentsSnippet('discord-net', 1n << 1n, 'th')).toContain(
      '        GatewayIntents.GuildMembers,  // Privileged Intent (อินเทนต์พิเศษ): ต้องเปิด "Server Members Intent" ใน Developer Portal',
    );
    const nextcord = intentsSnippet('nextcord', (1n << 24n) | (1n << 17n), 'th');
    expect(nextcord).toContain('# GUILD_MESSAGE_POLLS (1 << 24) ไม่มีชื่อใน nextcord 3.2.0 จึงตั้งค่าด้วยตัวเลขแทน');
    expect(nextcord).toContain(
      `# บิต 1 << 17 ไม่ใช่อินเทนต์ของ Gateway ถ้าส่งไป Discord จะตัดการเชื่อมต่อ (${INVALID_INTENTS_CLOSE.code})`,
    );
  });

  it('explains invite code in Thai, with the problem codes as they are', () => {
    for (const lib of LIBS) {
      const code = inviteSnippet(lib, invalid, 'th');
      expect(code).toContain('ลิงก์นี้ยังใช้ไม่ได้ Discord จะปฏิเสธ (bad-client-id) ให้แก้ในตัวสร้างลิงก์ก่อน');
      expect(code).not.toContain('Discord will refuse');
    }
    expect(inviteSnippet('discord-net', {clientId: APP, scopes: ['bot']}, 'th')).toContain(
      '// Discord.Net ไม่มีฟังก์ชันสร้างลิงก์เชิญ จึงประกอบลิงก์เองตรงนี้',
    );
    expect(inviteSnippet('nextcord', {clientId: APP, scopes: []}, 'th')).toContain(
      '# nextcord.utils.oauth_url ใส่สโคปให้ทุกครั้ง แต่ลิงก์นี้ใช้การตั้งค่าการติดตั้งเริ่มต้นของแอป\n# จึงเขียนลิงก์เต็มไว้แทน\n',
    );
    expect(
      inviteSnippet('discord-js', {clientId: APP, scopes: ['applications.commands'], integrationType: 0}, 'th'),
    ).toContain('  // generateInvite ไม่มีตัวเลือกสำหรับ integration_type\n');
  });
});
