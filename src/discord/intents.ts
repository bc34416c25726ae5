/**
 * The gateway intent catalogue: one row per intent, the events each one delivers, which are privileged, and a
 * "what does your bot need to do?" table that picks intents for a newcomer.
 *
 * Intents are NOT part of an invite link. They are sent by the bot's own code when it connects to the gateway
 * (the `intents` field of IDENTIFY), and privileged ones must also be switched on in the Developer Portal. An invite
 * link only carries scopes and permissions; see invite/params.ts.
 *
 * Checked against, 2026-11-25:
 * - discord-api-types 0.38.57 (npm, node_modules/discord-api-types/gateway/v10.d.ts): `GatewayIntentBits` has 23
 *   members and 21 distinct values, on bits 0–16, 20–21 and 24–25 (17–19 and 22–23 unused). `GuildBans` (of
 *   `GuildModeration`) and `GuildEmojisAndStickers` (of `GuildExpressions`) are `@deprecated` aliases; they are not
 *   rows. intents.test.ts compares this catalogue with it.
 * - discord/discord-api-docs at c98d64bc (2026-08-06), developers/events/gateway.mdx (last changed 0f9089c6,
 *   2026-06-10): "List of Intents" (events per intent, copied as data), "Privileged Intents" (GUILD_PRESENCES,
 *   GUILD_MEMBERS, MESSAGE_CONTENT; toggles under "Privileged Gateway Intents" on the Bot page), "Privileged Intent
 *   Access Review" (10,000 users), "Message Content Intent" (exceptions: the app's own messages, DMs, mentions,
 *   message context menu targets). Note: that page's introduction still says "verified apps (required for apps in
 *   100+ guilds)"; the review section and the change log below supersede it.
 * - same snapshot, developers/topics/opcodes-and-status-codes.mdx: close codes 4013 "Invalid intent(s)" and 4014
 *   "Disallowed intent(s)", both not reconnectable; and 4004 "Authentication failed" (a wrong token), not
 *   reconnectable either, kept here with them as the one close code the guide explains that is not about intents.
 * - same snapshot, developers/topics/oauth2.mdx, "Bot vs User Accounts" item 3: a bot that is not verified can be in
 *   at most 100 servers (PRIVILEGED_INTENT_REVIEW.verificationServerLimit, the rule the review was split from).
 * - same snapshot, developers/change-log.mdx (f36e7ca3, 2026-08-05), entry "Changes to Privileged Intent Access for
 *   Discord Apps" dated June 10, 2026, and developers/gateway/getting-started-with-privileged-intent-review.mdx
 *   (0f9089c6, 2026-06-10): threshold moved from 100 servers to 10,000 unique users who can see the app across its
 *   servers; 90 days to apply after the notice; annual reapplication; apps keep working and growing during review;
 *   App Verification and intent review are now separate. The change log's image says "Effective June 10, 2026".
 * - Developer Portal toggle names: the portal is not open source. Names as shown in the screenshot in
 *   Rapptz/discord.py docs/images/discord_privileged_intents.png (141c31e5, 2022-04-30): "PRESENCE INTENT",
 *   "SERVER MEMBERS INTENT", "MESSAGE CONTENT INTENT". Discord's own tutorial (developing-a-user-installable-app.mdx)
 *   writes "Server Member Intent"; we follow the screenshot.
 * Descriptions are our own wording.
 */
import type {GatewayIntentBits} from 'discord-api-types/v10';

import type {DecodedFlags} from './bitfield';
import {
  flagCatalogue,
  flagsFromRows,
  type Flag,
  type FlagAliases,
  type FlagCatalogue,
  type FlagKey,
  type FlagRow,
  type FlagRows,
} from './flag-catalogue';
import {freezeBilingual, type Bilingual} from './locale';

// A text only English pages show (Thai pages show the Thai column): folded to '' in another locale's build, as
// thaiOnly is in the English one.
const englishOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'en' ? text : '';

// A text only Thai pages show (intent labels too: unlike permission labels, no search reads them). Defined in each catalogue module, not imported, so that in another locale's build
// (process.env.SITE_LOCALE, set by the site-locale plugin) the minifier folds every call to '' and drops the Thai.
const thaiOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'th' ? text : '';

/** Deprecated discord-api-types names that reuse another intent's value: one bit, one row. */
export const INTENT_ALIASES = Object.freeze({
  GuildBans: 'GuildModeration',
  GuildEmojisAndStickers: 'GuildExpressions',
} as const satisfies FlagAliases<typeof GatewayIntentBits>);

