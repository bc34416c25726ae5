/**
 * The permission catalogue: one row per Discord permission, and the single place the guide states facts about
 * them. The calculator, the reference table, presets, search and code snippets all read these rows.
 *
 * Checked against, 2026-11-25:
 * - discord-api-types 0.38.57 (npm, node_modules/discord-api-types/payloads/common.d.ts): `PermissionFlagsBits`
 *   has 53 keys, 52 distinct values on bits 0–52 with bit 47 unassigned, `ManageEmojisAndStickers` a
 *   `@deprecated` alias of `ManageGuildExpressions`, OR of all = 8866461766385663n. Former key names from the
 *   discordjs/discord-api-types history (snapshot 8f84e9b4, 2026-07-24; payloads/common.ts last changed in
 *   7d3339b8, 2026-06-16): UsePublicThreads/UsePrivateThreads (renamed 68d97aed, 2021-09-21),
 *   StartEmbeddedActivities (renamed 3e3acb52, 2022-02-25), ManageEmojis, UseSlashCommands.
 * - discord/discord-api-docs, developers/topics/permissions.mdx at 258deb49 (2026-04-20), "Bitwise Permission
 *   Flags" table: API names, bits, channel types (T/V/S column), `*` = owner 2FA needed when the server requires
 *   2FA for moderation (MODERATE_MEMBERS carries only `**`, a pointer to "Permissions for Timed Out Members",
 *   and has never carried `*`: it was added without it in b51c34f8, 2021-12-20). Client names the page itself
 *   states: "Manage Permissions" = MANAGE_ROLES, "Use Voice Activity" = USE_VAD, "Timeout Members" =
 *   MODERATE_MEMBERS. Former API names from that file's history (docs/topics/Permissions.md): READ_MESSAGES
 *   (8e6a763b, 2017-11-28), MANAGE_EMOJIS (3442b8f0, 2021-07-19), USE_SLASH_COMMANDS (80d27654, 2021-08-10),
 *   USE_PUBLIC_THREADS/USE_PRIVATE_THREADS (a674ee95, 2021-09-16), START_EMBEDDED_ACTIVITIES (daa8fad1,
 *   2022-02-25), MANAGE_EMOJIS_AND_STICKERS (19091533, 2023-03-31).
 * - discord/discord-api-docs, developers/change-log.mdx at f36e7ca3 (2026-08-05): "Pin Permission Split"
 *   (2025-08-20), "Guild Expressions and Events Permissions now available to developers" (2025-11-20),
 *   "New BYPASS_SLOWMODE Permission & Permission Split" (2025-11-24), "Permission Changes Going into Effect
 *   February 2026" (2025-11-24: old permissions stop granting these on 2026-02-23), "Clarification on
 *   Permission Splits for Expressions and Events" (2023-12-15).
 * - discord/discord-api-docs, developers/resources/message.mdx at 15b85df5 (2026-08-03): replying needs
 *   READ_MESSAGE_HISTORY (used by the presets). Change log "Calculated Permissions in Interaction Payloads" and
 *   "Changes to Bot Permissions for Interactions and Webhooks" (2022-06-29): interaction replies need no send
 *   permission. discord/discord-api-docs issue #2211 (2020-11-05, closed): without EMBED_LINKS a bot's embeds
 *   are hidden.
 * - Role-editor groups, order and English labels: Discord's client is closed source, so they were taken from
 *   the role editor as replicated by a third-party client, Izder456/acheron
 *   src/UI/GuildSettings/GuildRolesPage.cpp at 429434d3, which agrees with the three names the API docs give.
 *   The old UI label "Kick Members" and the discord.js v11 alias MANAGE_ROLES_OR_PERMISSIONS come from public
 *   bot code of the time.
 * - Thai: Discord's own Thai client strings where they exist (brawaru/discord-i18n-monitor locales/client/th.json,
 *   ed63418, 2019-08-23, the newest dump found; see the team's thai-terms reference): ดูช่อง, จัดการ Webhook,
 *   ส่งข้อความ TTS, ใช้อีโมจิภายนอก, ผู้พูดลำดับสูง, ปิดเสียงสมาชิก (Mute) and ปิดการได้ยินสมาชิก (Deafen), the role
 *   editor's การอนุญาต… groups. Permissions added since 2019 have no official Thai: those labels are our own, which is
 *   why the Thai views show the English client label beside every Thai one. `oldNames` also carries the Thai names
 *   readers meet elsewhere (Discord's 2019 wording, our former labels, the community's ยศ for role and ห้อง for
 *   channel), for search only.
 * - Channel Obfuscation (View Channels): discord/discord-api-docs branch anthony/channel-obfuscation @5ab3d373,
 *   developers/resources/channel.mdx; discord-api-types 0.38.57 `ChannelFlags.ChannelObfuscated` = 1 << 17 and
 *   `GatewayCapabilityBits.ChannelObfuscation` = 1 << 15.
 */
import type {PermissionFlagsBits} from 'discord-api-types/v10';

import {
  flagCatalogue,
  flagsFromRows,
  type Flag,
  type FlagAliases,
  type FlagCatalogue,
  type FlagKey,
  type FlagRows,
} from './flag-catalogue';
import {freezeBilingual, type Bilingual} from './locale';

// A sentence only Thai pages show. Defined in each catalogue module, not imported, so that in another locale's build
// (process.env.SITE_LOCALE, set by the site-locale plugin) the minifier folds every call to '' and drops the Thai.
const thaiOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'th' ? text : '';

/**
 * Deprecated discord-api-types names that reuse another flag's value. They are not rows: one bit, one row.
 */
export const PERMISSION_ALIASES = Object.freeze({
  ManageEmojisAndStickers: 'ManageGuildExpressions',
} as const satisfies FlagAliases<typeof PermissionFlagsBits>);

/** A discord-api-types `PermissionFlagsBits` key, minus deprecated aliases. */
export type PermissionKey = FlagKey<typeof PermissionFlagsBits, typeof PERMISSION_ALIASES>;

