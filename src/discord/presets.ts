/**
 * Starting points for the permission calculator, one per kind of bot the tutorial talks about. Each asks for the
 * least a bot of that kind needs; readers add more only when a feature fails without it. None includes
 * Administrator: a bot that holds it turns any bug or leaked token into control of the whole server.
 */
import {freezeBilingual, type Bilingual} from './locale';
import type {PermissionKey} from './permissions';

// A text only English pages show (Thai pages show the Thai column): folded to '' in another locale's build, as
// thaiOnly is in the English one.
const englishOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'en' ? text : '';

// A sentence only Thai pages show. Defined in each catalogue module, not imported, so that in another locale's build
// (process.env.SITE_LOCALE, set by the site-locale plugin) the minifier folds every call to '' and drops the Thai.
const thaiOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'th' ? text : '';

export interface PermissionPreset {
  readonly id: string;
  readonly label: Bilingual;
  /** Why these permissions and not more: shown next to the preset so readers learn the reasoning. */
  readonly why: Bilingual;
  readonly permissions: readonly PermissionKey[];
}

// Typed as presets (not inferred) so a misspelt permission key fails type-checking.
const PRESETS: readonly PermissionPreset[] = [
  {
    id: 'slash-commands-only',
    label: {en: 'Slash commands only', th: 'ใช้แค่คำสั่งสแลช'},
    why: {
      en: englishOnly(
        'Replies to slash commands go through the interaction itself, so a bot that only answers commands needs no permissions at all.',
      ),
      th: thaiOnly('การตอบคำสั่งสแลชส่งผ่านตัวอินเทอร์แอกชัน (interaction) เอง บอทที่แค่ตอบคำสั่งจึงไม่ต้องมีสิทธิ์ใด ๆ เลย'),
    },
    permissions: [],
  },
  {
    id: 'chat-bot',
    label: {en: 'Chat bot that reads and replies', th: 'บอทแชตที่อ่านและตอบข้อความ'},
    why: {
      en: englishOnly(
        'It has to see the channel, post, and read history, since Discord requires Read Message History to reply to a message. Embed Links lets its embeds show; threads need their own send permission.',
      ),
      th: thaiOnly(
        'ต้องเห็นช่อง ส่งข้อความ และอ่านประวัติได้ เพราะ Discord กำหนดว่าจะตอบกลับข้อความต้องมีสิทธิ์อ่านประวัติข้อความ ส่วนสิทธิ์ฝังลิงก์ทำให้ embed ของบอทแสดงได้ และการตอบในเธรดต้องใช้สิทธิ์แยกต่างหาก',
      ),
    },
    permissions: ['ViewChannel', 'SendMessages', 'SendMessagesInThreads', 'ReadMessageHistory', 'EmbedLinks'],
  },
  {
    id: 'moderation',
    label: {en: 'Moderation bot', th: 'บอทดูแลเซิร์ฟเวอร์'},
    why: {
      en: englishOnly(
        'Timeouts, kicks and bans cover most moderation without touching roles; Manage Messages removes spam and the audit log shows who did what. Kick, Ban and Manage Messages need the bot owner to use 2FA on servers that require it.',
      ),
      th: thaiOnly(
        'การระงับสมาชิกชั่วคราว (Timeout) เตะ และแบน ครอบคลุมงานดูแลส่วนใหญ่โดยไม่ต้องยุ่งกับบทบาท สิทธิ์จัดการข้อความใช้ลบสแปม และบันทึกการตรวจสอบบอกว่าใครทำอะไร ส่วนสิทธิ์เตะ แบน และจัดการข้อความ ต้องให้เจ้าของบอทเปิด 2FA ถ้าเซิร์ฟเวอร์บังคับไว้',
      ),
    },
    permissions: [
      'ViewChannel',
      'SendMessages',
      'EmbedLinks',
      'ReadMessageHistory',
      'ManageMessages',
      'ModerateMembers',
      'KickMembers',
      'BanMembers',
      'ViewAuditLog',
    ],
  },
  {
    id: 'music',
    label: {en: 'Music or voice bot', th: 'บอทเพลงหรือบอทช่องเสียง'},
    why: {
      en: englishOnly(
        'Connect and Speak are what playing audio takes; Send Messages and Embed Links are only for "now playing" posts and can go if it answers through slash commands.',
      ),
      th: thaiOnly(
        'การเปิดเสียงต้องใช้แค่สิทธิ์เชื่อมต่อกับพูด ส่วนสิทธิ์ส่งข้อความและฝังลิงก์มีไว้โพสต์ว่ากำลังเล่นเพลงอะไร ถ้าบอทตอบผ่านคำสั่งสแลชก็ตัดสองสิทธิ์นี้ออกได้',
      ),
    },
    permissions: ['ViewChannel', 'Connect', 'Speak', 'SendMessages', 'EmbedLinks'],
  },
];

export const PERMISSION_PRESETS: readonly PermissionPreset[] = Object.freeze(
  PRESETS.map((preset) =>
    Object.freeze({
      ...preset,
      label: freezeBilingual(preset.label),
      why: freezeBilingual(preset.why),
      permissions: Object.freeze([...preset.permissions]),
    }),
  ),
);

export function getPreset(id: string): PermissionPreset | undefined {
  return PERMISSION_PRESETS.find((preset) => preset.id === id);
}

/**
 * What the tutorial's own bot asks for: it reads mentions and answers in the same channel (docs/tutorial/invite.mdx).
 * The pages state its permission integer from this row (facts.ts, `tutorial.permissions.value`). Not one of the
 * presets above, which are for kinds of bots and appear as buttons in the calculator.
 */
export const TUTORIAL_BOT_PERMISSIONS: readonly PermissionKey[] = Object.freeze(['ViewChannel', 'SendMessages']);