/** A discord-api-types `GatewayIntentBits` key, minus deprecated aliases. */
export type IntentKey = FlagKey<typeof GatewayIntentBits, typeof INTENT_ALIASES>;

/** Stated in every row, never inferred: a privileged intent always has its portal toggle, and only it has one. */
type Privilege =
  | {readonly privileged: false; readonly portalToggle?: undefined}
  | {
      readonly privileged: true;
      /** The switch on the Developer Portal's Bot page that must be on before the bot may send this intent. */
      readonly portalToggle: Bilingual;
    };

interface IntentFacts {
  /**
   * A short name for people: English as the Developer Portal's toggles word it (without "Intent"), Thai with the
   * English in brackets where a reader must match it to the portal.
   */
  readonly label: Bilingual;
  /** Gateway events it delivers. Empty for MESSAGE_CONTENT, which fills in fields of other events instead. */
  readonly events: readonly string[];
  readonly description: Bilingual;
}

/** An intent's row: key ('GuildMembers'), API docs name ('GUILD_MEMBERS'), bit and value come from {@link Flag}. */
export type IntentInfo = Flag<IntentKey> & IntentFacts & Privilege;

/** A row as written below. */
type IntentRow = FlagRow & IntentFacts & Privilege;

const MESSAGE_EVENTS = ['MESSAGE_CREATE', 'MESSAGE_UPDATE', 'MESSAGE_DELETE'] as const;
const REACTION_EVENTS = [
  'MESSAGE_REACTION_ADD',
  'MESSAGE_REACTION_REMOVE',
  'MESSAGE_REACTION_REMOVE_ALL',
  'MESSAGE_REACTION_REMOVE_EMOJI',
] as const;
const POLL_EVENTS = ['MESSAGE_POLL_VOTE_ADD', 'MESSAGE_POLL_VOTE_REMOVE'] as const;

