/**
 * Code that prints a bot's "permission context" for one channel as JSON, for the permission debugger (issue #15): the
 * reader adds it to their bot, runs it where the bot gets 50013 Missing Permissions / 50001 Missing Access, and pastes
 * the output. The JSON is a subset of Discord's own objects, with the API's names and number types:
 *
 *   {"guild": {"id", "owner_id"},
 *    "roles": [{"id", "name", "permissions", "position"}],            every role, @everyone (id = guild id) included
 *    "member": {"user": {"id"}, "roles": [...], "communication_disabled_until"},   the bot itself, roles without @everyone
 *    "channel": {"id", "name", "type", "permission_overwrites": [{"id", "type", "allow", "deny"}]}}
 *
 * Ids and permission integers are decimal strings (as the API sends them; 53-bit JSON numbers can't hold them), `type`
 * and `position` numbers, `communication_disabled_until` an ISO 8601 string or null. The snippets print to the console,
 * so no server data is posted in a channel, and read no token and no message. For a thread they print its parent
 * channel, whose overwrites Discord applies to the thread.
 *
 * Every name below was read in the library's source at the version LIBRARIES claims (snippet-common.ts), 2026-12-01:
 * - discord.py v2.7.1 (tag dfd1144b): discord/guild.py `Guild.me`, `.roles` (all roles, @everyone included),
 *   `.owner_id`; discord/role.py `Role.position` (the API's position), `.permissions` (`Permissions(self._permissions)`,
 *   `.value` the raw int, discord/permissions.py), `.is_default()` (id == guild id); discord/member.py `Member.roles`
 *   (appends @everyone, so it is filtered out), `.timed_out_until` (aware datetime or None, parsed from
 *   communication_disabled_until); discord/enums.py `ChannelType` (custom Enum, `.value` the API number, `try_enum`
 *   keeps unknown numbers); discord/threads.py `Thread.parent`; discord/interactions.py `Interaction.channel`.
 *   Overwrites: discord/abc.py `GuildChannel.overwrites` rebuilds each one with `PermissionOverwrite.from_pair`, which
 *   iterates the named flags only, so a bit the library has no name for is dropped (and `pair()` returns those rebuilt
 *   values). The snippet reads `GuildChannel._overwrites` instead: a list of `_Overwrites` (`id`, `allow`, `deny` ints,
 *   `type` the API's 0/1) filled from the payload in `_fill_overwrites`. It is private, so the snippet says why.
 * - nextcord v3.2.0 (tag c9aafecb): the same names (nextcord/guild.py, role.py, abc.py `_Overwrites`, threads.py,
 *   interactions.py), except the timeout, `Member.communication_disabled_until` (nextcord/member.py; there is no
 *   `timed_out_until`), and `ChannelType` is an IntEnum (nextcord/enums.py). nextcord has no flag for permission bits
 *   41, 42, 45 and 48-52 (snippet-common.ts), so its public `overwrites` would lose Pin Messages, Send Polls and more:
 *   the reason both Python snippets read `_overwrites`.
 * - discord.js 14.28.1 (npm tarball, sha1 1b165c88; names also in the mirror's tag 14.27.0, 6232a211):
 *   src/structures/BaseRole.js `rawPosition = data.position` (the API's position; Role.js's `position` getter recounts
 *   among cached roles, so it is not used), `name`; Role.js `permissions` (PermissionsBitField, util/BitField.js
 *   `bitfield` a bigint); managers/RoleManager.js `cache`; managers/GuildMemberManager.js `me` (null when not cached
 *   without the GuildMember partial), `fetchMe()`; managers/GuildMemberRoleManager.js `cache` (adds @everyone);
 *   structures/GuildMember.js `communicationDisabledUntil` (Date or null); structures/Guild.js `ownerId`, `roles`,
 *   `members`; structures/BaseChannel.js `type` (the API number), `isThread()`; ThreadChannel.js `parent`;
 *   GuildChannel.js `name`, `permissionOverwrites` (managers/PermissionOverwriteManager.js `cache`);
 *   PermissionOverwrites.js `id`, `type` (OverwriteType 0/1), `allow`/`deny` (PermissionsBitField);
 *   BaseInteraction.js `channel`. Collections are Maps, so the snippet uses only Map methods.
 * - Discord.Net 3.16.0 (tag 3.16.0, 7f18f7f5): src/Discord.Net.WebSocket/Entities/Guilds/SocketGuild.cs `Roles`,
 *   `OwnerId`, `CurrentUser`; Roles/SocketRole.cs `Name`, `Permissions` (GuildPermissions, Core `RawValue` ulong, kept
 *   unmasked), `Position`, `IsEveryone`; Users/SocketGuildUser.cs `Roles` (UpdateRoles adds the guild id, so
 *   @everyone is filtered out), `TimedOutUntil` (DateTimeOffset?); Channels/SocketGuildChannel.cs `Guild`, `Name`,
 *   `PermissionOverwrites` (Core Overwrite.cs `TargetId`, `TargetType` = PermissionTarget Role 0 / User 1,
 *   `Permissions`; OverwritePermissions.cs `AllowValue`/`DenyValue`, raw from the payload via Rest
 *   EntityExtensions.ToEntity); Channels/SocketThreadChannel.cs `ParentChannel` (its own `PermissionOverwrites` throws
 *   NotSupportedException); Core Extensions/ChannelExtensions.cs `GetChannelType(this IChannel)` (by interface; null
 *   for a type without a class); Interaction/SocketInteraction.cs `Channel`. JSON via System.Text.Json (in .NET 6+, no
 *   package). tests/fixtures/discord-net-3.16.0-names.ts holds these members, and the test checks the snippet to them.
 */