/** The sections of Discord's role editor, in its order. */
export type PermissionGroup = 'general' | 'membership' | 'text' | 'voice' | 'apps' | 'stage' | 'events' | 'advanced';

/** Channel types a permission can be overwritten on (the docs' T, V, S). Text covers announcement, forum, media. */
export type ChannelKind = 'text' | 'voice' | 'stage';

/** A permission carved out of an older one, so readers with old invite links learn why something stopped working. */
export interface PermissionSplit {
  /** YYYY-MM-DD: when the new permission became usable by bots, per Discord's change log. */
  readonly date: string;
  /** The permission it was carved out of, as the views name it. */
  readonly from: PermissionKey;
  /** Further permissions it was carved out of at the same time, where Discord's change log names several. */
  readonly alsoFrom?: readonly PermissionKey[];
  /** YYYY-MM-DD: when the old permission stopped granting the ability, if Discord announced it. */
  readonly enforced?: string;
  /**
   * Whether a bot that holds the old permission but not this one lost an ability on `enforced`. False where the
   * ability never applied to bots (slowmode): then an integer or invite link without this permission lacks nothing,
   * and permission-splits.ts never offers to add it.
   */
  readonly affectsBots: boolean;
  readonly note: Bilingual;
}

/** A permission's row: key ('ManageGuild'), API docs name ('MANAGE_GUILD'), bit and value come from {@link Flag}. */
export interface PermissionInfo extends Flag<PermissionKey> {
  readonly group: PermissionGroup;
  /** Channel types it applies to per the API docs; empty means server-wide only. */
  readonly channels: readonly ChannelKind[];
  /** Needs the bot owner's account to have 2FA when the server requires 2FA for moderation. */
  readonly twoFactor: boolean;
  /** English: exactly as Discord's role editor shows it. Thai: what a Thai Discord user would recognise. */
  readonly label: Bilingual;
  /** The name in channel settings, where it differs from the role editor. */
  readonly channelLabel?: Bilingual;
  readonly description: Bilingual;
  /**
   * Former API and UI names, and other names readers use (Discord's Thai client, community Thai words), so searching
   * an old tutorial's or another server's wording still finds the row. Search only: never shown as the label.
   */
  readonly oldNames: readonly string[];
  readonly split?: PermissionSplit;
}

export const PERMISSION_GROUPS: readonly {readonly id: PermissionGroup; readonly label: Bilingual}[] = Object.freeze([
  {id: 'general', label: {en: 'General Server Permissions', th: 'การอนุญาตทั่วไปของเซิร์ฟเวอร์'}},
  {id: 'membership', label: {en: 'Membership Permissions', th: 'การอนุญาตด้านสมาชิก'}},
  {id: 'text', label: {en: 'Text Channel Permissions', th: 'การอนุญาตช่องข้อความ'}},
  {id: 'voice', label: {en: 'Voice Channel Permissions', th: 'การอนุญาตช่องเสียง'}},
  {id: 'apps', label: {en: 'Apps Permissions', th: 'การอนุญาตของแอป'}},
  {id: 'stage', label: {en: 'Stage Channel Permissions', th: 'การอนุญาตช่อง Stage'}},
  {id: 'events', label: {en: 'Events Permissions', th: 'การอนุญาตกิจกรรม'}},
  {id: 'advanced', label: {en: 'Advanced Permissions', th: 'การอนุญาตขั้นสูง'}},
] as const);

/** A row as written below: what {@link PermissionInfo} holds minus what is derived, with `oldNames` optional. */
type PermissionRow = Omit<PermissionInfo, 'key' | 'value' | 'oldNames'> & {readonly oldNames?: readonly string[]};

const SERVER: readonly ChannelKind[] = [];
const TEXT: readonly ChannelKind[] = ['text'];
const VOICE: readonly ChannelKind[] = ['voice'];
const STAGE: readonly ChannelKind[] = ['stage'];
const TEXT_VOICE: readonly ChannelKind[] = ['text', 'voice'];
const VOICE_STAGE: readonly ChannelKind[] = ['voice', 'stage'];
const ALL_CHANNELS: readonly ChannelKind[] = ['text', 'voice', 'stage'];