// Object keys, not an array, so that `satisfies FlagRows<IntentKey, IntentRow>` makes tsc reject a catalogue that
// misses an intent discord-api-types has, or names one it lacks. In bit order, as Discord's docs list them.
const ROWS = {
  Guilds: {
    apiName: 'GUILDS',
    bit: 0,
    privileged: false,
    label: {en: 'Servers', th: thaiOnly('เซิร์ฟเวอร์')},
    events: [
      'GUILD_CREATE',
      'GUILD_UPDATE',
      'GUILD_DELETE',
      'GUILD_ROLE_CREATE',
      'GUILD_ROLE_UPDATE',
      'GUILD_ROLE_DELETE',
      'CHANNEL_CREATE',
      'CHANNEL_UPDATE',
      'CHANNEL_DELETE',
      'CHANNEL_PINS_UPDATE',
      'THREAD_CREATE',
      'THREAD_UPDATE',
      'THREAD_DELETE',
      'THREAD_LIST_SYNC',
      'THREAD_MEMBER_UPDATE',
      'THREAD_MEMBERS_UPDATE',
      'STAGE_INSTANCE_CREATE',
      'STAGE_INSTANCE_UPDATE',
      'STAGE_INSTANCE_DELETE',
      'VOICE_CHANNEL_STATUS_UPDATE',
      'VOICE_CHANNEL_START_TIME_UPDATE',
    ],
    description: {
      en: englishOnly(
        'Servers, roles, channels, threads and stage instances being created, changed or removed. Almost every bot needs it: libraries build their server list from these events.',
      ),
      th: thaiOnly(
        'การสร้าง แก้ไข หรือลบเซิร์ฟเวอร์ บทบาท ช่อง เธรด และ Stage บอทเกือบทุกตัวต้องใช้ เพราะไลบรารีสร้างรายการเซิร์ฟเวอร์จากอีเวนต์เหล่านี้',
      ),
    },
  },
  GuildMembers: {
    apiName: 'GUILD_MEMBERS',
    bit: 1,
    privileged: true,
    portalToggle: {en: 'Server Members Intent', th: thaiOnly('Server Members Intent (สมาชิกเซิร์ฟเวอร์)')},
    label: {en: 'Server Members', th: thaiOnly('สมาชิกเซิร์ฟเวอร์')},
    events: ['GUILD_MEMBER_ADD', 'GUILD_MEMBER_UPDATE', 'GUILD_MEMBER_REMOVE', 'THREAD_MEMBERS_UPDATE'],
    description: {
      en: englishOnly('Members joining, leaving or being updated, and the full member list. Privileged.'),
      th: thaiOnly('สมาชิกเข้า ออก หรือถูกแก้ไข และรายชื่อสมาชิกทั้งหมด เป็น Privileged Intent (อินเทนต์พิเศษที่เข้าถึงข้อมูลผู้ใช้)'),
    },
  },
  GuildModeration: {
    apiName: 'GUILD_MODERATION',
    bit: 2,
    privileged: false,
    label: {en: 'Server Moderation', th: thaiOnly('การแบนและบันทึกการตรวจสอบ')},
    events: ['GUILD_AUDIT_LOG_ENTRY_CREATE', 'GUILD_BAN_ADD', 'GUILD_BAN_REMOVE'],
    description: {
      en: englishOnly(
        'Bans, unbans and new audit log entries (audit log events also need the View Audit Log permission).',
      ),
      th: thaiOnly('การแบน การยกเลิกแบน และรายการใหม่ในบันทึกการตรวจสอบ (อีเวนต์บันทึกการตรวจสอบต้องมีสิทธิ์ดูบันทึกการตรวจสอบด้วย)'),
    },
  },
  GuildExpressions: {
    apiName: 'GUILD_EXPRESSIONS',
    bit: 3,
    privileged: false,
    label: {en: 'Emoji, Stickers and Sounds', th: thaiOnly('อีโมจิ สติกเกอร์ และเสียง')},
    events: [
      'GUILD_EMOJIS_UPDATE',
      'GUILD_STICKERS_UPDATE',
      'GUILD_SOUNDBOARD_SOUND_CREATE',
      'GUILD_SOUNDBOARD_SOUND_UPDATE',
      'GUILD_SOUNDBOARD_SOUND_DELETE',
      'GUILD_SOUNDBOARD_SOUNDS_UPDATE',
    ],
    description: {
      en: englishOnly('Changes to custom emoji, stickers and soundboard sounds.'),
      th: thaiOnly('การเปลี่ยนแปลงอีโมจิที่กำหนดเอง สติกเกอร์ และเสียงซาวด์บอร์ด'),
    },
  },
  GuildIntegrations: {
    apiName: 'GUILD_INTEGRATIONS',
    bit: 4,
    privileged: false,
    label: {en: 'Server Integrations', th: thaiOnly('การรวมของเซิร์ฟเวอร์ (Integrations)')},
    events: ['GUILD_INTEGRATIONS_UPDATE', 'INTEGRATION_CREATE', 'INTEGRATION_UPDATE', 'INTEGRATION_DELETE'],
    description: {
      en: englishOnly('Integrations (other apps, Twitch, YouTube…) being added, changed or removed.'),
      th: thaiOnly('การเพิ่ม แก้ไข หรือลบการรวม (Integrations) เช่น แอปอื่น Twitch YouTube'),
    },
  },
  GuildWebhooks: {
    apiName: 'GUILD_WEBHOOKS',
    bit: 5,
    privileged: false,
    label: {en: 'Server Webhooks', th: thaiOnly('Webhook ของเซิร์ฟเวอร์')},
    events: ['WEBHOOKS_UPDATE'],
    description: {
      en: englishOnly("A channel's webhooks changing."),
      th: thaiOnly('Webhook ของช่องมีการเปลี่ยนแปลง'),
    },
  },
  GuildInvites: {
    apiName: 'GUILD_INVITES',
    bit: 6,
    privileged: false,
    label: {en: 'Server Invites', th: thaiOnly('คำเชิญเข้าเซิร์ฟเวอร์')},
    events: ['INVITE_CREATE', 'INVITE_DELETE'],
    description: {
      en: englishOnly('Server invites being created or deleted (invite trackers use this).'),
      th: thaiOnly('การสร้างหรือลบคำเชิญเข้าเซิร์ฟเวอร์ (บอทติดตามคำเชิญใช้อินเทนต์นี้)'),
    },
  },
  GuildVoiceStates: {
    apiName: 'GUILD_VOICE_STATES',
    bit: 7,
    privileged: false,
    label: {en: 'Voice States', th: thaiOnly('สถานะช่องเสียง')},
    events: ['VOICE_CHANNEL_EFFECT_SEND', 'VOICE_STATE_UPDATE'],
    description: {
      en: englishOnly('Who joins, leaves, mutes or moves in voice channels. Music bots need it to join voice.'),
      th: thaiOnly('ใครเข้า ออก ปิดเสียง หรือย้ายช่องเสียง บอทเพลงต้องใช้เพื่อเข้าช่องเสียง'),
    },
  },
  GuildPresences: {
    apiName: 'GUILD_PRESENCES',
    bit: 8,
    privileged: true,
    portalToggle: {en: 'Presence Intent', th: thaiOnly('Presence Intent (สถานะออนไลน์)')},
    label: {en: 'Presence', th: thaiOnly('สถานะออนไลน์ (Presence)')},
    events: ['PRESENCE_UPDATE'],
    description: {
      en: englishOnly("Members' online status and activities (“Playing …”). Privileged."),
      th: thaiOnly('สถานะออนไลน์และสิ่งที่สมาชิกกำลังทำ (“กำลังเล่น …”) เป็น Privileged Intent'),
    },
  },
  GuildMessages: {
    apiName: 'GUILD_MESSAGES',
    bit: 9,
    privileged: false,
    label: {en: 'Server Messages', th: thaiOnly('ข้อความในเซิร์ฟเวอร์')},
    events: [...MESSAGE_EVENTS, 'MESSAGE_DELETE_BULK'],
    description: {
      en: englishOnly(
        'Messages sent, edited or deleted in server channels. The text itself also needs Message Content.',
      ),
      th: thaiOnly('ข้อความที่ถูกส่ง แก้ไข หรือลบในช่องของเซิร์ฟเวอร์ ส่วนเนื้อหาข้อความต้องใช้ Message Content ด้วย'),
    },
  },
  GuildMessageReactions: {
    apiName: 'GUILD_MESSAGE_REACTIONS',
    bit: 10,
    privileged: false,
    label: {en: 'Server Message Reactions', th: thaiOnly('รีแอคชันในเซิร์ฟเวอร์')},
    events: REACTION_EVENTS,
    description: {
      en: englishOnly('Reactions added or removed on messages in servers.'),
      th: thaiOnly('การเพิ่มหรือลบรีแอคชันบนข้อความในเซิร์ฟเวอร์'),
    },
  },
  GuildMessageTyping: {
    apiName: 'GUILD_MESSAGE_TYPING',
    bit: 11,
    privileged: false,
    label: {en: 'Server Typing', th: thaiOnly('การพิมพ์ในเซิร์ฟเวอร์')},
    events: ['TYPING_START'],
    description: {
      en: englishOnly('Someone starts typing in a server channel.'),
      th: thaiOnly('มีคนเริ่มพิมพ์ในช่องของเซิร์ฟเวอร์'),
    },
  },
  DirectMessages: {
    apiName: 'DIRECT_MESSAGES',
    bit: 12,
    privileged: false,
    label: {en: 'Direct Messages', th: thaiOnly('ข้อความส่วนตัว')},
    events: [...MESSAGE_EVENTS, 'CHANNEL_PINS_UPDATE'],
    description: {
      en: englishOnly('Messages in direct messages with the bot.'),
      th: thaiOnly('ข้อความในแชตส่วนตัวกับบอท'),
    },
  },
  DirectMessageReactions: {
    apiName: 'DIRECT_MESSAGE_REACTIONS',
    bit: 13,
    privileged: false,
    label: {en: 'Direct Message Reactions', th: thaiOnly('รีแอคชันในข้อความส่วนตัว')},
    events: REACTION_EVENTS,
    description: {
      en: englishOnly('Reactions in direct messages with the bot.'),
      th: thaiOnly('รีแอคชันในแชตส่วนตัวกับบอท'),
    },
  },
  DirectMessageTyping: {
    apiName: 'DIRECT_MESSAGE_TYPING',
    bit: 14,
    privileged: false,
    label: {en: 'Direct Message Typing', th: thaiOnly('การพิมพ์ในข้อความส่วนตัว')},
    events: ['TYPING_START'],
    description: {
      en: englishOnly('Someone starts typing in a direct message with the bot.'),
      th: thaiOnly('มีคนเริ่มพิมพ์ในแชตส่วนตัวกับบอท'),
    },
  },
  MessageContent: {
    apiName: 'MESSAGE_CONTENT',
    bit: 15,
    privileged: true,
    portalToggle: {en: 'Message Content Intent', th: thaiOnly('Message Content Intent (เนื้อหาข้อความ)')},
    label: {en: 'Message Content', th: thaiOnly('เนื้อหาข้อความ (Message Content)')},
    events: [],
    description: {
      en: englishOnly(
        'The text, embeds, attachments, components and polls of messages. Without it those fields arrive empty, except in DMs, messages that mention the bot and its own messages. Privileged.',
      ),
      th: thaiOnly(
        'เนื้อหาตัวอักษร embed ไฟล์แนบ คอมโพเนนต์ และโพลของข้อความ ถ้าไม่มีอินเทนต์นี้ ฟิลด์เหล่านี้จะว่างเปล่า ยกเว้นในแชตส่วนตัว ข้อความที่แท็กบอท และข้อความของบอทเอง เป็น Privileged Intent',
      ),
    },
  },
  GuildScheduledEvents: {
    apiName: 'GUILD_SCHEDULED_EVENTS',
    bit: 16,
    privileged: false,
    label: {en: 'Scheduled Events', th: thaiOnly('กิจกรรมของเซิร์ฟเวอร์')},
    events: [
      'GUILD_SCHEDULED_EVENT_CREATE',
      'GUILD_SCHEDULED_EVENT_UPDATE',
      'GUILD_SCHEDULED_EVENT_DELETE',
      'GUILD_SCHEDULED_EVENT_USER_ADD',
      'GUILD_SCHEDULED_EVENT_USER_REMOVE',
    ],
    description: {
      en: englishOnly('Scheduled events being created, changed or deleted, and people marking themselves interested.'),
      th: thaiOnly('การสร้าง แก้ไข หรือลบกิจกรรมของเซิร์ฟเวอร์ และผู้ที่กดสนใจกิจกรรม'),
    },
  },
  AutoModerationConfiguration: {
    apiName: 'AUTO_MODERATION_CONFIGURATION',
    bit: 20,
    privileged: false,
    label: {en: 'AutoMod Rules', th: thaiOnly('กฎของ AutoMod')},
    events: ['AUTO_MODERATION_RULE_CREATE', 'AUTO_MODERATION_RULE_UPDATE', 'AUTO_MODERATION_RULE_DELETE'],
    description: {
      en: englishOnly('AutoMod rules being created, changed or deleted.'),
      th: thaiOnly('การสร้าง แก้ไข หรือลบกฎของ AutoMod'),
    },
  },
  AutoModerationExecution: {
    apiName: 'AUTO_MODERATION_EXECUTION',
    bit: 21,
    privileged: false,
    label: {en: 'AutoMod Actions', th: thaiOnly('การดำเนินการของ AutoMod')},
    events: ['AUTO_MODERATION_ACTION_EXECUTION'],
    description: {
      en: englishOnly('AutoMod taking an action (blocking a message, sending an alert, timing out).'),
      th: thaiOnly('AutoMod ดำเนินการ เช่น บล็อกข้อความ ส่งการแจ้งเตือน หรือระงับสมาชิกชั่วคราว (Timeout)'),
    },
  },
  GuildMessagePolls: {
    apiName: 'GUILD_MESSAGE_POLLS',
    bit: 24,
    privileged: false,
    label: {en: 'Server Polls', th: thaiOnly('โพลในเซิร์ฟเวอร์')},
    events: POLL_EVENTS,
    description: {
      en: englishOnly('Votes added to or removed from polls in servers.'),
      th: thaiOnly('การโหวตหรือยกเลิกโหวตในโพลของเซิร์ฟเวอร์'),
    },
  },
  DirectMessagePolls: {
    apiName: 'DIRECT_MESSAGE_POLLS',
    bit: 25,
    privileged: false,
    label: {en: 'Direct Message Polls', th: thaiOnly('โพลในข้อความส่วนตัว')},
    events: POLL_EVENTS,
    description: {
      en: englishOnly('Votes on polls in direct messages with the bot.'),
      th: thaiOnly('การโหวตในโพลของแชตส่วนตัวกับบอท'),
    },
  },
} as const satisfies FlagRows<IntentKey, IntentRow>;