import {DEFAULT_LOCALE, type Locale} from './locale';
import {comment, libraryInfo, type Library} from './snippet-common';

/** The keys the printed JSON has, at any depth: the debugger reads these and no others. */
export const CONTEXT_KEYS: readonly string[] = Object.freeze([
  'guild',
  'id',
  'owner_id',
  'roles',
  'name',
  'permissions',
  'position',
  'member',
  'user',
  'communication_disabled_until',
  'channel',
  'type',
  'permission_overwrites',
  'allow',
  'deny',
]);

// Comments only Thai pages show. Defined here, not imported, so that in another locale's build (process.env.SITE_LOCALE,
// set by the site-locale plugin) the minifier folds every call to [] and drops the Thai.
const thaiOnly = (lines: readonly string[]): readonly string[] =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'th' ? lines : [];

type CommentId = 'intro' | 'call' | 'thread' | 'roles' | 'member' | 'pyOverwrites' | 'jsMe' | 'jsPosition' | 'netType';

// Comment text per language; the code around it is the same in every language.
const COMMENTS: Readonly<Record<CommentId, Readonly<Record<Locale, readonly string[]>>>> = {
  intro: {
    en: [
      'Add this to your bot. When it gets 50013 Missing Permissions or 50001 Missing Access in a channel,',
      'this prints what Discord checks there as JSON, for the permission debugger. It prints ids, names and',
      'permission numbers only, to the console: nothing secret, no message text, nothing posted in Discord.',
    ],
    th: thaiOnly([
      'เพิ่มโค้ดนี้ลงในบอทของคุณ เมื่อบอทเจอ 50013 Missing Permissions หรือ 50001 Missing Access ในช่องใด',
      'โค้ดนี้จะพิมพ์ข้อมูลที่ Discord ใช้ตรวจสิทธิ์ในช่องนั้นออกมาเป็น JSON สำหรับเครื่องมือตรวจสิทธิ์',
      'โดยพิมพ์เฉพาะ ID ชื่อ และตัวเลขสิทธิ์ลงในเทอร์มินัล (คอนโซล) ไม่มีข้อมูลลับ ไม่มีข้อความแชต และไม่โพสต์อะไรใน Discord',
    ]),
  },
  call: {
    en: ['Call it with the channel where the error happens, for example in a slash command:'],
    th: thaiOnly(['เรียกใช้กับช่องที่เกิดข้อผิดพลาด เช่น ในคำสั่งสแลช:']),
  },
  thread: {
    en: ["A thread has no permission overwrites of its own: Discord uses its parent channel's, so print that."],
    th: thaiOnly(['เธรดไม่มีสิทธิ์รายช่อง (permission overwrites) เป็นของตัวเอง Discord ใช้ของช่องแม่ จึงพิมพ์ช่องแม่แทน']),
  },
  roles: {
    en: ["Every role in the server, @everyone included (its id is the server's id)."],
    th: thaiOnly(['บทบาททั้งหมดในเซิร์ฟเวอร์ รวม @everyone (ซึ่งมี ID เดียวกับเซิร์ฟเวอร์)']),
  },
  member: {
    en: ["The bot's own roles, without @everyone, as the API lists them."],
    th: thaiOnly(['บทบาทของบอทเอง ไม่รวม @everyone ตามแบบที่ API ส่งมา']),
  },
  pyOverwrites: {
    en: [
      '_overwrites holds each overwrite as Discord sent it. The public channel.overwrites rebuilds them',
      'from the permission names the library knows and drops any bit it has no name for.',
    ],
    th: thaiOnly([
      '_overwrites เก็บสิทธิ์รายช่องตามที่ Discord ส่งมาครบทุกบิต ส่วน channel.overwrites สร้างขึ้นใหม่',
      'จากชื่อสิทธิ์ที่ไลบรารีรู้จัก และทิ้งบิตที่ไลบรารีไม่มีชื่อให้',
    ]),
  },
  jsMe: {
    en: ["members.me is null only when the bot's member is not cached; then ask Discord for it."],
    th: thaiOnly(['members.me เป็น null เฉพาะเมื่อไม่มีข้อมูลสมาชิกของบอทในแคช กรณีนั้นให้ขอจาก Discord']),
  },
  jsPosition: {
    en: ["rawPosition is Discord's position; discord.js's position is recounted from the cached roles."],
    th: thaiOnly(['rawPosition คือลำดับที่ Discord เก็บไว้ ส่วน position ของ discord.js นับใหม่จากบทบาทที่อยู่ในแคช']),
  },
  netType: {
    en: ["GetChannelType() reads the type from the channel's class (null if Discord.Net 3.16.0 has none for it)."],
    th: thaiOnly(['GetChannelType() หาประเภทช่องจากคลาสของช่อง (ได้ null ถ้า Discord.Net 3.16.0 ไม่มีคลาสของประเภทนั้น)']),
  },
};

