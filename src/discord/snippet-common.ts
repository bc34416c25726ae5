/**
 * Shared by the snippet modules: the four libraries, and the literals and comments their code is made of.
 *
 * Code a reader can paste into their bot: a permission set, an intent set or an invite link, written with each
 * library's own names for each flag. The names differ between libraries and from Discord's, and getting one wrong
 * means code that does not run, so every name below was read from the library's source; a flag a library has no
 * name for is written as a raw integer with a comment saying why, never guessed.
 *
 * Checked 2026-11-25 (discord.js and Discord.Net again 2026-12-01) in each library's source. These versions are the
 * site's one statement of which release each snippet is written for (`LIBRARIES[n].version`):
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
 * - discord.js 14.28.1 (the npm tarball, `npm pack discord.js@14.28.1`, read 2026-12-01; the GitHub mirror we could
 *   read ends at tag 14.27.0): src/index.js re-exports discord-api-types/v10
 *   (`PermissionFlagsBits`, `GatewayIntentBits`, `OAuth2Scopes`, `OAuth2Routes`), so its names are discord-api-types'
 *   names; it depends on discord-api-types ^0.38.50, and ^ resolves to 0.38.57, which has every flag here.
 *   `Events.ClientReady` is 'clientReady'. `Client#generateInvite({scopes, permissions, guild, disableGuildSelect})`
 *   needs a ready client (it throws ClientNotReady before `client.application` exists), requires `bot` or
 *   `applications.commands`, rejects permissions without `bot` and unknown scopes. `BitField.resolve` accepts raw
 *   bigint / number values. The snippets are CommonJS (`require`), because the tutorial's `npm init -y` project is.
 * - Discord.Net 3.16.0 (tag 3.16.0, 7f18f7f5, 2024-09-14; the newest release whose source we could read: the mirror
 *   ends at dev 8b929690, 2024-10-22): src/Discord.Net.Core/Entities/Permissions/GuildPermission.cs (`enum
 *   GuildPermission : ulong`) and src/Discord.Net.Core/GatewayIntents.cs. Its names that differ:
 *   ManageEmojisAndStickers (30), StartEmbeddedActivities (39), ViewMonetizationAnalytics (41),
 *   CreateGuildExpressions (43), GuildBans (intent bit 2), GuildEmojis (intent bit 3), AutoModerationActionExecution
 *   (intent bit 21). Not in 3.16.0: CreateEvents (44) and UseExternalSounds (45), added after it by PR #3006
 *   (6b92cc2b), and PinMessages (51) and BypassSlowmode (52) (PRs #3178, #3228); all four stay raw integers. Core has no
 *   invite-link helper (the only "InviteUrl" is https://discord.gg/ for server invites).
 *   tests/fixtures/discord-net-3.16.0-names.ts lists the tag's names; snippet-check.test.ts holds the snippets to it.
 */

import type {Locale} from './locale';

export type Library = 'discord-py' | 'nextcord' | 'discord-js' | 'discord-net';
export type SnippetLanguage = 'python' | 'js' | 'csharp';

export interface LibraryInfo {
  readonly id: Library;
  readonly label: string;
  readonly language: SnippetLanguage;
  /** The release whose names the snippets use. */
  readonly version: string;
  /** How the library's git tags name a release: the tag of `version` is `tagPrefix + version` ('v2.7.1', '3.16.0'). */
  readonly tagPrefix: 'v' | '';
  /**
   * The newest release on the package registry when checked, where it is newer than `version` because its source
   * could not be read (so the snippets are not written for it).
   */
  readonly newestPublished?: string;
}

export const LIBRARIES: readonly LibraryInfo[] = Object.freeze([
  Object.freeze({id: 'discord-py', label: 'discord.py', language: 'python', version: '2.7.1', tagPrefix: 'v'}),
  Object.freeze({id: 'nextcord', label: 'nextcord', language: 'python', version: '3.2.0', tagPrefix: 'v'}),
  Object.freeze({id: 'discord-js', label: 'discord.js', language: 'js', version: '14.28.1', tagPrefix: ''}),
  // NuGet's Discord.Net.WebSocket was at 3.18.0 on 2026-11-25; 3.17 and 3.18 could not be read (see above).
  Object.freeze({
    id: 'discord-net',
    label: 'Discord.Net',
    language: 'csharp',
    version: '3.16.0',
    tagPrefix: '',
    newestPublished: '3.18.0',
  }),
] as const);

export function isLibrary(value: unknown): value is Library {
  return LIBRARIES.some((lib) => lib.id === value);
}

export function libraryInfo(lib: Library): LibraryInfo {
  const info = LIBRARIES.find((entry) => entry.id === lib);
  // Unreachable for a typed caller; a clear message beats `undefined` leaking into a view.
  if (info === undefined) throw new Error(`Unknown library: ${String(lib)}`);
  return info;
}

// null = the library has no name for this flag. A Record over every key makes a new catalogue row a type error
// here until someone looks the name up.
export type NameTable<K extends string> = Readonly<Record<K, string | null>>;

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

export function bitLabel(bit: number): string {
  return `1 << ${bit}`;
}

/**
 * A comment in every language of the site, one template per line (a language may need more or fewer lines).
 * `{name}` marks what the comment quotes from the code or the library (flag names, bits, numbers, versions): the
 * same in every language, filled in by commentText. The code around a comment is the same in every language.
 */
export type CommentText = Readonly<Record<Locale, readonly string[]>>;

/** The lines of a comment in the reader's language, with every `{name}` replaced by `values[name]`. */
export function commentText(
  text: CommentText,
  locale: Locale,
  values: Readonly<Record<string, string>> = {},
): string[] {
  return text[locale].map((line) => line.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole));
}

export function comment(language: SnippetLanguage, lines: readonly string[], indent = ''): string[] {
  const mark = language === 'python' ? '#' : '//';
  return lines.map((line) => `${indent}${mark} ${line}`);
}

export function joinStatement(head: string, expression: readonly string[], tail: string): string[] {
  const [first, ...rest] = expression;
  const lines = [`${head}${first ?? ''}`, ...rest];
  const last = lines.length - 1;
  lines[last] = `${lines[last] ?? ''}${tail}`;
  return lines;
}