function toInfo(flag: Flag<IntentKey>, row: IntentRow): IntentInfo {
  const facts = {
    ...flag,
    label: freezeBilingual(row.label),
    events: Object.freeze([...row.events]),
    description: freezeBilingual(row.description),
  };
  return row.privileged
    ? {...facts, privileged: true, portalToggle: freezeBilingual(row.portalToggle)}
    : {...facts, privileged: false};
}

/** The rows with their lookups and bit arithmetic. */
export const INTENT_CATALOGUE: FlagCatalogue<IntentKey, IntentInfo> = flagCatalogue(
  'intent',
  flagsFromRows(ROWS, toInfo),
);

/** In bit order, as Discord's docs list them. */
export const INTENTS: readonly IntentInfo[] = INTENT_CATALOGUE.flags;

export const ALL_INTENTS: bigint = INTENT_CATALOGUE.all;
export const PRIVILEGED_INTENTS: bigint = INTENT_CATALOGUE.maskOf((info) => info.privileged);

export const isIntentKey: (value: unknown) => value is IntentKey = INTENT_CATALOGUE.isKey;

export const getIntent: (key: IntentKey) => IntentInfo = INTENT_CATALOGUE.get;

/**
 * `known`: rows whose bit is set, in bit order. `unknownBits`: set bits no row describes: Discord closes the
 * connection with 4013 for these.
 */