/** A line of code, or a comment (in the reader's language) with its indent and optional code after it. */
type Line = string | {readonly c: CommentId; readonly indent?: string; readonly example?: string};

function pythonLines(lib: 'discord-py' | 'nextcord'): Line[] {
  const module = lib === 'discord-py' ? 'discord' : 'nextcord';
  const timeout = lib === 'discord-py' ? 'timed_out_until' : 'communication_disabled_until';
  return [
    {c: 'intro'},
    {c: 'call', example: '    print(permission_context(interaction.channel))'},
    'import json',
    '',
    `import ${module}`,
    '',
    '',
    'def permission_context(channel):',
    {c: 'thread', indent: '    '},
    `    if isinstance(channel, ${module}.Thread):`,
    '        channel = channel.parent',
    '    guild = channel.guild',
    '    me = guild.me',
    `    timeout = me.${timeout}`,
    '    context = {',
    '        "guild": {"id": str(guild.id), "owner_id": str(guild.owner_id)},',
    {c: 'roles', indent: '        '},
    '        "roles": [',
    '            {',
    '                "id": str(role.id),',
    '                "name": role.name,',
    '                "permissions": str(role.permissions.value),',
    '                "position": role.position,',
    '            }',
    '            for role in guild.roles',
    '        ],',
    '        "member": {',
    '            "user": {"id": str(me.id)},',
    {c: 'member', indent: '            '},
    '            "roles": [str(role.id) for role in me.roles if not role.is_default()],',
    '            "communication_disabled_until": timeout.isoformat() if timeout else None,',
    '        },',
    '        "channel": {',
    '            "id": str(channel.id),',
    '            "name": channel.name,',
    '            "type": channel.type.value,',
    {c: 'pyOverwrites', indent: '            '},
    '            "permission_overwrites": [',
    '                {"id": str(o.id), "type": o.type, "allow": str(o.allow), "deny": str(o.deny)}',
    '                for o in channel._overwrites',
    '            ],',
    '        },',
    '    }',
    '    return json.dumps(context, indent=2)',
  ];
}

