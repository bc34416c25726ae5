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

import type {Bilingual} from './locale';

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

function row(
  key: ScopeKey,
  scope: ScopeName,
  flags: {forBots?: boolean; needsCodeGrant?: boolean; needsApproval?: boolean; clientCredentialsOnly?: boolean},
  en: string,
  th: string,
): ScopeInfo {
  const info: ScopeInfo = {
    scope,
    key,
    description: Object.freeze({en, th}),
    forBots: flags.forBots ?? false,
    needsCodeGrant: flags.needsCodeGrant ?? true,
    needsApproval: flags.needsApproval ?? false,
    ...(flags.clientCredentialsOnly ? {clientCredentialsOnly: true} : {}),
  };
  return Object.freeze(info);
}

const approval = {needsApproval: true} as const;

/** In the docs' table order (alphabetical by scope). */
export const SCOPES: readonly ScopeInfo[] = Object.freeze([
  row(
    'ActivitiesRead',
    'activities.read',
    approval,
    "Read the user's “Now Playing / Recently Played” list. Not open to apps at present.",
    'อ่านรายการ “กำลังเล่น / เล่นล่าสุด” ของผู้ใช้ ตอนนี้ Discord ยังไม่เปิดให้แอปทั่วไปใช้',
  ),
  row(
    'ActivitiesWrite',
    'activities.write',
    approval,
    "Update the user's activity status. Not open to apps at present (the Game SDK activity manager does not need it).",
    'อัปเดตสถานะกิจกรรมของผู้ใช้ ตอนนี้ยังไม่เปิดให้แอปทั่วไปใช้ (ตัวจัดการกิจกรรมของ Game SDK ไม่ต้องใช้สโคปนี้)',
  ),
  row(
    'ApplicationsBuildsRead',
    'applications.builds.read',
    {},
    "Read build data of the user's applications.",
    'อ่านข้อมูลบิลด์ของแอปพลิเคชันที่ผู้ใช้เป็นเจ้าของ',
  ),
  row(
    'ApplicationsBuildsUpload',
    'applications.builds.upload',
    approval,
    "Upload or update builds of the user's applications. Approved partners only.",
    'อัปโหลดหรืออัปเดตบิลด์ของแอปพลิเคชันของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว',
  ),
  row(
    'ApplicationsCommands',
    'applications.commands',
    {forBots: true, needsCodeGrant: false},
    'Let the app add its slash and context-menu commands where it is installed. Comes with `bot` automatically.',
    'ให้แอปเพิ่มคำสั่งสแลชและคำสั่งในเมนูคลิกขวาในที่ที่ติดตั้ง ได้มาโดยอัตโนมัติเมื่อเลือก `bot`',
  ),
  row(
    'ApplicationsCommandsUpdate',
    'applications.commands.update',
    {needsCodeGrant: false, clientCredentialsOnly: true},
    "Update the app's own commands with a bearer token. Client credentials grant only, never in an invite link.",
    'อัปเดตคำสั่งของแอปเองด้วย bearer token ใช้ได้เฉพาะ client credentials grant ไม่ใช้ในลิงก์เชิญ',
  ),
  row(
    'ApplicationCommandsPermissionsUpdate',
    'applications.commands.permissions.update',
    {},
    "Change who may use the app's commands in a server, on behalf of a user who may manage that server.",
    'แก้ไขว่าใครใช้คำสั่งของแอปได้บ้างในเซิร์ฟเวอร์ แทนผู้ใช้ที่มีสิทธิ์จัดการเซิร์ฟเวอร์นั้น',
  ),
  row(
    'ApplicationsEntitlements',
    'applications.entitlements',
    {},
    "Read entitlements (purchases) for the user's applications.",
    'อ่านสิทธิ์การใช้งาน (สิ่งที่ซื้อ) ของแอปพลิเคชันของผู้ใช้',
  ),
  row(
    'ApplicationsStoreUpdate',
    'applications.store.update',
    {},
    "Read and update store data (SKUs, listings, achievements) for the user's applications.",
    'อ่านและแก้ไขข้อมูลร้านค้า (SKU หน้าร้าน ความสำเร็จ) ของแอปพลิเคชันของผู้ใช้',
  ),
  row(
    'Bot',
    'bot',
    {forBots: true, needsCodeGrant: false},
    "Add the app's bot user to the server the user picks. The scope that makes an invite link a bot invite.",
    'เพิ่มบัญชีบอทของแอปเข้าเซิร์ฟเวอร์ที่ผู้ใช้เลือก เป็นสโคปที่ทำให้ลิงก์กลายเป็นลิงก์เชิญบอท',
  ),
  row(
    'Connections',
    'connections',
    {},
    'Read the third-party accounts (Twitch, Steam, …) the user has linked.',
    'อ่านบัญชีภายนอก (Twitch, Steam ฯลฯ) ที่ผู้ใช้เชื่อมไว้',
  ),
  row(
    'DMChannelsRead',
    'dm_channels.read',
    approval,
    "See information about the user's direct messages and group DMs. Approved partners only.",
    'ดูข้อมูลข้อความส่วนตัวและกลุ่มแชตส่วนตัวของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว',
  ),
  row(
    'Email',
    'email',
    {},
    "Read the user's email address, on top of `identify`.",
    'อ่านอีเมลของผู้ใช้ เพิ่มเติมจาก `identify`',
  ),
  row(
    'GroupDMJoins',
    'gdm.join',
    {},
    'Add the user to a group DM that the app manages.',
    'เพิ่มผู้ใช้เข้ากลุ่มแชตส่วนตัวที่แอปดูแล',
  ),
  row(
    'Guilds',
    'guilds',
    {},
    'List basic information about every server the user is in.',
    'ดูข้อมูลพื้นฐานของทุกเซิร์ฟเวอร์ที่ผู้ใช้อยู่',
  ),
  row('GuildsJoin', 'guilds.join', {}, 'Add the user to a server the bot is already in.', 'เพิ่มผู้ใช้เข้าเซิร์ฟเวอร์ที่บอทอยู่แล้ว'),
  row(
    'GuildsMembersRead',
    'guilds.members.read',
    {},
    "Read the user's member details (nickname, roles, …) in one of their servers.",
    'อ่านข้อมูลสมาชิกของผู้ใช้ (ชื่อเล่น บทบาท ฯลฯ) ในเซิร์ฟเวอร์ที่เขาอยู่',
  ),
  row(
    'Identify',
    'identify',
    {},
    "Read the user's basic profile (ID, username, avatar), without the email address.",
    'อ่านโปรไฟล์พื้นฐานของผู้ใช้ (ID ชื่อผู้ใช้ รูปโปรไฟล์) โดยไม่รวมอีเมล',
  ),
  row(
    'IdentifyPremium',
    'identify.premium',
    approval,
    "Read the user's Nitro subscription type. Approved partners only.",
    'อ่านประเภทการสมัคร Nitro ของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว',
  ),
  row(
    'MessagesRead',
    'messages.read',
    approval,
    "Local RPC only: read messages from all of the user's client channels. RPC needs Discord's approval.",
    'เฉพาะ RPC บนเครื่อง: อ่านข้อความจากทุกช่องในแอป Discord ของผู้ใช้ ต้องได้รับอนุมัติ RPC จาก Discord',
  ),
  row(
    'RelationshipsRead',
    'relationships.read',
    approval,
    "Read the user's friends, pending requests and blocked users. Social SDK: apply for access first.",
    'อ่านรายชื่อเพื่อน คำขอที่รออยู่ และผู้ที่ถูกบล็อกของผู้ใช้ เป็นส่วนของ Social SDK ต้องขอสิทธิ์ก่อน',
  ),
  row(
    'RoleConnectionsWrite',
    'role_connections.write',
    {},
    "Update the user's connection and metadata for this app (linked roles).",
    'อัปเดตการเชื่อมต่อและข้อมูลเมตาของผู้ใช้สำหรับแอปนี้ (บทบาทที่เชื่อมโยง)',
  ),
  row(
    'RPC',
    'rpc',
    approval,
    "Local RPC: control the user's Discord client. Approved partners only.",
    'RPC บนเครื่อง: ควบคุมแอป Discord ของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว',
  ),
  row(
    'RPCActivitiesWrite',
    'rpc.activities.write',
    approval,
    "Local RPC: update the user's activity. Approved partners only.",
    'RPC บนเครื่อง: อัปเดตกิจกรรมของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว',
  ),
  row(
    'RPCNotificationsRead',
    'rpc.notifications.read',
    approval,
    'Local RPC: receive the notifications sent to the user. Approved partners only.',
    'RPC บนเครื่อง: รับการแจ้งเตือนที่ส่งถึงผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว',
  ),
  row(
    'RPCVoiceRead',
    'rpc.voice.read',
    approval,
    "Local RPC: read the user's voice settings and listen for voice events. Approved partners only.",
    'RPC บนเครื่อง: อ่านการตั้งค่าเสียงของผู้ใช้และรับเหตุการณ์เสียง เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว',
  ),
  row(
    'RPCVoiceWrite',
    'rpc.voice.write',
    approval,
    "Local RPC: change the user's voice settings. Approved partners only.",
    'RPC บนเครื่อง: เปลี่ยนการตั้งค่าเสียงของผู้ใช้ เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว',
  ),
  row(
    'Voice',
    'voice',
    approval,
    'Join voice on the user’s behalf and see everyone in the voice channel. Approved partners only.',
    'เข้าห้องเสียงแทนผู้ใช้และเห็นทุกคนในห้องเสียง เฉพาะพาร์ตเนอร์ที่ Discord อนุมัติแล้ว',
  ),
  row(
    'WebhookIncoming',
    'webhook.incoming',
    {},
    'Let the user pick a channel and create a webhook in it; the webhook comes back with the access token.',
    'ให้ผู้ใช้เลือกช่องแล้วสร้างเว็บฮุกในช่องนั้น เว็บฮุกจะส่งกลับมาพร้อม access token',
  ),
]);

const BY_NAME: ReadonlyMap<string, ScopeInfo> = new Map(SCOPES.map((info) => [info.scope, info]));

export function isKnownScope(scope: string): scope is ScopeName {
  return BY_NAME.has(scope);
}

/** The row for a scope name as written in a URL, or undefined for a name Discord does not document. */
export function getScope(scope: string): ScopeInfo | undefined {
  return BY_NAME.get(scope);
}