export type DecodedIntents = DecodedFlags<IntentInfo>;

export function decodeIntents(value: bigint): DecodedIntents {
  return INTENT_CATALOGUE.decode(value);
}

export function encodeIntents(keys: Iterable<IntentKey>): bigint {
  return INTENT_CATALOGUE.encode(keys);
}

/** A gateway close code the guide explains: the two about intents, and 4004 for a wrong token. */
export interface GatewayCloseCode {
  readonly code: number;
  /** Discord's name for it, verbatim. */
  readonly name: string;
  readonly reconnect: boolean;
  readonly explanation: Bilingual;
}

/** Source: developers/topics/opcodes-and-status-codes.mdx, "Gateway Close Event Codes" (see top). */
export const INVALID_INTENTS_CLOSE: GatewayCloseCode = Object.freeze({
  code: 4013,
  name: 'Invalid intent(s)',
  reconnect: false,
  explanation: Object.freeze({
    en: 'The intents value has a bit that is no intent: usually a miscalculated bitfield.',
    th: thaiOnly('ค่าอินเทนต์มีบิตที่ไม่ตรงกับอินเทนต์ใด ส่วนใหญ่เกิดจากการคำนวณบิตฟิลด์ผิด'),
  }),
});

/** Source: developers/topics/opcodes-and-status-codes.mdx, "Gateway Close Event Codes" (see top). */
export const DISALLOWED_INTENTS_CLOSE: GatewayCloseCode = Object.freeze({
  code: 4014,
  name: 'Disallowed intent(s)',
  reconnect: false,
  explanation: Object.freeze({
    en: 'The bot asked for a privileged intent that is not switched on in the Developer Portal, or not approved for it.',
    th: thaiOnly('บอทขอ Privileged Intent (อินเทนต์พิเศษที่เข้าถึงข้อมูลผู้ใช้) ที่ยังไม่ได้เปิดใน Developer Portal หรือยังไม่ได้รับอนุมัติ'),
  }),
});

