/**
 * Why a pasted permission context can't be used, as a sentence for each ContextError code, in every language. Like the
 * invite rules' text (invite/lint-rules.ts), each language is a column and a build keeps only its own: the site-locale
 * plugin defines process.env.SITE_LOCALE, so the minifier drops the others. These sentences only show after a reader
 * pastes, in a panel that loads on demand; as Docusaurus translations they would sit in every Thai page's first load.
 */
import type {ContextError, ContextErrorCode} from './context-error';
import {DEFAULT_LOCALE, type Locale} from '../locale';
import {fill} from '../invite/text';

const LOCALE: Locale = process.env.SITE_LOCALE ?? DEFAULT_LOCALE;

/** {path}: the field ("roles[2].permissions"); {value}: what it held; {position}: from 1; {limit}: characters. */
type Messages = Readonly<Record<ContextErrorCode, string>>;

const MESSAGES: Messages = (
  {
    en: {
      'bad-json':
        'This is not JSON (the text stops making sense at character {position}). Paste exactly what the snippet printed.',
      'too-large': 'Too long: this takes at most {limit} characters, which fits a server with 250 roles.',
      'not-an-object': '{path} should be an object (in curly brackets).',
      'not-a-list': '{path} should be a list (in square brackets).',
      'missing-field': '{path} is missing.',
      'bad-field-type': '{path} has the wrong kind of value: {value}.',
      'bad-snowflake': '{path} is not a Discord ID: {value}. IDs are 17 to 20 digits, in quotes.',
      'bad-permission-string':
        '{path} is not a permission integer: {value}. Discord writes them as whole numbers in quotes, such as "2048".',
      'bad-position': '{path} is not a role position: {value}. Positions are whole numbers from 0.',
      'bad-overwrite-type': '{path} should be 0 (a role) or 1 (a member), not {value}.',
      'bad-channel-type': '{path} is not a server channel type: {value}.',
      'thread-channel':
        'This is a thread. A thread has no permissions of its own: run the snippet on its parent channel (the snippets do this for you).',
      'bad-time': '{path} is not a date and time as Discord writes them: {value}.',
      'duplicate-id': '{path}: the ID {value} appears twice.',
      'missing-everyone-role':
        "The roles list has no @everyone role (the role whose ID is the server's ID). Paste every role, not only the bot's.",
      'role-not-found': '{path} names role {value}, which is not in the roles list.',
      'unknown-action': 'Unknown action: {value}.',
      'bad-target': 'That member or role does not fit this action.',
    },
    th: {
      'bad-json': 'ข้อความนี้ไม่ใช่ JSON (อ่านไม่ออกตั้งแต่ตัวอักษรที่ {position}) ให้วางสิ่งที่โค้ดตัวอย่างพิมพ์ออกมาตามนั้นทุกตัวอักษร',
      'too-large': 'ยาวเกินไป: รับได้สูงสุด {limit} ตัวอักษร ซึ่งพอสำหรับเซิร์ฟเวอร์ที่มี 250 บทบาท',
      'not-an-object': '{path} ต้องเป็นออบเจกต์ (อยู่ในวงเล็บปีกกา)',
      'not-a-list': '{path} ต้องเป็นอาร์เรย์ (อยู่ในวงเล็บเหลี่ยม)',
      'missing-field': 'ไม่มี {path}',
      'bad-field-type': '{path} มีค่าผิดชนิด: {value}',
      'bad-snowflake': '{path} ไม่ใช่ ID ของ Discord: {value} ID เป็นตัวเลข 17 ถึง 20 หลักในเครื่องหมายคำพูด',
      'bad-permission-string': '{path} ไม่ใช่ตัวเลขสิทธิ์: {value} Discord เขียนตัวเลขสิทธิ์เป็นจำนวนเต็มในเครื่องหมายคำพูด เช่น "2048"',
      'bad-position': '{path} ไม่ใช่ตำแหน่งของบทบาท: {value} ตำแหน่งเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป',
      'bad-overwrite-type': '{path} ต้องเป็น 0 (บทบาท) หรือ 1 (สมาชิก) ไม่ใช่ {value}',
      'bad-channel-type': '{path} ไม่ใช่ประเภทช่องของเซิร์ฟเวอร์: {value}',
      'thread-channel': 'นี่คือเธรด เธรดไม่มีสิทธิ์เป็นของตัวเอง ให้รันโค้ดตัวอย่างกับช่องแม่ของเธรด (โค้ดตัวอย่างของเราทำให้อยู่แล้ว)',
      'bad-time': '{path} ไม่ใช่วันที่และเวลาในรูปแบบที่ Discord ใช้: {value}',
      'duplicate-id': '{path}: ID {value} ปรากฏสองครั้ง',
      'missing-everyone-role':
        'รายการบทบาทไม่มีบทบาท @everyone (บทบาทที่ ID ตรงกับ ID ของเซิร์ฟเวอร์) ให้วางบทบาททั้งหมด ไม่ใช่แค่บทบาทของบอท',
      'role-not-found': '{path} อ้างถึงบทบาท {value} ซึ่งไม่มีอยู่ในรายการบทบาท',
      'unknown-action': 'ไม่รู้จักการกระทำนี้: {value}',
      'bad-target': 'สมาชิกหรือบทบาทนั้นใช้กับการกระทำนี้ไม่ได้',
    },
  } satisfies Readonly<Record<Locale, Messages>>
)[LOCALE];

/** The error as a sentence in the build's language, pointing at the field it is about. */
export function contextErrorText(error: ContextError): string {
  return fill(MESSAGES[error.code], {
    path: error.path ?? '',
    value: error.value ?? '',
    position: error.position === undefined ? '?' : String(error.position + 1),
    limit: error.limit === undefined ? '' : String(error.limit),
  });
}
