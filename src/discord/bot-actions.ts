/**
 * What bots try to do, one row per action, with the permissions Discord checks for it: the permission debugger
 * ("why can't my bot …?") explains an action against a server's roles and a channel's overwrites with these rows.
 * Rows name permissions by catalogue key (permissions.ts), so labels, bits and split history come from there.
 *
 * Checked against discord/discord-api-docs at c98d64bc (2026-08-06):
 * - developers/resources/message.mdx at 15b85df5 (2026-08-03): "Create Message" › Limitations (SEND_MESSAGES; a reply
 *   also needs READ_MESSAGE_HISTORY), "Create Reaction" (READ_MESSAGE_HISTORY always, ADD_REACTIONS when nobody has
 *   reacted with that emoji yet), "Delete Message" (MANAGE_MESSAGES for others' messages), "Pin Message" (PIN_MESSAGES),
 *   "Allowed Mentions" (MENTION_EVERYONE for @everyone and @here).
 * - developers/resources/channel.mdx at 08b39ffb (2026-08-05): "Create Channel Invite" (CREATE_INSTANT_INVITE),
 *   "Modify Channel" (MANAGE_CHANNELS), "Start Thread in Forum or Media Channel" (SEND_MESSAGES, CREATE_PUBLIC_THREADS
 *   ignored).
 * - developers/topics/threads.mdx at 2fa6f146 (2026-02-18), "Permissions": SEND_MESSAGES has no effect in threads,
 *   SEND_MESSAGES_IN_THREADS does; CREATE_PUBLIC_THREADS / CREATE_PRIVATE_THREADS; thread-only channels need only
 *   SEND_MESSAGES to start a post. developers/topics/permissions.mdx at 258deb49, flags table: CONNECT "joining of a
 *   voice channel", SPEAK "speaking in a voice channel", USE_APPLICATION_COMMANDS.
 * - developers/resources/guild.mdx at 9c46c329 (2026-07-21): "Remove Guild Member" (KICK_MEMBERS), "Create Guild Ban"
 *   (BAN_MEMBERS), "Modify Guild Member" (nick: MANAGE_NICKNAMES; communication_disabled_until: MODERATE_MEMBERS, and
 *   "403 if the user has the ADMINISTRATOR permission or is the owner"), "Add Guild Member Role" (MANAGE_ROLES).
 *   developers/topics/permissions.mdx "Permission Hierarchy": kick, ban and nickname need the target's highest role
 *   below the bot's; a role can be given only when below the bot's highest role.
 * - developers/topics/opcodes-and-status-codes.mdx at 9c46c329, "JSON Error Codes": 50001 Missing access, 50013 You
 *   lack permissions to perform that action. Interactions: change log "Changes to Bot Permissions for Interactions and
 *   Webhooks" (2022-06-29), replies need no send permission (see permissions.ts).
 * - Silent failures: a message sent without MENTION_EVERYONE goes out but pings nobody; without EMBED_LINKS a bot's
 *   embeds are hidden (discord/discord-api-docs issue #2211, cited in permissions.ts). Neither returns an error.
 * Thai: Discord's client words as in permissions.ts and the site glossary (ช่อง, บทบาท, สิทธิ์, สิทธิ์รายช่อง, เธรด).
 */
import {freezeBilingual, type Bilingual} from './locale';
import type {PermissionKey} from './permissions';

// A text only English pages show (Thai pages show the Thai column): folded to '' in another locale's build, as
// thaiOnly is in the English one.
const englishOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'en' ? text : '';

// A text only Thai pages show. Defined in this module, not imported, so that in another locale's build
// (process.env.SITE_LOCALE, set by the site-locale plugin) the minifier folds every call to '' and drops the Thai.
const thaiOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'th' ? text : '';