// Object keys, not an array, so that `satisfies FlagRows<PermissionKey, PermissionRow>` makes tsc reject a catalogue
// that misses a flag discord-api-types has, or names one it lacks. Insertion order is the role editor's order.
const ROWS = {
  // General Server Permissions
  ViewChannel: {
    apiName: 'VIEW_CHANNEL',
    bit: 10,
    group: 'general',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'View Channels', th: 'ดูช่อง'},
    description: {
      en: 'See a channel and what is in it. Without it the channel is hidden: a bot gets “___hidden___” (CHANNEL_OBFUSCATED); channel lists omit it.',
      th: thaiOnly(
        'มองเห็นช่องและเนื้อหาในช่อง ถ้าไม่มีสิทธิ์นี้ ช่องจะถูกซ่อน (Channel Obfuscation) บอทจะได้รับช่องนั้นในชื่อ “___hidden___” พร้อมแฟล็ก CHANNEL_OBFUSCATED และรายการช่องจะไม่แสดงช่องนั้น',
      ),
    },
    oldNames: ['READ_MESSAGES', 'Read Messages', 'ดูห้อง', 'เห็นช่อง', 'อ่านช่องข้อความและดูช่องพูดคุย'],
  },
  ManageChannels: {
    apiName: 'MANAGE_CHANNELS',
    bit: 4,
    group: 'general',
    channels: ALL_CHANNELS,
    twoFactor: true,
    label: {en: 'Manage Channels', th: 'จัดการช่อง'},
    description: {
      en: 'Create, edit and delete channels and change their settings.',
      th: thaiOnly('สร้าง แก้ไข และลบช่อง รวมถึงเปลี่ยนการตั้งค่าของช่อง'),
    },
    oldNames: ['จัดการห้อง'],
  },
  ManageRoles: {
    apiName: 'MANAGE_ROLES',
    bit: 28,
    group: 'general',
    channels: ALL_CHANNELS,
    twoFactor: true,
    label: {en: 'Manage Roles', th: 'จัดการบทบาท'},
    channelLabel: {en: 'Manage Permissions', th: 'จัดการสิทธิ์'},
    description: {
      en: 'Create, edit and hand out roles ranked below its own highest role.',
      th: thaiOnly('สร้าง แก้ไข และมอบบทบาทที่อยู่ต่ำกว่าบทบาทสูงสุดของตัวเอง'),
    },
    oldNames: ['MANAGE_ROLES_OR_PERMISSIONS', 'จัดการยศ', 'จัดการสิทธิ'],
  },
  CreateGuildExpressions: {
    apiName: 'CREATE_GUILD_EXPRESSIONS',
    bit: 43,
    group: 'general',
    channels: SERVER,
    twoFactor: false,
    label: {en: 'Create Expressions', th: 'สร้างอีโมจิ สติกเกอร์ และเสียง'},
    description: {
      en: 'Upload new custom emoji, stickers and soundboard sounds, and edit or delete its own.',
      th: thaiOnly('อัปโหลดอีโมจิ สติกเกอร์ และเสียงซาวด์บอร์ดใหม่ แก้ไขหรือลบได้เฉพาะอันที่ตัวเองเพิ่ม'),
    },
    split: {
      date: '2025-11-20',
      from: 'ManageGuildExpressions',
      enforced: '2026-02-23',
      affectsBots: true,
      note: {
        en: 'Members have had it since July 2023; bots got it on 20 November 2025 and need it to create emoji and stickers from 23 February 2026.',
        th: thaiOnly(
          'สมาชิกใช้ได้ตั้งแต่ ก.ค. 2023 ส่วนบอทได้ใช้เมื่อ 20 พ.ย. 2025 และตั้งแต่ 23 ก.พ. 2026 ต้องมีสิทธิ์นี้จึงจะสร้างอีโมจิและสติกเกอร์ได้',
        ),
      },
    },
  },
  ManageGuildExpressions: {
    apiName: 'MANAGE_GUILD_EXPRESSIONS',
    bit: 30,
    group: 'general',
    channels: SERVER,
    twoFactor: true,
    label: {en: 'Manage Expressions', th: 'จัดการอีโมจิ สติกเกอร์ และเสียง'},
    description: {
      en: 'Edit or delete any custom emoji, sticker or soundboard sound, whoever added it.',
      th: thaiOnly('แก้ไขหรือลบอีโมจิ สติกเกอร์ และเสียงซาวด์บอร์ดได้ทุกอัน ไม่ว่าใครจะเป็นคนเพิ่ม'),
    },
    oldNames: [
      'MANAGE_EMOJIS_AND_STICKERS',
      'ManageEmojisAndStickers',
      'MANAGE_EMOJIS',
      'ManageEmojis',
      'Manage Emojis',
      'Manage Emojis and Stickers',
      'จัดการอีโมจิ',
    ],
  },
  ViewAuditLog: {
    apiName: 'VIEW_AUDIT_LOG',
    bit: 7,
    group: 'general',
    channels: SERVER,
    twoFactor: false,
    label: {en: 'View Audit Log', th: 'ดูบันทึกการตรวจสอบ'},
    description: {
      en: "Read the server's record of who changed what, and when.",
      th: thaiOnly('ดูประวัติว่าใครเปลี่ยนอะไรในเซิร์ฟเวอร์และเมื่อไร'),
    },
  },
  ViewGuildInsights: {
    apiName: 'VIEW_GUILD_INSIGHTS',
    bit: 19,
    group: 'general',
    channels: SERVER,
    twoFactor: false,
    label: {en: 'View Server Insights', th: 'ดูข้อมูลเชิงลึกของเซิร์ฟเวอร์'},
    description: {
      en: 'See growth and activity statistics of a Community server.',
      th: thaiOnly('ดูสถิติการเติบโตและความเคลื่อนไหวของเซิร์ฟเวอร์ชุมชน'),
    },
  },
  ViewCreatorMonetizationAnalytics: {
    apiName: 'VIEW_CREATOR_MONETIZATION_ANALYTICS',
    bit: 41,
    group: 'general',
    channels: SERVER,
    twoFactor: true,
    label: {en: 'View Server Subscription Insights', th: 'ดูข้อมูลเชิงลึกการสมัครสมาชิกเซิร์ฟเวอร์'},
    description: {
      en: 'See revenue and subscriber figures of a server that sells role subscriptions.',
      th: thaiOnly('ดูรายได้และจำนวนผู้สมัครของเซิร์ฟเวอร์ที่เปิดขายการสมัครสมาชิกแบบบทบาท'),
    },
  },
  ManageWebhooks: {
    apiName: 'MANAGE_WEBHOOKS',
    bit: 29,
    group: 'general',
    channels: ALL_CHANNELS,
    twoFactor: true,
    label: {en: 'Manage Webhooks', th: 'จัดการ Webhook'},
    description: {
      en: 'Create, edit and delete webhooks, which let other apps post into channels.',
      th: thaiOnly('สร้าง แก้ไข และลบ Webhook ซึ่งเป็นช่องทางให้แอปอื่นโพสต์ข้อความเข้ามาในช่อง'),
    },
    oldNames: ['จัดการเว็บฮุก', 'จัดการเว็บฮุค'],
  },
  ManageGuild: {
    apiName: 'MANAGE_GUILD',
    bit: 5,
    group: 'general',
    channels: SERVER,
    twoFactor: true,
    label: {en: 'Manage Server', th: 'จัดการเซิร์ฟเวอร์'},
    description: {
      en: "Change the server's name, icon and settings, add apps and edit AutoMod rules.",
      th: thaiOnly('เปลี่ยนชื่อ ไอคอน และการตั้งค่าเซิร์ฟเวอร์ เพิ่มแอป และแก้กฎของ AutoMod'),
    },
  },

  // Membership Permissions
  CreateInstantInvite: {
    apiName: 'CREATE_INSTANT_INVITE',
    bit: 0,
    group: 'membership',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Create Invite', th: 'สร้างคำเชิญ'},
    description: {
      en: 'Make new invite links so other people can join.',
      th: thaiOnly('สร้างลิงก์คำเชิญใหม่เพื่อชวนคนอื่นเข้าเซิร์ฟเวอร์'),
    },
    oldNames: ['Create Instant Invite', 'สร้างคำเชิญด่วน'],
  },
  ChangeNickname: {
    apiName: 'CHANGE_NICKNAME',
    bit: 26,
    group: 'membership',
    channels: SERVER,
    twoFactor: false,
    label: {en: 'Change Nickname', th: 'เปลี่ยนชื่อเล่น'},
    description: {
      en: 'Change its own nickname in this server.',
      th: thaiOnly('เปลี่ยนชื่อเล่นของตัวเองในเซิร์ฟเวอร์นี้'),
    },
  },
  ManageNicknames: {
    apiName: 'MANAGE_NICKNAMES',
    bit: 27,
    group: 'membership',
    channels: SERVER,
    twoFactor: false,
    label: {en: 'Manage Nicknames', th: 'จัดการชื่อเล่น'},
    description: {
      en: "Change or reset other members' nicknames.",
      th: thaiOnly('เปลี่ยนหรือล้างชื่อเล่นของสมาชิกคนอื่น'),
    },
  },
  KickMembers: {
    apiName: 'KICK_MEMBERS',
    bit: 1,
    group: 'membership',
    channels: SERVER,
    twoFactor: true,
    label: {en: 'Kick, Approve, and Reject Members', th: 'เตะ อนุมัติ และปฏิเสธสมาชิก'},
    description: {
      en: 'Remove members (they may rejoin with an invite) and decide on join requests.',
      th: thaiOnly('เตะสมาชิกออก (มีคำเชิญก็กลับเข้ามาได้) และอนุมัติหรือปฏิเสธคำขอเข้าร่วม'),
    },
    oldNames: ['Kick Members', 'เตะสมาชิก'],
  },
  BanMembers: {
    apiName: 'BAN_MEMBERS',
    bit: 2,
    group: 'membership',
    channels: SERVER,
    twoFactor: true,
    label: {en: 'Ban Members', th: 'แบนสมาชิก'},
    description: {
      en: 'Ban people so they cannot come back, optionally deleting their recent messages.',
      th: thaiOnly('แบนไม่ให้กลับเข้ามาอีก และเลือกลบข้อความล่าสุดของคนนั้นได้'),
    },
  },
  ModerateMembers: {
    apiName: 'MODERATE_MEMBERS',
    bit: 40,
    group: 'membership',
    channels: SERVER,
    twoFactor: false,
    label: {en: 'Timeout Members', th: 'ระงับสมาชิกชั่วคราว'},
    description: {
      en: 'Put a member in timeout: for a while they cannot chat, react or speak.',
      th: thaiOnly('ระงับสมาชิกไว้ชั่วคราว (Timeout) ระหว่างนั้นสมาชิกจะพิมพ์ กดรีแอคชัน หรือพูดในช่องเสียงไม่ได้'),
    },
    oldNames: ['Moderate Members', 'หมดเวลาสมาชิก', 'พักสมาชิก', 'ไทม์เอาต์สมาชิก'],
  },

  // Text Channel Permissions
  SendMessages: {
    apiName: 'SEND_MESSAGES',
    bit: 11,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Send Messages and Create Posts', th: 'ส่งข้อความและสร้างโพสต์'},
    description: {
      en: 'Post in channels and start forum posts; replying inside threads is a separate permission.',
      th: thaiOnly('ส่งข้อความในช่องและตั้งโพสต์ในฟอรัม ส่วนการตอบในเธรดเป็นอีกสิทธิ์หนึ่ง'),
    },
    oldNames: ['Send Messages', 'ส่งข้อความ'],
  },
  SendMessagesInThreads: {
    apiName: 'SEND_MESSAGES_IN_THREADS',
    bit: 38,
    group: 'text',
    channels: TEXT,
    twoFactor: false,
    label: {en: 'Send Messages in Threads and Posts', th: 'ส่งข้อความในเธรดและโพสต์'},
    description: {
      en: 'Reply inside threads and forum posts.',
      th: thaiOnly('ตอบกลับภายในเธรดและในโพสต์ของฟอรัม'),
    },
    oldNames: ['Send Messages in Threads'],
  },
  CreatePublicThreads: {
    apiName: 'CREATE_PUBLIC_THREADS',
    bit: 35,
    group: 'text',
    channels: TEXT,
    twoFactor: false,
    label: {en: 'Create Public Threads', th: 'สร้างเธรดสาธารณะ'},
    description: {
      en: 'Start threads that anyone who can see the channel can open.',
      th: thaiOnly('เปิดเธรดที่ทุกคนที่เห็นช่องนั้นเข้าไปอ่านได้'),
    },
    oldNames: ['USE_PUBLIC_THREADS', 'UsePublicThreads'],
  },
  CreatePrivateThreads: {
    apiName: 'CREATE_PRIVATE_THREADS',
    bit: 36,
    group: 'text',
    channels: TEXT,
    twoFactor: false,
    label: {en: 'Create Private Threads', th: 'สร้างเธรดส่วนตัว'},
    description: {
      en: 'Start threads that only invited people can see.',
      th: thaiOnly('เปิดเธรดที่เห็นได้เฉพาะคนที่ถูกชวนเข้าไป'),
    },
    oldNames: ['USE_PRIVATE_THREADS', 'UsePrivateThreads'],
  },
  EmbedLinks: {
    apiName: 'EMBED_LINKS',
    bit: 14,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Embed Links', th: 'ฝังลิงก์'},
    description: {
      en: "Links it posts get a preview, and a bot's embeds only show with it.",
      th: thaiOnly('ลิงก์ที่โพสต์จะแสดงตัวอย่าง และ embed ของบอทจะแสดงก็ต่อเมื่อมีสิทธิ์นี้'),
    },
  },
  AttachFiles: {
    apiName: 'ATTACH_FILES',
    bit: 15,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Attach Files', th: 'แนบไฟล์'},
    description: {
      en: 'Upload images and other files.',
      th: thaiOnly('อัปโหลดรูปภาพและไฟล์อื่น ๆ'),
    },
  },
  AddReactions: {
    apiName: 'ADD_REACTIONS',
    bit: 6,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Add Reactions', th: 'เพิ่มรีแอคชัน'},
    description: {
      en: 'Add a new emoji reaction; joining a reaction that is already there does not need it.',
      th: thaiOnly('เพิ่มอีโมจิรีแอคชันใหม่ ส่วนการกดรีแอคชันที่มีคนกดไว้แล้วไม่ต้องใช้สิทธิ์นี้'),
    },
    oldNames: ['เพิ่มรีแอคชั่น', 'เพิ่มปฏิกิริยา'],
  },
  UseExternalEmojis: {
    apiName: 'USE_EXTERNAL_EMOJIS',
    bit: 18,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Use External Emoji', th: 'ใช้อีโมจิภายนอก'},
    description: {
      en: 'Use custom emoji that belong to other servers.',
      th: thaiOnly('ใช้อีโมจิแบบกำหนดเองที่เป็นของเซิร์ฟเวอร์อื่น'),
    },
    oldNames: ['Use External Emojis', 'ใช้อีโมจิจากเซิร์ฟเวอร์อื่น'],
  },
  UseExternalStickers: {
    apiName: 'USE_EXTERNAL_STICKERS',
    bit: 37,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Use External Stickers', th: 'ใช้สติกเกอร์ภายนอก'},
    description: {
      en: 'Use stickers that belong to other servers.',
      th: thaiOnly('ใช้สติกเกอร์ที่เป็นของเซิร์ฟเวอร์อื่น'),
    },
    oldNames: ['ใช้สติกเกอร์จากเซิร์ฟเวอร์อื่น'],
  },
  MentionEveryone: {
    apiName: 'MENTION_EVERYONE',
    bit: 17,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Mention @everyone, @here, and All Roles', th: 'กล่าวถึง @everyone, @here และทุกบทบาท'},
    description: {
      en: 'Ping everyone, everyone online, or any role, even one set to not be mentionable.',
      th: thaiOnly('แท็กทุกคน คนที่ออนไลน์ หรือบทบาทใดก็ได้ แม้บทบาทนั้นจะปิดการแท็กไว้'),
    },
    oldNames: ['Mention Everyone', 'กล่าวถึงทุกคน', 'แท็ก @everyone, @here และทุกบทบาท', 'แท็กทุกยศ'],
  },
  ManageMessages: {
    apiName: 'MANAGE_MESSAGES',
    bit: 13,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: true,
    label: {en: 'Manage Messages', th: 'จัดการข้อความ'},
    description: {
      en: "Delete other people's messages and strip embeds from them.",
      th: thaiOnly('ลบข้อความของคนอื่น และเอา embed ออกจากข้อความได้'),
    },
  },
  PinMessages: {
    apiName: 'PIN_MESSAGES',
    bit: 51,
    group: 'text',
    channels: TEXT,
    twoFactor: false,
    label: {en: 'Pin Messages', th: 'ปักหมุดข้อความ'},
    description: {
      en: 'Pin and unpin messages.',
      th: thaiOnly('ปักหมุดและเลิกปักหมุดข้อความ'),
    },
    split: {
      date: '2025-08-20',
      from: 'ManageMessages',
      enforced: '2026-02-23',
      affectsBots: true,
      note: {
        en: 'Pinning used to come with Manage Messages; from 23 February 2026 only this permission allows it.',
        th: thaiOnly('เดิมการปักหมุดมาพร้อมสิทธิ์จัดการข้อความ ตั้งแต่ 23 ก.พ. 2026 ต้องใช้สิทธิ์นี้เท่านั้น'),
      },
    },
  },
  BypassSlowmode: {
    apiName: 'BYPASS_SLOWMODE',
    bit: 52,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Bypass Slowmode', th: 'ข้ามโหมดช้า'},
    description: {
      en: "Send messages without waiting out the channel's slowmode.",
      th: thaiOnly('ส่งข้อความได้ทันทีโดยไม่ต้องรอตามโหมดช้าของช่อง'),
    },
    split: {
      date: '2025-11-24',
      from: 'ManageMessages',
      alsoFrom: ['ManageChannels', 'ManageThreads'],
      enforced: '2026-02-23',
      // Change log: "bots are not affected by slowmode restrictions".
      affectsBots: false,
      note: {
        en: 'Also split from Manage Channels and Manage Threads. Slowmode never applied to bots, so this is for people.',
        th: thaiOnly('แยกออกมาจากสิทธิ์จัดการช่องและจัดการเธรดด้วย โหมดช้าไม่มีผลกับบอทอยู่แล้ว สิทธิ์นี้จึงมีไว้สำหรับคน'),
      },
    },
  },
  ManageThreads: {
    apiName: 'MANAGE_THREADS',
    bit: 34,
    group: 'text',
    channels: TEXT,
    twoFactor: true,
    label: {en: 'Manage Threads and Posts', th: 'จัดการเธรดและโพสต์'},
    description: {
      en: 'Rename, close, lock and delete threads and posts, and see private threads.',
      th: thaiOnly('เปลี่ยนชื่อ ปิด ล็อก และลบเธรดหรือโพสต์ รวมถึงดูเธรดส่วนตัวได้'),
    },
    oldNames: ['Manage Threads'],
  },
  ReadMessageHistory: {
    apiName: 'READ_MESSAGE_HISTORY',
    bit: 16,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Read Message History', th: 'อ่านประวัติข้อความ'},
    description: {
      en: 'Read earlier messages in a channel; replying to a message needs it too.',
      th: thaiOnly('อ่านข้อความเก่าในช่อง และต้องมีสิทธิ์นี้จึงจะตอบกลับข้อความได้'),
    },
    oldNames: ['ดูประวัติข้อความ'],
  },
  SendTTSMessages: {
    apiName: 'SEND_TTS_MESSAGES',
    bit: 12,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Send Text-to-Speech Messages', th: 'ส่งข้อความ TTS'},
    description: {
      en: 'Send /tts messages that are read aloud to whoever has the channel open.',
      th: thaiOnly('ส่งข้อความ /tts ที่จะถูกอ่านออกเสียงให้คนที่เปิดช่องนั้นอยู่ได้ยิน'),
    },
    oldNames: ['Send TTS Messages', 'ส่งข้อความอ่านออกเสียง'],
  },
  SendVoiceMessages: {
    apiName: 'SEND_VOICE_MESSAGES',
    bit: 46,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Send Voice Messages', th: 'ส่งข้อความเสียง'},
    description: {
      en: 'Record and send voice messages.',
      th: thaiOnly('อัดเสียงแล้วส่งเป็นข้อความเสียง'),
    },
  },
  SendPolls: {
    apiName: 'SEND_POLLS',
    bit: 49,
    group: 'text',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Create Polls', th: 'สร้างโพล'},
    description: {
      en: 'Post polls for others to vote in.',
      th: thaiOnly('สร้างโพลให้คนอื่นมาโหวต'),
    },
  },

  // Voice Channel Permissions
  Connect: {
    apiName: 'CONNECT',
    bit: 20,
    group: 'voice',
    channels: VOICE_STAGE,
    twoFactor: false,
    label: {en: 'Connect', th: 'เชื่อมต่อ'},
    description: {
      en: 'Join voice and stage channels and hear who is talking.',
      th: thaiOnly('เข้าช่องเสียงหรือช่อง Stage และได้ยินคนที่กำลังพูด'),
    },
    oldNames: ['เชื่อมต่อช่องเสียง', 'เชื่อมต่อห้องเสียง'],
  },
  Speak: {
    apiName: 'SPEAK',
    bit: 21,
    group: 'voice',
    channels: VOICE,
    twoFactor: false,
    label: {en: 'Speak', th: 'พูด'},
    description: {
      en: 'Talk in voice channels; a music bot needs it to play anything.',
      th: thaiOnly('พูดในช่องเสียง บอทเพลงต้องมีสิทธิ์นี้ถึงจะเปิดเพลงให้ได้ยิน'),
    },
    oldNames: ['พูดในห้องเสียง'],
  },
  Stream: {
    apiName: 'STREAM',
    bit: 9,
    group: 'voice',
    channels: VOICE_STAGE,
    twoFactor: false,
    label: {en: 'Video', th: 'วิดีโอ'},
    description: {
      en: 'Turn on a camera, share a screen or stream a game.',
      th: thaiOnly('เปิดกล้อง แชร์หน้าจอ หรือสตรีมเกม'),
    },
    oldNames: ['Go Live', 'เริ่มถ่ายทอดสด', 'แชร์หน้าจอ'],
  },
  UseSoundboard: {
    apiName: 'USE_SOUNDBOARD',
    bit: 42,
    group: 'voice',
    channels: VOICE,
    twoFactor: false,
    label: {en: 'Use Soundboard', th: 'ใช้ซาวด์บอร์ด'},
    description: {
      en: "Play sounds from the server's soundboard in a voice channel.",
      th: thaiOnly('เปิดเสียงจากซาวด์บอร์ดของเซิร์ฟเวอร์ในช่องเสียง'),
    },
  },
  UseExternalSounds: {
    apiName: 'USE_EXTERNAL_SOUNDS',
    bit: 45,
    group: 'voice',
    channels: VOICE,
    twoFactor: false,
    label: {en: 'Use External Sounds', th: 'ใช้เสียงภายนอก'},
    description: {
      en: 'Play soundboard sounds that belong to other servers.',
      th: thaiOnly('เปิดเสียงซาวด์บอร์ดที่เป็นของเซิร์ฟเวอร์อื่น'),
    },
    oldNames: ['ใช้เสียงจากเซิร์ฟเวอร์อื่น'],
  },
  UseVAD: {
    apiName: 'USE_VAD',
    bit: 25,
    group: 'voice',
    channels: VOICE,
    twoFactor: false,
    label: {en: 'Use Voice Activity', th: 'ใช้การตรวจจับเสียงพูด'},
    description: {
      en: 'Be heard just by talking; without it, push-to-talk is required.',
      th: thaiOnly('พูดแล้วคนอื่นได้ยินทันทีโดยไม่ต้องกดปุ่ม ถ้าไม่มีสิทธิ์นี้ต้องใช้โหมดกดเพื่อพูด (Push to Talk)'),
    },
    oldNames: ['ใช้กิจกรรมเสียง', 'ใช้ Voice Activity'],
  },
  PrioritySpeaker: {
    apiName: 'PRIORITY_SPEAKER',
    bit: 8,
    group: 'voice',
    channels: VOICE,
    twoFactor: false,
    label: {en: 'Priority Speaker', th: 'ผู้พูดลำดับสูง'},
    description: {
      en: 'Stand out in voice: others get quieter while the priority key is held.',
      th: thaiOnly('ทำให้เสียงของตัวเองเด่นกว่าคนอื่นในช่องเสียง ขณะกดปุ่มผู้พูดลำดับสูงค้างไว้ เสียงของคนอื่นจะเบาลง'),
    },
    oldNames: ['ผู้พูดคนสำคัญ'],
  },
  MuteMembers: {
    apiName: 'MUTE_MEMBERS',
    bit: 22,
    group: 'voice',
    channels: VOICE_STAGE,
    twoFactor: false,
    label: {en: 'Mute Members', th: 'ปิดเสียงสมาชิก'},
    description: {
      en: 'Mute someone in voice for everyone.',
      th: thaiOnly('ปิดไมค์ของคนอื่นในช่องเสียง คนในช่องจะไม่ได้ยินเสียงเขา'),
    },
    oldNames: ['ปิดไมค์สมาชิก'],
  },
  DeafenMembers: {
    apiName: 'DEAFEN_MEMBERS',
    bit: 23,
    group: 'voice',
    channels: VOICE,
    twoFactor: false,
    label: {en: 'Deafen Members', th: 'ปิดการได้ยินสมาชิก'},
    description: {
      en: 'Stop someone from hearing, or speaking, in voice.',
      th: thaiOnly('ทำให้คนอื่นไม่ได้ยินเสียงใด ๆ ในช่องเสียง และพูดไม่ได้ด้วย'),
    },
    oldNames: ['ปิดหูสมาชิก'],
  },
  MoveMembers: {
    apiName: 'MOVE_MEMBERS',
    bit: 24,
    group: 'voice',
    channels: VOICE_STAGE,
    twoFactor: false,
    label: {en: 'Move Members', th: 'ย้ายสมาชิก'},
    description: {
      en: 'Move people between voice channels or disconnect them.',
      th: thaiOnly('ย้ายคนอื่นไปช่องเสียงอื่น หรือตัดออกจากช่องเสียง'),
    },
  },
  SetVoiceChannelStatus: {
    apiName: 'SET_VOICE_CHANNEL_STATUS',
    bit: 48,
    group: 'voice',
    channels: VOICE,
    twoFactor: false,
    label: {en: 'Set Voice Channel Status', th: 'ตั้งสถานะช่องเสียง'},
    description: {
      en: 'Set the short status line shown with a voice channel.',
      th: thaiOnly('ตั้งข้อความสถานะสั้น ๆ ที่แสดงคู่กับช่องเสียง'),
    },
  },

  // Apps Permissions
  UseApplicationCommands: {
    apiName: 'USE_APPLICATION_COMMANDS',
    bit: 31,
    group: 'apps',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Use Application Commands', th: 'ใช้คำสั่งแอป'},
    description: {
      en: "Use apps' slash commands and right-click menu commands.",
      th: thaiOnly('ใช้คำสั่งสแลช (/) และคำสั่งในเมนูคลิกขวาของแอป'),
    },
    oldNames: ['USE_SLASH_COMMANDS', 'UseSlashCommands', 'Use Slash Commands', 'ใช้คำสั่งแอปพลิเคชัน', 'ใช้คำสั่งสแลช'],
  },
  UseEmbeddedActivities: {
    apiName: 'USE_EMBEDDED_ACTIVITIES',
    bit: 39,
    group: 'apps',
    channels: TEXT_VOICE,
    twoFactor: false,
    label: {en: 'Use Activities', th: 'ใช้แอคทิวิตี้'},
    description: {
      en: 'Start and join Activities, the games and apps that run inside Discord.',
      th: thaiOnly('เริ่มและร่วมเล่นแอคทิวิตี้ (Activities) ซึ่งเป็นเกมและแอปที่รันอยู่ใน Discord'),
    },
    oldNames: ['START_EMBEDDED_ACTIVITIES', 'StartEmbeddedActivities', 'ใช้แอกทิวิตี้'],
  },
  UseExternalApps: {
    apiName: 'USE_EXTERNAL_APPS',
    bit: 50,
    group: 'apps',
    channels: ALL_CHANNELS,
    twoFactor: false,
    label: {en: 'Use External Apps', th: 'ใช้แอปภายนอก'},
    description: {
      en: 'Let apps members added to their own account reply for all to see; otherwise only the member sees the reply.',
      th: thaiOnly('ให้แอปที่สมาชิกเพิ่มไว้ในบัญชีตัวเองตอบแบบที่ทุกคนในช่องเห็น ถ้าไม่มีสิทธิ์นี้ จะมีแค่สมาชิกคนนั้นที่เห็นคำตอบ'),
    },
  },

  // Stage Channel Permissions
  RequestToSpeak: {
    apiName: 'REQUEST_TO_SPEAK',
    bit: 32,
    group: 'stage',
    channels: STAGE,
    twoFactor: false,
    label: {en: 'Request to Speak', th: 'ขอพูด'},
    description: {
      en: 'Raise a hand in a stage channel to ask to speak.',
      th: thaiOnly('ยกมือขอขึ้นพูดในช่อง Stage'),
    },
  },

  // Events Permissions
  CreateEvents: {
    apiName: 'CREATE_EVENTS',
    bit: 44,
    group: 'events',
    channels: VOICE_STAGE,
    twoFactor: false,
    label: {en: 'Create Events', th: 'สร้างกิจกรรม'},
    description: {
      en: 'Schedule events, and edit or cancel its own.',
      th: thaiOnly('สร้างกิจกรรมของเซิร์ฟเวอร์ และแก้ไขหรือยกเลิกได้เฉพาะกิจกรรมที่ตัวเองสร้าง'),
    },
    split: {
      date: '2025-11-20',
      from: 'ManageEvents',
      enforced: '2026-02-23',
      affectsBots: true,
      note: {
        en: 'Members have had it since July 2023; bots got it on 20 November 2025 and need it to create events from 23 February 2026.',
        th: thaiOnly(
          'สมาชิกใช้ได้ตั้งแต่ ก.ค. 2023 ส่วนบอทได้ใช้เมื่อ 20 พ.ย. 2025 และตั้งแต่ 23 ก.พ. 2026 ต้องมีสิทธิ์นี้จึงจะสร้างกิจกรรมได้',
        ),
      },
    },
    oldNames: ['สร้างอีเวนต์'],
  },
  ManageEvents: {
    apiName: 'MANAGE_EVENTS',
    bit: 33,
    group: 'events',
    channels: VOICE_STAGE,
    twoFactor: false,
    label: {en: 'Manage Events', th: 'จัดการกิจกรรม'},
    description: {
      en: 'Edit and cancel any event, whoever created it.',
      th: thaiOnly('แก้ไขและยกเลิกกิจกรรมได้ทุกอัน ไม่ว่าใครจะเป็นคนสร้าง'),
    },
    oldNames: ['จัดการอีเวนต์'],
  },

  // Advanced Permissions
  Administrator: {
    apiName: 'ADMINISTRATOR',
    bit: 3,
    group: 'advanced',
    channels: SERVER,
    twoFactor: true,
    label: {en: 'Administrator', th: 'ผู้ดูแลระบบ'},
    description: {
      en: 'Every permission at once, ignoring channel settings; a well-built bot never needs it.',
      th: thaiOnly('ได้ทุกสิทธิ์ในคราวเดียวและข้ามการตั้งค่ารายช่องทั้งหมด บอทที่ออกแบบดีไม่จำเป็นต้องใช้'),
    },
    oldNames: ['ผู้ดูแล'],
  },
} as const satisfies FlagRows<PermissionKey, PermissionRow>;