/** Source: developers/topics/opcodes-and-status-codes.mdx, "Gateway Close Event Codes" (see top). */
export const AUTHENTICATION_FAILED_CLOSE: GatewayCloseCode = Object.freeze({
  code: 4004,
  name: 'Authentication failed',
  reconnect: false,
  explanation: Object.freeze({
    en: 'The token the bot connected with is wrong or was reset: copy a new one from the Developer Portal.',
    th: thaiOnly('โทเคนที่บอทใช้เชื่อมต่อไม่ถูกต้องหรือถูกรีเซ็ตไปแล้ว ให้คัดลอกโทเคนใหม่จาก Developer Portal'),
  }),
});

/**
 * When a bot may simply switch privileged intents on, and when Discord must review it first.
 * Source: developers/change-log.mdx "Changes to Privileged Intent Access for Discord Apps" (June 10, 2026) and
 * developers/gateway/getting-started-with-privileged-intent-review.mdx (see top).
 */
export const PRIVILEGED_INTENT_REVIEW = Object.freeze({
  /** YYYY-MM-DD the user-count rule took effect. */
  effective: '2026-06-10',
  /** Unique users who can see the app across all servers it is in; at this many, access needs review. */
  userThreshold: 10_000,
  /** The rule before 2026-06-10: review at this many servers. */
  previousServerThreshold: 100,
  /** Days from Discord's notice to apply before privileged access is removed. */
  daysToApply: 90,
  /** Granted access must be re-applied for once a year. */
  reapplyEveryMonths: 12,
  /**
   * A separate rule that still holds: a bot that is not verified can be in at most this many servers. Source:
   * developers/topics/oauth2.mdx, "Bot vs User Accounts" item 3.
   */
  verificationServerLimit: 100,
  sources: Object.freeze([
    'https://docs.discord.com/developers/change-log', // "Changes to Privileged Intent Access for Discord Apps"
    'https://docs.discord.com/developers/gateway/getting-started-with-privileged-intent-review',
    'https://docs.discord.com/developers/events/gateway#privileged-intents',
    'https://docs.discord.com/developers/topics/oauth2#bot-vs-user-accounts', // the verification limit
  ]),
  text: Object.freeze({
    en: 'Since 10 June 2026, a bot that can be seen by fewer than 10,000 users (counted across all its servers) can switch privileged intents on in the Developer Portal. From 10,000 users, Discord must review the request: you have 90 days after the notice to apply, the bot keeps working during review, and approved access must be renewed every year. Before that date the limit was 100 servers. Verification is a separate rule: a bot must still be verified to be in more than 100 servers.',
    th: thaiOnly(
      'ตั้งแต่วันที่ 10 มิถุนายน 2026 บอทที่มีผู้ใช้มองเห็นไม่ถึง 10,000 คน (นับรวมทุกเซิร์ฟเวอร์ที่บอทอยู่) เปิด Privileged Intent เองได้ใน Developer Portal เมื่อครบ 10,000 คน Discord ต้องตรวจสอบคำขอก่อน คุณมีเวลา 90 วันหลังได้รับแจ้งเพื่อยื่นคำขอ ระหว่างตรวจสอบบอทยังทำงานได้ตามปกติ และสิทธิ์ที่ได้รับอนุมัติต้องยื่นต่ออายุทุกปี ก่อนวันดังกล่าวเกณฑ์คือ 100 เซิร์ฟเวอร์ ส่วนการยืนยันบอท (verification) เป็นอีกกฎหนึ่ง บอทยังต้องผ่านการยืนยันก่อนจึงจะอยู่ในเซิร์ฟเวอร์ได้เกิน 100 แห่ง',
    ),
  }),
});