export type BotActionId =
  | 'send-message'
  | 'reply'
  | 'send-in-thread'
  | 'create-public-thread'
  | 'create-private-thread'
  | 'add-reaction'
  | 'embed-links'
  | 'attach-files'
  | 'mention-everyone'
  | 'pin-message'
  | 'delete-others-messages'
  | 'connect'
  | 'speak'
  | 'create-invite'
  | 'kick'
  | 'ban'
  | 'timeout'
  | 'change-nickname'
  | 'give-role'
  | 'manage-channel'
  | 'use-slash-commands';

/** What the action is done to, for the hierarchy check: nothing, a member (kick, ban…), or a role (giving it). */
export type BotActionTarget = 'none' | 'member' | 'role';

/** Discord's JSON error codes for a refused request. */
export const API_ERRORS = Object.freeze({missingAccess: 50001, missingPermissions: 50013} as const);
export type ApiErrorCode = (typeof API_ERRORS)[keyof typeof API_ERRORS];

export interface BotAction {
  readonly id: BotActionId;
  readonly label: Bilingual;
  /** The permissions Discord checks. View Channel and the other implicit prerequisites are added by the channel. */
  readonly needs: readonly PermissionKey[];
  /** In forum and media channels, where a post is a thread, these instead of `needs`. */
  readonly needsInThreadOnly?: readonly PermissionKey[];
  /** Checked in a channel (its overwrites count), or server-wide. */
  readonly channel: boolean;
  readonly target: BotActionTarget;
  /** Missing these does not fail the request: it goes through without the effect (no ping, no embed). */
  readonly silentWithout?: readonly PermissionKey[];
  /** The target may not have Administrator (Modify Guild Member refuses to time out admins). */
  readonly sparesAdministrators?: boolean;
  /** One line on why Discord wants these permissions. The error a refusal gets is a rule, not a row: see explain.ts. */
  readonly why: Bilingual;
}

type Row = Omit<BotAction, 'id'>;