function freezeSplit(split: PermissionSplit): PermissionSplit {
  return Object.freeze({
    ...split,
    ...(split.alsoFrom ? {alsoFrom: Object.freeze([...split.alsoFrom])} : {}),
    note: freezeBilingual(split.note),
  });
}

function toInfo(flag: Flag<PermissionKey>, row: PermissionRow): PermissionInfo {
  return {
    ...flag,
    group: row.group,
    channels: Object.freeze([...row.channels]),
    twoFactor: row.twoFactor,
    label: freezeBilingual(row.label),
    ...(row.channelLabel ? {channelLabel: freezeBilingual(row.channelLabel)} : {}),
    description: freezeBilingual(row.description),
    oldNames: Object.freeze([...(row.oldNames ?? [])]),
    ...(row.split ? {split: freezeSplit(row.split)} : {}),
  };
}

const GROUP_ORDER: readonly PermissionGroup[] = PERMISSION_GROUPS.map((group) => group.id);

/** The rows with their lookups and bit arithmetic; permission-bits.ts decodes and encodes through it. */
export const PERMISSION_CATALOGUE: FlagCatalogue<PermissionKey, PermissionInfo> = flagCatalogue(
  'permission',
  flagsFromRows(ROWS, toInfo)
    // Stable sort: rows stay in editor order inside a group even if someone adds one in the wrong block.
    .sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group)),
);

