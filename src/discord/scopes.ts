/**
 * The OAuth2 scope catalogue: one row per scope Discord documents, and what each means for someone building a bot
 * invite link. The invite builder, the link checker and the reference table read these rows.
 *
 * Checked against, 2026-11-25:
 * - discord-api-types 0.38.57 (npm, node_modules/discord-api-types/payloads/v10/oauth2.d.ts): `OAuth2Scopes` has 29
 *   members, 29 distinct values, none marked `@deprecated`. scopes.test.ts compares this catalogue with it.
 * - discord/discord-api-docs at c98d64bc (2026-08-06), developers/topics/oauth2.mdx (last changed 78c8cb18,
 *   2026-05-05): "OAuth2 Scopes" table lists the same 29 names. It marks as approval-only: applications.builds.upload,
 *   dm_channels.read, identify.premium, rpc, rpc.activities.write, rpc.notifications.read, rpc.voice.read,
 *   rpc.voice.write, voice ("only available to approved partners"); activities.read / activities.write ("not
 *   currently available for apps"); relationships.read ("submit for access", Social SDK terms).
 *   applications.commands: "included by default with the `bot` scope". applications.commands.update: "client
 *   credentials grant only". "Advanced Bot Authorization": any scope outside `bot` and `applications.commands` turns
 *   the bot flow into a full authorization code grant, so `response_type` becomes mandatory.
 * - same snapshot, developers/topics/rpc.mdx: RPC (which `messages.read` is for) is closed to unapproved apps.
 * - same snapshot, developers/interactions/application-commands.mdx: the `applications.commands` scope "is also
 *   automatically included with the `bot` scope". developers/change-log.mdx (f36e7ca3, 2026-08-05) has no entry for
 *   this; the two pages above are the source.
 * - discord-api-types says applications.commands.permissions.update is "client credentials grant only"; Discord's
 *   own table says it acts "in a guild a user has permissions to", i.e. on a user's behalf. We follow Discord.
 * Descriptions are our own wording.
 */
import type {OAuth2Scopes} from 'discord-api-types/v10';

import {freezeBilingual, type Bilingual} from './locale';

// A text only English pages show (Thai pages show the Thai column): folded to '' in another locale's build, as
// thaiOnly is in the English one.
const englishOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'en' ? text : '';

// A sentence only Thai pages show. Defined in each catalogue module, not imported, so that in another locale's build
// (process.env.SITE_LOCALE, set by the site-locale plugin) the minifier folds every call to '' and drops the Thai.
const thaiOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'th' ? text : '';

/** A discord-api-types `OAuth2Scopes` member name, e.g. 'ApplicationsCommands'. */
export type ScopeKey = keyof typeof OAuth2Scopes;
/** A scope as it appears in a URL, e.g. 'applications.commands'. */
export type ScopeName = `${OAuth2Scopes}`;

export interface ScopeInfo {
  readonly scope: ScopeName;
  readonly key: ScopeKey;
  readonly description: Bilingual;
  /** Belongs in an ordinary bot invite link (no redirect, no website of your own). */
  readonly forBots: boolean;
  /**
   * Only works in an authorization code grant: the link needs `response_type=code` and the user is sent on to your
   * redirect URI, which must exchange the code. A newcomer's bot invite never needs these.
   */
  readonly needsCodeGrant: boolean;
  /** Discord must approve the app first; asking without approval fails or misbehaves. */
  readonly needsApproval: boolean;
  /** Cannot be requested in an authorize link at all: only the client credentials grant issues it. */
  readonly clientCredentialsOnly?: boolean;
  /** No scope is deprecated in discord-api-types 0.38.57; kept so a future one can be marked without a type change. */
  readonly deprecated?: boolean;
}

/**
 * Today an install with `bot` also grants `applications.commands`, so a bot link no longer needs both.
 * Source: developers/topics/oauth2.mdx scopes table and developers/interactions/application-commands.mdx (see top).
 */
export const BOT_IMPLIES_COMMANDS = true;

/**
 * A row as written below. `scope` must be the discord-api-types value of its key, so a misspelt scope is a type
 * error; the three booleans are stated in every row rather than defaulted, so each row reads on its own.
 */