const ROWS = {
  'send-message': {
    label: {en: englishOnly('Send a message'), th: thaiOnly('ส่งข้อความ')},
    needs: ['SendMessages'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly('Posting needs Send Messages, and the bot must see the channel (View Channels).'),
      th: thaiOnly('การโพสต์ต้องใช้สิทธิ์ส่งข้อความ และบอทต้องมองเห็นช่องนั้นด้วย (ดูช่อง)'),
    },
  },
  reply: {
    label: {en: englishOnly('Reply to a message'), th: thaiOnly('ตอบกลับข้อความ')},
    needs: ['SendMessages', 'ReadMessageHistory'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly('A reply is a message that points at an older one, so Discord also wants Read Message History.'),
      th: thaiOnly('การตอบกลับคือข้อความที่อ้างถึงข้อความเก่า Discord จึงต้องการสิทธิ์อ่านประวัติข้อความด้วย'),
    },
  },
  'send-in-thread': {
    label: {en: englishOnly('Send a message in a thread'), th: thaiOnly('ส่งข้อความในเธรด')},
    needs: ['SendMessagesInThreads'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly(
        "Threads use the parent channel's permissions, but Send Messages does nothing there: it takes Send Messages in Threads. Check the parent channel.",
      ),
      th: thaiOnly('เธรดใช้สิทธิ์ของช่องแม่ แต่สิทธิ์ส่งข้อความไม่มีผลในเธรด ต้องใช้สิทธิ์ส่งข้อความในเธรดแทน ให้ตรวจที่ช่องแม่ของเธรด'),
    },
  },
  'create-public-thread': {
    label: {en: englishOnly('Create a public thread'), th: thaiOnly('สร้างเธรดสาธารณะ')},
    needs: ['CreatePublicThreads'],
    needsInThreadOnly: ['SendMessages'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly(
        'Starting a thread needs Create Public Threads; in a forum or media channel a new post needs Send Messages instead.',
      ),
      th: thaiOnly('การเปิดเธรดต้องใช้สิทธิ์สร้างเธรดสาธารณะ แต่ในช่องฟอรัมหรือช่องสื่อ การตั้งโพสต์ใหม่ใช้สิทธิ์ส่งข้อความแทน'),
    },
  },
  'create-private-thread': {
    label: {en: englishOnly('Create a private thread'), th: thaiOnly('สร้างเธรดส่วนตัว')},
    needs: ['CreatePrivateThreads'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly('Private threads have their own permission, Create Private Threads.'),
      th: thaiOnly('เธรดส่วนตัวมีสิทธิ์แยกของตัวเอง คือสิทธิ์สร้างเธรดส่วนตัว'),
    },
  },
  'add-reaction': {
    label: {en: englishOnly('Add a reaction'), th: thaiOnly('เพิ่มรีแอคชัน')},
    needs: ['AddReactions', 'ReadMessageHistory'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly(
        'Reacting always needs Read Message History; Add Reactions is needed for an emoji nobody has reacted with yet.',
      ),
      th: thaiOnly('การกดรีแอคชันต้องมีสิทธิ์อ่านประวัติข้อความเสมอ และต้องมีสิทธิ์เพิ่มรีแอคชันถ้ายังไม่มีใครกดอีโมจินั้น'),
    },
  },
  'embed-links': {
    label: {en: englishOnly('Send embeds and link previews'), th: thaiOnly('ส่ง embed และตัวอย่างลิงก์')},
    needs: ['SendMessages', 'EmbedLinks'],
    channel: true,
    target: 'none',
    silentWithout: ['EmbedLinks'],
    why: {
      en: englishOnly(
        'Without Embed Links the message is still sent, but its embeds are hidden; without Send Messages, Embed Links counts for nothing.',
      ),
      th: thaiOnly('ถ้าไม่มีสิทธิ์ฝังลิงก์ ข้อความยังส่งได้แต่ embed จะไม่แสดง และถ้าไม่มีสิทธิ์ส่งข้อความ สิทธิ์ฝังลิงก์ก็ไม่มีผล'),
    },
  },
  'attach-files': {
    label: {en: englishOnly('Attach files'), th: thaiOnly('แนบไฟล์')},
    needs: ['SendMessages', 'AttachFiles'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly('Uploading needs Attach Files, which only counts where the bot may send messages.'),
      th: thaiOnly('การอัปโหลดไฟล์ต้องใช้สิทธิ์แนบไฟล์ ซึ่งมีผลเฉพาะในช่องที่บอทส่งข้อความได้'),
    },
  },
  'mention-everyone': {
    label: {en: englishOnly('Mention @everyone or @here'), th: thaiOnly('กล่าวถึง @everyone หรือ @here')},
    needs: ['SendMessages', 'MentionEveryone'],
    channel: true,
    target: 'none',
    silentWithout: ['MentionEveryone'],
    why: {
      en: englishOnly('Without the Mention @everyone permission the message is sent but pings nobody.'),
      th: thaiOnly('ถ้าไม่มีสิทธิ์กล่าวถึง @everyone ข้อความยังส่งได้ แต่จะไม่มีใครได้รับการแจ้งเตือน'),
    },
  },
  'pin-message': {
    label: {en: englishOnly('Pin a message'), th: thaiOnly('ปักหมุดข้อความ')},
    needs: ['PinMessages'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly(
        'Pinning has its own permission now, Pin Messages; Manage Messages no longer allows it (see the split note of Pin Messages).',
      ),
      th: thaiOnly(
        'ตอนนี้การปักหมุดมีสิทธิ์ของตัวเองคือสิทธิ์ปักหมุดข้อความ สิทธิ์จัดการข้อความใช้ปักหมุดไม่ได้แล้ว (ดูหมายเหตุการแยกสิทธิ์ของปักหมุดข้อความ)',
      ),
    },
  },
  'delete-others-messages': {
    label: {en: englishOnly("Delete other people's messages"), th: thaiOnly('ลบข้อความของคนอื่น')},
    needs: ['ManageMessages'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly("A bot may always delete its own messages; anyone else's needs Manage Messages."),
      th: thaiOnly('บอทลบข้อความของตัวเองได้เสมอ แต่การลบข้อความของคนอื่นต้องใช้สิทธิ์จัดการข้อความ'),
    },
  },
  connect: {
    label: {en: englishOnly('Join a voice channel'), th: thaiOnly('เข้าช่องเสียง')},
    needs: ['Connect'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly(
        'Joining needs Connect; in a voice or stage channel, Connect also gates the other voice permissions.',
      ),
      th: thaiOnly('การเข้าช่องต้องใช้สิทธิ์เชื่อมต่อ และในช่องเสียงหรือช่อง Stage สิทธิ์เสียงอื่น ๆ จะมีผลก็ต่อเมื่อมีสิทธิ์เชื่อมต่อ'),
    },
  },
  speak: {
    label: {en: englishOnly('Speak or play audio'), th: thaiOnly('พูดหรือเปิดเสียงในช่องเสียง')},
    needs: ['Connect', 'Speak'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly(
        'A music bot needs Connect to join and Speak to be heard. In a stage channel it must also be made a speaker.',
      ),
      th: thaiOnly('บอทเพลงต้องมีสิทธิ์เชื่อมต่อเพื่อเข้าช่อง และสิทธิ์พูดเพื่อให้คนได้ยิน ในช่อง Stage ต้องได้ขึ้นเป็นผู้พูดด้วย'),
    },
  },
  'create-invite': {
    label: {en: englishOnly('Create an invite'), th: thaiOnly('สร้างคำเชิญ')},
    needs: ['CreateInstantInvite'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly('An invite leads into a channel, so Create Invite is checked there.'),
      th: thaiOnly('คำเชิญพาคนเข้ามาที่ช่องใดช่องหนึ่ง สิทธิ์สร้างคำเชิญจึงตรวจที่ช่องนั้น'),
    },
  },
  kick: {
    label: {en: englishOnly('Kick a member'), th: thaiOnly('เตะสมาชิก')},
    needs: ['KickMembers'],
    channel: false,
    target: 'member',
    why: {
      en: englishOnly(
        "Needs Kick Members, and the member's highest role must be below the bot's highest role. Nobody can kick the owner.",
      ),
      th: thaiOnly('ต้องมีสิทธิ์เตะสมาชิก และบทบาทสูงสุดของสมาชิกคนนั้นต้องต่ำกว่าบทบาทสูงสุดของบอท ไม่มีใครเตะเจ้าของเซิร์ฟเวอร์ได้'),
    },
  },
  ban: {
    label: {en: englishOnly('Ban a member'), th: thaiOnly('แบนสมาชิก')},
    needs: ['BanMembers'],
    channel: false,
    target: 'member',
    why: {
      en: englishOnly(
        "Needs Ban Members, and the member's highest role must be below the bot's highest role. Nobody can ban the owner.",
      ),
      th: thaiOnly('ต้องมีสิทธิ์แบนสมาชิก และบทบาทสูงสุดของสมาชิกคนนั้นต้องต่ำกว่าบทบาทสูงสุดของบอท ไม่มีใครแบนเจ้าของเซิร์ฟเวอร์ได้'),
    },
  },
  timeout: {
    label: {en: englishOnly('Time out a member'), th: thaiOnly('ระงับสมาชิกชั่วคราว')},
    needs: ['ModerateMembers'],
    channel: false,
    target: 'member',
    sparesAdministrators: true,
    why: {
      en: englishOnly(
        "Needs Timeout Members and a higher role than the member's. The owner and members with Administrator cannot be timed out.",
      ),
      th: thaiOnly(
        'ต้องมีสิทธิ์ระงับสมาชิกชั่วคราว และบทบาทสูงสุดของบอทต้องสูงกว่าของสมาชิกคนนั้น เจ้าของเซิร์ฟเวอร์และสมาชิกที่มีสิทธิ์ผู้ดูแลระบบถูกระงับชั่วคราวไม่ได้',
      ),
    },
  },
  'change-nickname': {
    label: {en: englishOnly("Change a member's nickname"), th: thaiOnly('เปลี่ยนชื่อเล่นของสมาชิก')},
    needs: ['ManageNicknames'],
    channel: false,
    target: 'member',
    why: {
      en: englishOnly(
        "Needs Manage Nicknames, and the member's highest role must be below the bot's. The owner's nickname is out of reach.",
      ),
      th: thaiOnly('ต้องมีสิทธิ์จัดการชื่อเล่น และบทบาทสูงสุดของสมาชิกคนนั้นต้องต่ำกว่าของบอท ชื่อเล่นของเจ้าของเซิร์ฟเวอร์เปลี่ยนไม่ได้'),
    },
  },
  'give-role': {
    label: {en: englishOnly('Give a member a role'), th: thaiOnly('มอบบทบาทให้สมาชิก')},
    needs: ['ManageRoles'],
    channel: false,
    target: 'role',
    why: {
      en: englishOnly(
        "Needs Manage Roles, and the role must be below the bot's highest role, even when the bot has Administrator.",
      ),
      th: thaiOnly('ต้องมีสิทธิ์จัดการบทบาท และบทบาทที่จะมอบต้องอยู่ต่ำกว่าบทบาทสูงสุดของบอท แม้บอทจะมีสิทธิ์ผู้ดูแลระบบก็ตาม'),
    },
  },
  'manage-channel': {
    label: {en: englishOnly("Edit a channel's settings"), th: thaiOnly('แก้ไขการตั้งค่าช่อง')},
    needs: ['ManageChannels'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly(
        'Renaming or editing a channel needs Manage Channels there; changing its permissions also needs Manage Permissions.',
      ),
      th: thaiOnly('การเปลี่ยนชื่อหรือแก้ไขช่องต้องมีสิทธิ์จัดการช่องในช่องนั้น ถ้าจะแก้สิทธิ์รายช่องต้องมีสิทธิ์จัดการสิทธิ์ด้วย'),
    },
  },
  'use-slash-commands': {
    label: {en: englishOnly("Use the bot's slash commands"), th: thaiOnly('ใช้คำสั่งสแลชของบอท')},
    needs: ['UseApplicationCommands'],
    channel: true,
    target: 'none',
    why: {
      en: englishOnly(
        'Check this for the member who runs the command: they need Use Application Commands. The bot answers through the interaction, which needs no send permission.',
      ),
      th: thaiOnly(
        'ให้ตรวจกับสมาชิกที่เรียกใช้คำสั่ง สมาชิกต้องมีสิทธิ์ใช้คำสั่งแอป ส่วนบอทตอบผ่านอินเทอร์แอกชัน (interaction) ซึ่งไม่ต้องใช้สิทธิ์ส่งข้อความ',
      ),
    },
  },
} as const satisfies Readonly<Record<BotActionId, Row>>;

function toAction(id: BotActionId, row: Row): BotAction {
  return Object.freeze({
    ...row,
    id,
    label: freezeBilingual(row.label),
    why: freezeBilingual(row.why),
    needs: Object.freeze([...row.needs]),
  });
}

/** Every action, in the order the tool lists them: messages, threads, voice, then moderation. */
export const BOT_ACTIONS: readonly BotAction[] = Object.freeze(
  (Object.keys(ROWS) as BotActionId[]).map((id) => toAction(id, ROWS[id])),
);

const BY_ID: ReadonlyMap<string, BotAction> = new Map(BOT_ACTIONS.map((action) => [action.id, action]));

export function isBotActionId(value: unknown): value is BotActionId {
  return typeof value === 'string' && BY_ID.has(value);
}

/** The action with this ID; undefined for an ID from outside the catalogue (a URL, an untyped caller). */
export function getBotAction(id: string): BotAction | undefined {
  return BY_ID.get(id);
}