/** Every permission, grouped as in Discord's role editor and in its order within each group. */
export const PERMISSIONS: readonly PermissionInfo[] = PERMISSION_CATALOGUE.flags;

/** Every known permission OR-ed together, derived from the rows so it cannot drift from them. */
export const ALL_PERMISSIONS: bigint = PERMISSION_CATALOGUE.all;

/** The permissions that need owner 2FA on servers that require it, as one mask (for invite-link checks). */
export const TWO_FACTOR_PERMISSIONS: bigint = PERMISSION_CATALOGUE.maskOf((info) => info.twoFactor);

export const getPermission: (key: PermissionKey) => PermissionInfo = PERMISSION_CATALOGUE.get;

/**
 * Channel Obfuscation, what a bot sees of a channel it lacks View Channels for (the ViewChannel row's description):
 * the channel flag it arrives with, and the Identify capability that opts in before the change applies to everyone.
 * Bit numbers, as the pages write them (`1 << 17`). Source: see the top of this file (discord-api-types 0.38.57
 * `ChannelFlags.ChannelObfuscated`, `GatewayCapabilityBits.ChannelObfuscation`; permissions.test.ts compares them).
 */
export const CHANNEL_OBFUSCATION = Object.freeze({channelFlagBit: 17, capabilityBit: 15} as const);