function discordJsLines(): Line[] {
  return [
    {c: 'intro'},
    {c: 'call', example: '  console.log(await permissionContext(interaction.channel));'},
    'async function permissionContext(channel) {',
    {c: 'thread', indent: '  '},
    '  if (channel.isThread()) channel = channel.parent;',
    '  const guild = channel.guild;',
    {c: 'jsMe', indent: '  '},
    '  const me = guild.members.me ?? (await guild.members.fetchMe());',
    '  const context = {',
    '    guild: {id: guild.id, owner_id: guild.ownerId},',
    {c: 'roles', indent: '    '},
    {c: 'jsPosition', indent: '    '},
    '    roles: Array.from(guild.roles.cache.values(), (role) => ({',
    '      id: role.id,',
    '      name: role.name,',
    '      permissions: String(role.permissions.bitfield),',
    '      position: role.rawPosition,',
    '    })),',
    '    member: {',
    '      user: {id: me.id},',
    {c: 'member', indent: '      '},
    '      roles: Array.from(me.roles.cache.keys()).filter((id) => id !== guild.id),',
    '      communication_disabled_until: me.communicationDisabledUntil?.toISOString() ?? null,',
    '    },',
    '    channel: {',
    '      id: channel.id,',
    '      name: channel.name,',
    '      type: channel.type,',
    '      permission_overwrites: Array.from(channel.permissionOverwrites.cache.values(), (overwrite) => ({',
    '        id: overwrite.id,',
    '        type: overwrite.type,',
    '        allow: String(overwrite.allow.bitfield),',
    '        deny: String(overwrite.deny.bitfield),',
    '      })),',
    '    },',
    '  };',
    '  return JSON.stringify(context, null, 2);',
    '}',
  ];
}

function discordNetLines(): Line[] {
  return [
    'using System.Linq;',
    'using System.Text.Json;',
    'using Discord;',
    'using Discord.WebSocket;',
    '',
    {c: 'intro'},
    {
      c: 'call',
      example:
        '    if (command.Channel is SocketGuildChannel channel) Console.WriteLine(PermissionContext.Json(channel));',
    },
    'public static class PermissionContext',
    '{',
    '    public static string Json(SocketGuildChannel channel)',
    '    {',
    {c: 'thread', indent: '        '},
    '        if (channel is SocketThreadChannel thread) channel = thread.ParentChannel;',
    '        var guild = channel.Guild;',
    '        var me = guild.CurrentUser;',
    '        var context = new',
    '        {',
    '            guild = new { id = guild.Id.ToString(), owner_id = guild.OwnerId.ToString() },',
    {c: 'roles', indent: '            '},
    '            roles = guild.Roles.Select(role => new',
    '            {',
    '                id = role.Id.ToString(),',
    '                name = role.Name,',
    '                permissions = role.Permissions.RawValue.ToString(),',
    '                position = role.Position,',
    '            }),',
    '            member = new',
    '            {',
    '                user = new { id = me.Id.ToString() },',
    {c: 'member', indent: '                '},
    '                roles = me.Roles.Where(role => !role.IsEveryone).Select(role => role.Id.ToString()),',
    '                communication_disabled_until = me.TimedOutUntil?.ToString("o"),',
    '            },',
    '            channel = new',
    '            {',
    '                id = channel.Id.ToString(),',
    '                name = channel.Name,',
    {c: 'netType', indent: '                '},
    '                type = (int?)channel.GetChannelType(),',
    '                permission_overwrites = channel.PermissionOverwrites.Select(overwrite => new',
    '                {',
    '                    id = overwrite.TargetId.ToString(),',
    '                    type = (int)overwrite.TargetType,',
    '                    allow = overwrite.Permissions.AllowValue.ToString(),',
    '                    deny = overwrite.Permissions.DenyValue.ToString(),',
    '                }),',
    '            },',
    '        };',
    '        return JsonSerializer.Serialize(context, new JsonSerializerOptions { WriteIndented = true });',
    '    }',
    '}',
  ];
}

const LINES: Readonly<Record<Library, () => Line[]>> = {
  'discord-py': () => pythonLines('discord-py'),
  nextcord: () => pythonLines('nextcord'),
  'discord-js': discordJsLines,
  'discord-net': discordNetLines,
};

/**
 * Code, for the library's version in LIBRARIES, that prints the bot's permission context for one channel as JSON with
 * exactly CONTEXT_KEYS. `locale` picks the language of the comments; the code is the same in every language.
 */
export function contextSnippet(library: Library, locale: Locale = DEFAULT_LOCALE): string {
  const {language} = libraryInfo(library);
  const out: string[] = [];
  for (const line of LINES[library]()) {
    if (typeof line === 'string') {
      out.push(line);
      continue;
    }
    out.push(...comment(language, COMMENTS[line.c][locale], line.indent));
    if (line.example !== undefined) out.push(...comment(language, [line.example], line.indent));
  }
  return `${out.join('\n')}\n`;
}