type ScopeRow<Name extends ScopeName> = Omit<ScopeInfo, 'key' | 'scope' | 'clientCredentialsOnly' | 'deprecated'> & {
  readonly scope: Name;
  readonly clientCredentialsOnly?: true;
  readonly deprecated?: true;
};

/**
 * One row per `OAuth2Scopes` member: a scope discord-api-types adds is a compile error until it is described here.
 * Discord's oauth2.mdx table and discord-api-types 0.38.57 list the same 29 scopes (see top), so no scope needs an
 * exception either way.
 */
type ScopeRows = {readonly [K in ScopeKey]: ScopeRow<`${(typeof OAuth2Scopes)[K]}`>};

// In the docs' table order (alphabetical by scope).
const ROWS = {
  ActivitiesRead: {
    scope: 'activities.read',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly("Read the user's “Now Playing / Recently Played” list. Not open to apps at present."),
      th: thaiOnly('อ่านรายการ “กำลังเล่น / เล่นล่าสุด” ของผู้ใช้ ตอนนี้ Discord ยังไม่เปิดให้แอปทั่วไปใช้'),
    },
  },
  ActivitiesWrite: {
    scope: 'activities.write',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly(
        "Update the user's activity status. Not open to apps at present (the Game SDK activity manager does not need it).",
      ),
      th: thaiOnly(
        'อัปเดตสถานะ activity ของผู้ใช้ (เช่น “กำลังเล่น …”) ตอนนี้ยังไม่เปิดให้แอปทั่วไปใช้ (activity manager ของ Game SDK ไม่ต้องใช้สโคปนี้)',
      ),
    },
  },
  ApplicationsBuildsRead: {
    scope: 'applications.builds.read',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly("Read build data of the user's applications."),
      th: thaiOnly('อ่านข้อมูลบิลด์ของแอปพลิเคชันที่ผู้ใช้เป็นเจ้าของ'),
    },
  },
  ApplicationsBuildsUpload: {
    scope: 'applications.builds.upload',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly("Upload or update builds of the user's applications. Approved partners only."),
      th: thaiOnly('อัปโหลดหรืออัปเดตบิลด์ของแอปพลิเคชันของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว'),
    },
  },
  ApplicationsCommands: {
    scope: 'applications.commands',
    forBots: true,
    needsCodeGrant: false,
    needsApproval: false,
    description: {
      en: englishOnly(
        'Let the app add its slash and context-menu commands where it is installed. Comes with `bot` automatically.',
      ),
      th: thaiOnly('ให้แอปเพิ่มคำสั่งสแลชและคำสั่งในเมนูคลิกขวาในที่ที่ติดตั้ง ได้มาโดยอัตโนมัติเมื่อเลือก `bot`'),
    },
  },
  ApplicationsCommandsUpdate: {
    scope: 'applications.commands.update',
    forBots: false,
    needsCodeGrant: false,
    needsApproval: false,
    clientCredentialsOnly: true,
    description: {
      en: englishOnly(
        "Update the app's own commands with a bearer token. Client credentials grant only, never in an invite link.",
      ),
      th: thaiOnly('อัปเดตคำสั่งของแอปเองด้วย bearer token ใช้ได้เฉพาะ client credentials grant ไม่ใช้ในลิงก์เชิญ'),
    },
  },
  ApplicationCommandsPermissionsUpdate: {
    scope: 'applications.commands.permissions.update',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly(
        "Change who may use the app's commands in a server, on behalf of a user who may manage that server.",
      ),
      th: thaiOnly('แก้ไขว่าใครใช้คำสั่งของแอปได้บ้างในเซิร์ฟเวอร์ ในนามของผู้ใช้ที่มีสิทธิ์จัดการเซิร์ฟเวอร์นั้น'),
    },
  },
  ApplicationsEntitlements: {
    scope: 'applications.entitlements',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly("Read entitlements (purchases) for the user's applications."),
      th: thaiOnly('อ่านสิทธิ์การใช้งาน (สิ่งที่ซื้อ) ของแอปพลิเคชันของผู้ใช้'),
    },
  },
  ApplicationsStoreUpdate: {
    scope: 'applications.store.update',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly("Read and update store data (SKUs, listings, achievements) for the user's applications."),
      th: thaiOnly('อ่านและแก้ไขข้อมูลร้านค้า (SKU หน้าร้าน ความสำเร็จ) ของแอปพลิเคชันของผู้ใช้'),
    },
  },
  Bot: {
    scope: 'bot',
    forBots: true,
    needsCodeGrant: false,
    needsApproval: false,
    description: {
      en: englishOnly(
        "Add the app's bot user to the server the user picks. The scope that makes an invite link a bot invite.",
      ),
      th: thaiOnly('เพิ่มบัญชีบอทของแอปเข้าเซิร์ฟเวอร์ที่ผู้ใช้เลือก เป็นสโคปที่ทำให้ลิงก์กลายเป็นลิงก์เชิญบอท'),
    },
  },
  Connections: {
    scope: 'connections',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly('Read the third-party accounts (Twitch, Steam, …) the user has linked.'),
      th: thaiOnly('อ่านบัญชีภายนอก (Twitch, Steam ฯลฯ) ที่ผู้ใช้เชื่อมไว้'),
    },
  },
  DMChannelsRead: {
    scope: 'dm_channels.read',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly("See information about the user's direct messages and group DMs. Approved partners only."),
      th: thaiOnly('ดูข้อมูลข้อความส่วนตัวและกลุ่มแชตส่วนตัวของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว'),
    },
  },
  Email: {
    scope: 'email',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly("Read the user's email address, on top of `identify`."),
      th: thaiOnly('อ่านอีเมลของผู้ใช้ เพิ่มเติมจาก `identify`'),
    },
  },
  GroupDMJoins: {
    scope: 'gdm.join',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly('Add the user to a group DM that the app manages.'),
      th: thaiOnly('เพิ่มผู้ใช้เข้ากลุ่มแชตส่วนตัวที่แอปดูแล'),
    },
  },
  Guilds: {
    scope: 'guilds',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly('List basic information about every server the user is in.'),
      th: thaiOnly('ดูข้อมูลพื้นฐานของทุกเซิร์ฟเวอร์ที่ผู้ใช้อยู่'),
    },
  },
  GuildsJoin: {
    scope: 'guilds.join',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly('Add the user to a server the bot is already in.'),
      th: thaiOnly('เพิ่มผู้ใช้เข้าเซิร์ฟเวอร์ที่บอทอยู่แล้ว'),
    },
  },
  GuildsMembersRead: {
    scope: 'guilds.members.read',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly("Read the user's member details (nickname, roles, …) in one of their servers."),
      th: thaiOnly('อ่านข้อมูลสมาชิกของผู้ใช้ (ชื่อเล่น บทบาท ฯลฯ) ในเซิร์ฟเวอร์ที่เขาอยู่'),
    },
  },
  Identify: {
    scope: 'identify',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly("Read the user's basic profile (ID, username, avatar), without the email address."),
      th: thaiOnly('อ่านโปรไฟล์พื้นฐานของผู้ใช้ (ID ชื่อผู้ใช้ รูปโปรไฟล์) โดยไม่รวมอีเมล'),
    },
  },
  IdentifyPremium: {
    scope: 'identify.premium',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly("Read the user's Nitro subscription type. Approved partners only."),
      th: thaiOnly('อ่านประเภทการสมัคร Nitro ของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว'),
    },
  },
  MessagesRead: {
    scope: 'messages.read',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly(
        "Local RPC only: read messages from all of the user's client channels. RPC needs Discord's approval.",
      ),
      th: thaiOnly('เฉพาะ RPC บนเครื่อง: อ่านข้อความจากทุกช่องในแอป Discord ของผู้ใช้ ต้องได้รับอนุมัติ RPC จาก Discord'),
    },
  },
  RelationshipsRead: {
    scope: 'relationships.read',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly(
        "Read the user's friends, pending requests and blocked users. Social SDK: apply for access first.",
      ),
      th: thaiOnly('อ่านรายชื่อเพื่อน คำขอที่รออยู่ และผู้ที่ถูกบล็อกของผู้ใช้ เป็นส่วนของ Social SDK ต้องขอสิทธิ์ก่อน'),
    },
  },
  RoleConnectionsWrite: {
    scope: 'role_connections.write',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly("Update the user's connection and metadata for this app (linked roles)."),
      th: thaiOnly('อัปเดตการเชื่อมต่อและข้อมูลเมตาของผู้ใช้สำหรับแอปนี้ (บทบาทที่เชื่อมโยง)'),
    },
  },
  RPC: {
    scope: 'rpc',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly("Local RPC: control the user's Discord client. Approved partners only."),
      th: thaiOnly('RPC บนเครื่อง: ควบคุมแอป Discord ของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว'),
    },
  },
  RPCActivitiesWrite: {
    scope: 'rpc.activities.write',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly("Local RPC: update the user's activity. Approved partners only."),
      th: thaiOnly('RPC บนเครื่อง: อัปเดตสถานะ activity ของผู้ใช้ (เช่น “กำลังเล่น …”) เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว'),
    },
  },
  RPCNotificationsRead: {
    scope: 'rpc.notifications.read',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly('Local RPC: receive the notifications sent to the user. Approved partners only.'),
      th: thaiOnly('RPC บนเครื่อง: รับการแจ้งเตือนที่ส่งถึงผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว'),
    },
  },
  RPCVoiceRead: {
    scope: 'rpc.voice.read',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly("Local RPC: read the user's voice settings and listen for voice events. Approved partners only."),
      th: thaiOnly('RPC บนเครื่อง: อ่านการตั้งค่าเสียงของผู้ใช้และรับอีเวนต์เสียง เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว'),
    },
  },
  RPCVoiceWrite: {
    scope: 'rpc.voice.write',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly("Local RPC: change the user's voice settings. Approved partners only."),
      th: thaiOnly('RPC บนเครื่อง: เปลี่ยนการตั้งค่าเสียงของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว'),
    },
  },
  Voice: {
    scope: 'voice',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: true,
    description: {
      en: englishOnly('Join voice on the user’s behalf and see everyone in the voice channel. Approved partners only.'),
      th: thaiOnly('เข้าช่องเสียงในนามของผู้ใช้และเห็นทุกคนในช่องเสียง เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว'),
    },
  },
  WebhookIncoming: {
    scope: 'webhook.incoming',
    forBots: false,
    needsCodeGrant: true,
    needsApproval: false,
    description: {
      en: englishOnly(
        'Let the user pick a channel and create a webhook in it; the webhook comes back with the access token.',
      ),
      th: thaiOnly('ให้ผู้ใช้เลือกช่องแล้วสร้าง Webhook ในช่องนั้น Webhook จะส่งกลับมาพร้อม access token'),
    },
  },
} as const satisfies ScopeRows;

function toInfo(key: ScopeKey, row: ScopeRow<ScopeName>): ScopeInfo {
  return Object.freeze({
    scope: row.scope,
    key,
    description: freezeBilingual(row.description),
    forBots: row.forBots,
    needsCodeGrant: row.needsCodeGrant,
    needsApproval: row.needsApproval,
    ...(row.clientCredentialsOnly ? {clientCredentialsOnly: true} : {}),
    ...(row.deprecated ? {deprecated: true} : {}),
  });
}

/** In the docs' table order (alphabetical by scope). */
export const SCOPES: readonly ScopeInfo[] = Object.freeze(
  // Object.keys loses the key type; `satisfies ScopeRows` above is what guarantees these are exactly ScopeKey.
  (Object.keys(ROWS) as ScopeKey[]).map((key) => toInfo(key, ROWS[key])),
);

const BY_NAME: ReadonlyMap<string, ScopeInfo> = new Map(SCOPES.map((info) => [info.scope, info]));

export function isKnownScope(scope: string): scope is ScopeName {
  return BY_NAME.has(scope);
}

/** The row for a scope name as written in a URL, or undefined for a name Discord does not document. */
export function getScope(scope: string): ScopeInfo | undefined {
  return BY_NAME.get(scope);
}