export const isPermissionKey: (value: unknown) => value is PermissionKey = PERMISSION_CATALOGUE.isKey;

/**
 * Folds a name or query for comparison: case, spaces, underscores and punctuation are ignored, so
 * 'MANAGE_GUILD', 'manage guild' and 'ManageGuild' meet. Thai vowel and tone marks are kept: they are letters.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '');
}

function namesOf(info: PermissionInfo): string[] {
  const names = [info.key, info.apiName, info.label.en, info.label.th, ...info.oldNames];
  if (info.channelLabel) names.push(info.channelLabel.en, info.channelLabel.th);
  return names;
}

// Built on the first lookup, not when a page imports the catalogue: folding ~360 names (and compiling the Unicode
// regular expression) was part of every tool page's load, before anyone had looked a name up.
let byName: ReadonlyMap<string, PermissionInfo> | undefined;

/**
 * Finds a permission by any name it has or had: discord-api-types key, API name, old names, or the client's
 * labels. Case, spaces and underscores are ignored.
 */
export function findPermissionByName(name: string): PermissionInfo | undefined {
  const folded = foldForSearch(name);
  byName ??= new Map(PERMISSIONS.flatMap((info) => namesOf(info).map((n) => [foldForSearch(n), info] as const)));
  return folded ? byName.get(folded) : undefined;
}

