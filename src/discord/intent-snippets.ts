/** An intent set as code in each library, with each library's own names (sources: snippet-common.ts). */
import {decodeIntents, INTENTS, INVALID_INTENTS_CLOSE, type IntentInfo, type IntentKey} from './intents';
import {DEFAULT_LOCALE, type Locale} from './locale';
import {
  bitLabel,
  comment,
  commentText,
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

/** The comments of an intents snippet, in each language. {toggle} is the Developer Portal's English label. */
const COMMENTS = {
  noName: {
    en: [englishOnly('{flag} ({bit}) has no name in {library}: set as a raw bit.')],
    th: [thaiOnly('{flag} ({bit}) ไม่มีชื่อใน {library} จึงตั้งค่าด้วยตัวเลขแทน')],
  },
  notAnIntent: {
    en: [englishOnly('{bit} is not a gateway intent; Discord would close the connection ({code}), so it is left out.')],
    th: [thaiOnly('บิต {bit} ไม่ใช่อินเทนต์ของ Gateway ถ้าส่งไป Discord จะตัดการเชื่อมต่อ ({code}) จึงไม่ใส่ไว้')],
  },
  privileged: {
    en: [englishOnly('privileged: switch on "{toggle}" in the Developer Portal')],
    th: [thaiOnly('Privileged Intent (อินเทนต์พิเศษ): ต้องเปิด "{toggle}" ใน Developer Portal')],
  },
} satisfies Readonly<Record<string, CommentText>>;

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

export function intentName(lib: Library, key: IntentKey): string | null {
  return INTENT_NAMES[lib][key];
}

interface IntentParts {
  readonly flags: readonly {readonly info: IntentInfo; readonly name: string | null}[];
  readonly notes: readonly string[];
}

function intentParts(lib: Library, value: bigint, locale: Locale): IntentParts {
  const {known, unknownBits} = decodeIntents(value);
  const {label, version} = libraryInfo(lib);
  const library = `${label} ${version}`;
  const notes: string[] = [];
  const flags = known.map((info) => {
    const name = INTENT_NAMES[lib][info.key];
    if (name === null)
      notes.push(...commentText(COMMENTS.noName, locale, {flag: info.apiName, bit: bitLabel(info.bit), library}));
    return {info, name};
  });
  // Unlike a permission, an unknown intent bit makes Discord close the connection, so it is left out, not kept.
  for (const bit of unknownBits)
    notes.push(
      ...commentText(COMMENTS.notAnIntent, locale, {bit: bitLabel(bit), code: String(INVALID_INTENTS_CLOSE.code)}),
    );
  return {flags, notes};
}

/** The Portal switch a privileged intent needs, by its English label (the Portal has no Thai), or ''. */
function privilegedNote(info: IntentInfo, locale: Locale): string {
  return info.portalToggle ? commentText(COMMENTS.privileged, locale, {toggle: info.portalToggle.en}).join(' ') : '';
}

interface IntentCode {
  readonly named: readonly {readonly info: IntentInfo; readonly name: string | null}[];
  /** Bits with no library name, OR-ed together. */
  readonly raw: bigint;
  readonly notes: readonly string[];
  readonly locale: Locale;
}

/** The privileged-intent comment at the end of a flag's line, or nothing. */
function trailing(info: IntentInfo, mark: string, locale: Locale): string {
  const note = privilegedNote(info, locale);
  return note ? `  ${mark} ${note}` : '';
}

function pythonIntents(module: 'discord' | 'nextcord', {named, raw, notes, locale}: IntentCode): string {
  const lines = [`import ${module}`, '', ...comment('python', notes)];
  if (named.length === 0) lines.push(`intents = ${module}.Intents.none()`);
  else {
    lines.push(`intents = ${module}.Intents(`);
    for (const {info, name} of named) lines.push(`    ${name ?? ''}=True,${trailing(info, '#', locale)}`);
    lines.push(')');
  }
  // nextcord's Intents() takes no value argument, so a raw bit is OR-ed in afterwards (discord.py the same way,
  // for symmetry; it never needs it today).
  if (raw !== 0n) lines.push(`intents.value |= ${raw.toString()}`);
  lines.push(`client = ${module}.Client(intents=intents)`, '');
  return lines.join('\n');
}

function discordJsIntents({named, raw, notes, locale}: IntentCode): string {
  // CommonJS, like the tutorial's `npm init -y` project, where `import` is a SyntaxError.
  const names = named.length > 0 ? 'Client, GatewayIntentBits' : 'Client';
  const lines = [`const {${names}} = require('discord.js');`, '', ...comment('js', notes)];
  lines.push('const client = new Client({');
  if (named.length === 0 && raw === 0n) lines.push('  intents: [],');
  else {
    lines.push('  intents: [');
    for (const {info, name} of named) lines.push(`    GatewayIntentBits.${name ?? ''},${trailing(info, '//', locale)}`);
    if (raw !== 0n) lines.push(`    ${raw.toString()},`);
    lines.push('  ],');
  }
  lines.push('});', '');
  return lines.join('\n');
}

function discordNetIntents({named, raw, notes, locale}: IntentCode): string {
  const lines = ['using Discord;', 'using Discord.WebSocket;', '', ...comment('csharp', notes)];
  lines.push('var config = new DiscordSocketConfig', '{');
  const all: {text: string; info?: IntentInfo}[] = named.map(({info, name}) => ({
    text: `GatewayIntents.${name ?? ''}`,
    info,
  }));
  if (raw !== 0n) all.push({text: `(GatewayIntents)${raw.toString()}`});
  if (all.length === 0) lines.push('    GatewayIntents = GatewayIntents.None,');
  else {
    lines.push('    GatewayIntents =');
    all.forEach((term, index) => {
      const op = index === 0 ? '        ' : '        | ';
      const end = index === all.length - 1 ? ',' : '';
      lines.push(`${op}${term.text}${end}${term.info ? trailing(term.info, '//', locale) : ''}`);
    });
  }
  lines.push('};', 'var client = new DiscordSocketClient(config);', '');
  return lines.join('\n');
}

/**
 * Code that connects with exactly this intent set, using the library's names. `locale` picks the language of the
 * comments; the code is the same in every language.
 */
export function intentsSnippet(lib: Library, value: bigint, locale: Locale = DEFAULT_LOCALE): string {
  const {flags, notes} = intentParts(lib, value, locale);
  const code: IntentCode = {
    named: flags.filter((flag) => flag.name !== null),
    raw: flags.filter((flag) => flag.name === null).reduce((all, flag) => all | flag.info.value, 0n),
    notes,
    locale,
  };
  switch (lib) {
    case 'discord-py':
      return pythonIntents('discord', code);
    case 'nextcord':
      return pythonIntents('nextcord', code);
    case 'discord-js':
      return discordJsIntents(code);
    case 'discord-net':
      return discordNetIntents(code);
  }
}