/** Something a newcomer wants their bot to do, and the intents that makes it need. */
export interface IntentNeed {
  readonly id: string;
  readonly label: Bilingual;
  readonly intents: readonly IntentKey[];
  readonly note?: Bilingual;
}

function need(id: string, intents: readonly IntentKey[], label: Bilingual, note?: Bilingual): IntentNeed {
  return Object.freeze({
    id,
    label: Object.freeze(label),
    intents: Object.freeze([...intents]),
    ...(note ? {note: Object.freeze(note)} : {}),
  });
}

/**
 * Server-side needs include Guilds because libraries (discord.py, discord.js, …) build their cache of servers and
 * channels from GUILD_CREATE; without it, events arrive for servers the library does not know.
 */
export const INTENT_NEEDS: readonly IntentNeed[] = Object.freeze([
  need(
    'slash-commands',
    [],
    {en: englishOnly('Answer slash commands and buttons'), th: thaiOnly('ตอบคำสั่งสแลชและปุ่ม')},
    {
      en: englishOnly(
        'Interactions are not tied to any intent: a bot that only answers commands can connect with none.',
      ),
      th: thaiOnly('อินเทอร์แอกชันไม่ผูกกับอินเทนต์ใด บอทที่ตอบแค่คำสั่งจะเชื่อมต่อโดยไม่ขออินเทนต์เลยก็ได้'),
    },
  ),
  need(
    'read-message-text',
    ['Guilds', 'GuildMessages', 'MessageContent'],
    {
      en: englishOnly('Read what people write in server channels (prefix commands, filters)'),
      th: thaiOnly('อ่านข้อความที่คนพิมพ์ในช่องของเซิร์ฟเวอร์ (คำสั่งแบบ prefix ตัวกรองคำ)'),
    },
    {
      en: englishOnly('Message Content is privileged. Messages that mention the bot are readable without it.'),
      th: thaiOnly('Message Content เป็น Privileged Intent ส่วนข้อความที่แท็กบอทอ่านได้โดยไม่ต้องใช้อินเทนต์นี้'),
    },
  ),
  need('see-messages', ['Guilds', 'GuildMessages'], {
    en: englishOnly('Know that messages were sent, edited or deleted (without reading them)'),
    th: thaiOnly('รู้ว่ามีข้อความถูกส่ง แก้ไข หรือลบ (โดยไม่อ่านเนื้อหา)'),
  }),
  need(
    'read-dms',
    ['DirectMessages'],
    {en: englishOnly('Read direct messages sent to the bot'), th: thaiOnly('อ่านข้อความส่วนตัวที่ส่งถึงบอท')},
    {
      en: englishOnly('Message Content is not needed: text in DMs with the bot is always included.'),
      th: thaiOnly('ไม่ต้องใช้ Message Content เพราะข้อความในแชตส่วนตัวกับบอทส่งมาครบเสมอ'),
    },
  ),
  need(
    'member-join-leave',
    ['Guilds', 'GuildMembers'],
    {
      en: englishOnly('See who joins or leaves (welcome messages, auto-roles)'),
      th: thaiOnly('รู้ว่าใครเข้าหรือออกจากเซิร์ฟเวอร์ (ข้อความต้อนรับ ให้บทบาทอัตโนมัติ)'),
    },
    {en: englishOnly('Server Members is privileged.'), th: thaiOnly('Server Members เป็น Privileged Intent')},
  ),
  need(
    'presences',
    ['Guilds', 'GuildPresences'],
    {en: "See members' online status and what they are playing", th: thaiOnly('ดูสถานะออนไลน์ของสมาชิกและเกมที่กำลังเล่น')},
    {en: englishOnly('Presence is privileged.'), th: thaiOnly('Presence เป็น Privileged Intent')},
  ),
  need(
    'reactions',
    ['Guilds', 'GuildMessageReactions'],
    {
      en: englishOnly('React to reactions (reaction roles, polls by emoji)'),
      th: thaiOnly('ตอบสนองต่อรีแอคชัน (รับบทบาทด้วยรีแอคชัน โหวตด้วยอีโมจิ)'),
    },
    {
      en: englishOnly('Reactions in DMs need Direct Message Reactions too.'),
      th: thaiOnly('รีแอคชันในแชตส่วนตัวต้องใช้อินเทนต์ “รีแอคชันในข้อความส่วนตัว” ด้วย'),
    },
  ),
  need('voice', ['Guilds', 'GuildVoiceStates'], {
    en: englishOnly('Join voice channels or see who is in them (music bots)'),
    th: thaiOnly('เข้าช่องเสียงหรือดูว่าใครอยู่ในช่องเสียง (บอทเพลง)'),
  }),
  need('scheduled-events', ['Guilds', 'GuildScheduledEvents'], {
    en: englishOnly('Follow scheduled events and who is interested'),
    th: thaiOnly('ติดตามกิจกรรมของเซิร์ฟเวอร์และผู้ที่สนใจ'),
  }),
  need(
    'polls',
    ['Guilds', 'GuildMessagePolls'],
    {en: englishOnly('Count votes on polls'), th: thaiOnly('นับคะแนนโหวตในโพล')},
    {
      en: englishOnly('Polls in DMs need Direct Message Polls too.'),
      th: thaiOnly('โพลในแชตส่วนตัวต้องใช้อินเทนต์ “โพลในข้อความส่วนตัว” ด้วย'),
    },
  ),
  need('typing', ['Guilds', 'GuildMessageTyping'], {
    en: englishOnly('Notice when someone starts typing'),
    th: thaiOnly('รู้เมื่อมีคนเริ่มพิมพ์'),
  }),
  need('invites', ['Guilds', 'GuildInvites'], {
    en: englishOnly('Track invites (who invited whom)'),
    th: thaiOnly('ติดตามคำเชิญ (ใครเชิญใคร)'),
  }),
  need(
    'moderation-log',
    ['Guilds', 'GuildModeration'],
    {en: englishOnly('Log bans and audit log entries'), th: thaiOnly('บันทึกการแบนและรายการในบันทึกการตรวจสอบ')},
    {
      en: englishOnly('Audit log entries also need the View Audit Log permission in the invite.'),
      th: thaiOnly('ถ้าจะรับรายการบันทึกการตรวจสอบ ลิงก์เชิญต้องขอสิทธิ์ดูบันทึกการตรวจสอบด้วย'),
    },
  ),
  need('automod', ['Guilds', 'AutoModerationConfiguration', 'AutoModerationExecution'], {
    en: englishOnly('Watch AutoMod rules and actions'),
    th: thaiOnly('ติดตามกฎและการดำเนินการของ AutoMod'),
  }),
  need('expressions', ['Guilds', 'GuildExpressions'], {
    en: englishOnly('Notice new or changed emoji, stickers and sounds'),
    th: thaiOnly('รู้เมื่อมีอีโมจิ สติกเกอร์ หรือเสียงใหม่หรือถูกแก้ไข'),
  }),
]);

const NEEDS_BY_ID: ReadonlyMap<string, IntentNeed> = new Map(INTENT_NEEDS.map((n) => [n.id, n]));

/** The intents for a set of need ids. Unknown ids (say, from an old shared link) are ignored, not an error. */
export function intentsForNeeds(ids: Iterable<string>): bigint {
  return encodeIntents(Array.from(ids, (id) => NEEDS_BY_ID.get(id)?.intents ?? []).flat());
}