interface SearchFields {
  readonly names: readonly string[];
  readonly haystack: string;
}

// Search runs on every keystroke; folding 52 rows' texts each time is wasted work, and rows are frozen anyway.
const searchCache = new WeakMap<PermissionInfo, SearchFields>();

function searchFields(info: PermissionInfo): SearchFields {
  let fields = searchCache.get(info);
  if (!fields) {
    const names = namesOf(info).map(foldForSearch);
    // NUL between fields so a query word can never match across two of them.
    const haystack = [...names, foldForSearch(info.description.en), foldForSearch(info.description.th)].join('\u0000');
    fields = {names, haystack};
    searchCache.set(info, fields);
  }
  return fields;
}

/**
 * Rows matching every word of `query` in any of their names or descriptions, in either language. Rows whose
 * name is the query come first, then rows whose name contains it, then description-only matches; the catalogue
 * order is kept within each rank. An empty query returns all rows.
 */
export function searchPermissions(query: string, rows: readonly PermissionInfo[] = PERMISSIONS): PermissionInfo[] {
  const whole = foldForSearch(query);
  if (!whole) return [...rows];
  const words = query
    .split(/\s+/)
    .map(foldForSearch)
    .filter((word) => word.length > 0);

  const ranked: {info: PermissionInfo; rank: number; order: number}[] = [];
  rows.forEach((info, order) => {
    const {names, haystack} = searchFields(info);
    if (!words.every((word) => haystack.includes(word))) return;
    const rank = names.includes(whole) ? 0 : names.some((name) => name.includes(whole)) ? 1 : 2;
    ranked.push({info, rank, order});
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((entry) => entry.info);
}
