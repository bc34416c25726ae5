/**
 * The invite linter's rules: one entry per rule, holding everything about it (code, severity, where the rule comes
 * from, the check, and what the reader is told, in every language). lint.ts runs the table; nothing else decides
 * what a link or the builder reports. Sources checked: see the header of params.ts; each entry names its own.
 *
 * Order matters: findings come out errors first, then warnings, then notes, each in table order.
 *
 * Adding a rule is adding an entry: LintCode is derived from the table, and `satisfies Texts` makes a missing
 * language a compile error (lint-rules.test.ts also checks the text itself).
 */
import {DEFAULT_LOCALE, type Locale} from '../locale';
import {decodePermissions} from '../permission-bits';
import {splitGaps, splitGapWords, withSplitsFilled} from '../permission-splits';
import {getPermission} from '../permissions';
import {BOT_IMPLIES_COMMANDS, getScope, isKnownScope, type ScopeInfo} from '../scopes';
import {parseSnowflake} from '../snowflake';
import {
  GUILD_INSTALL,
  MAX_PERMISSIONS,
  USER_INSTALL,
  type InviteField,
  type InviteParams,
  type ParsedInvite,
} from './params';
import {PARAM_NAMES} from './param-names';
import type {RuleText} from './text';

/*
 * The language this bundle is built for. docusaurus.config.ts defines process.env.SITE_LOCALE per locale build, so
 * every `({en, th} satisfies Texts)[LOCALE]` below folds to one language and the minifier drops the other: an
 * English reader never downloads the Thai findings, nor a Thai reader the English. Outside a site build (unit tests,
 * scripts) it is unset and English is used; tests set it with vi.stubEnv to read another language.
 */
const LOCALE: Locale = process.env.SITE_LOCALE ?? DEFAULT_LOCALE;

/** A rule's text in every locale: a locale added to Locale makes each entry a compile error until it has its column. */
type Texts = Readonly<Record<Locale, RuleText>>;

export type LintSeverity = 'error' | 'warning' | 'info';

/** One finding as a check reports it; lint.ts adds the code and severity from the entry. */
export interface LintHit {
  /** The InviteParams field it is about, when it is about one. */
  readonly field?: InviteField;
  /** Values for the message, e.g. the unknown scope names or bit numbers, joined with spaces. */
  readonly data?: Readonly<Record<string, string>>;
  /**
   * Parameters that, put in place of the link's own, correct what the finding is about (the checker offers the
   * link rebuilt with them: correctedInviteUrl in build.ts). Only for a correction that needs no choice from the reader.
   */
  readonly patch?: Partial<InviteParams>;
}

/** What every check sees: the parameters, how the link was written (for a pasted link), and facts several share. */
export interface LintContext {
  readonly params: InviteParams;
  /** Only for a pasted link (parse.ts): host, scheme, duplicates, and each value exactly as found. */
  readonly raw: ParsedInvite['raw'] | undefined;
  /** The reader's clock, for the ID checks. */
  readonly now: Date | undefined;
  /** Known scopes of the link, in link order. */
  readonly known: readonly ScopeInfo[];
  readonly hasBot: boolean;
  readonly hasCommands: boolean;
  readonly userInstall: boolean;
  /** Scopes that make the link a full OAuth2 sign-in. */
  readonly codeGrantScopes: readonly string[];
  /** A sign-in: a scope needs the code grant, or the link asks for a code (the app requires the code grant). */
  readonly codeGrant: boolean;
  /** The permissions the link asks for, when it asks for any valid ones (zero asks for nothing). */
  readonly requested: bigint | undefined;
  /** The value of a parameter as found in a pasted link; undefined for the builder's parameters. */
  readonly rawValue: (field: InviteField) => string | undefined;
}

export interface LintRuleEntry {
  readonly code: string;
  readonly severity: LintSeverity;
  /** Where the rule comes from, for the reference page and for whoever revisits it. */
  readonly source: string;
  readonly check: (context: LintContext) => readonly LintHit[];
  readonly text: RuleText;
}

const OAUTH2 = 'https://docs.discord.com/developers/topics/oauth2';
const APPLICATION = 'https://docs.discord.com/developers/resources/application#installation-context';
const RFC6749 = 'https://www.rfc-editor.org/rfc/rfc6749#section-3.1';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isSafeRedirect(value: string): boolean {
  if (value.trim().length === 0 || LONE_SURROGATE.test(value)) return false;
  try {
    const url = new URL(value);
    // Native apps register custom schemes (myapp://callback); only script-bearing ones are refused.
    return !['javascript:', 'data:', 'vbscript:', 'file:', 'blob:'].includes(url.protocol);
  } catch {
    return false;
  }
}

/** One hit when `condition` holds. */
function when(condition: boolean, hit: LintHit = {}): readonly LintHit[] {
  return condition ? [hit] : [];
}

/** One hit naming `scopes`, when there are any. */
function scopesHit(scopes: readonly string[], field: InviteField = 'scopes'): readonly LintHit[] {
  return when(scopes.length > 0, {field, data: {scopes: scopes.join(' ')}});
}

/** A value Discord does not accept: the raw text of a pasted link that did not read, or a typed value out of range. */
function badValue(field: InviteField, value: string | undefined): readonly LintHit[] {
  return when(value !== undefined, {field, data: {value: value ?? ''}});
}

/** A pasted value that was there but did not read (so it is missing from params). */
function unreadable(context: LintContext, field: InviteField): string | undefined {
  return context.params[field] === undefined ? context.rawValue(field) : undefined;
}

/** A parameter that takes one of a few values: wrong when the link's value can't be read or is none of them. */
function oneOf<F extends 'integrationType' | 'prompt'>(field: F, allowed: readonly InviteParams[F][]) {
  return (context: LintContext): readonly LintHit[] => {
    const typed = context.params[field];
    return [
      ...badValue(field, unreadable(context, field)),
      ...badValue(field, typed !== undefined && !allowed.includes(typed) ? String(typed) : undefined),
    ];
  };
}

/** The link preselects a server (guild_id, or disable_guild_select=true), named by the field that does it. */
function guildPick(params: InviteParams): InviteField | undefined {
  if (params.guildId !== undefined) return 'guildId';
  return params.disableGuildSelect === true ? 'disableGuildSelect' : undefined;
}

/*
 * Every `bad-value` rule shares one text: the message names the parameter ({param}) and the value.
 * NOTE for translators: {param} is a query parameter name such as prompt; {value} is what the link has.
 */
const BAD_VALUE = (
  {
    en: {
      message: '{param} has a value Discord does not accept: “{value}”.',
      fix: 'Correct {param} using the parameter table on the invite link builder page, or remove it.',
    },
    th: {
      message: '{param} มีค่าที่ Discord ไม่รับ: “{value}”',
      fix: 'แก้ {param} ตามตารางพารามิเตอร์ในหน้าตัวสร้างลิงก์เชิญ หรือลบออก',
    },
  } satisfies Texts
)[LOCALE];

export const RULES = [
  {
    // oauth2.mdx client_id; snowflake.ts format
    code: 'bad-client-id',
    severity: 'error',
    source: `${OAUTH2}#bot-authorization-flow`,
    check: ({params, now}) => {
      const client = parseSnowflake(params.clientId, now);
      return client.ok ? [] : [{field: 'clientId', data: {reason: client.error.code, value: params.clientId}}];
    },
    text: (
      {
        en: {
          message: 'The client_id is missing or is not an Application ID.',
          fix: 'Copy the Application ID from your app’s “General Information” page in the Developer Portal: a number of 17 to 20 digits.',
        },
        th: {
          message: 'ไม่มี client_id หรือค่าที่ใส่ไม่ใช่ Application ID',
          fix: 'คัดลอก Application ID จากหน้า “General Information” ของแอปใน Developer Portal เป็นตัวเลข 17 ถึง 20 หลัก',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Bot Authorization Flow": no scope means the app's Default Install Settings
    code: 'missing-scope',
    severity: 'info',
    source: `${OAUTH2}#bot-authorization-flow`,
    check: ({params}) => when(params.scopes.length === 0, {field: 'scopes'}),
    text: (
      {
        en: {
          message:
            'The link has no scope, so Discord uses the default install settings from your app’s “Installation” page.',
          fix: 'That is fine if those settings are right; add scope=bot to decide in the link itself.',
        },
        th: {
          message: 'ลิงก์ไม่มีสโคป Discord จึงใช้การตั้งค่าการติดตั้งเริ่มต้นจากหน้า “Installation” ของแอป',
          fix: 'ไม่เป็นไรถ้าการตั้งค่านั้นถูกต้อง ถ้าอยากกำหนดในลิงก์เอง ให้เพิ่ม scope=bot',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "OAuth2 Scopes" (all scopes Discord supports)
    code: 'unknown-scope',
    severity: 'error',
    source: `${OAUTH2}#shared-resources-oauth2-scopes`,
    check: ({params}) => scopesHit(params.scopes.filter((scope) => !isKnownScope(scope))),
    // NOTE for translators: {scopes} is one or more scope names from the link, separated by spaces
    text: (
      {
        en: {
          message: 'Discord has no scope called {scopes}.',
          fix: 'Check the spelling (scopes are lower case and separated by spaces) or remove it; the scope reference lists every valid scope.',
        },
        th: {
          message: 'Discord ไม่มีสโคปชื่อ {scopes}',
          fix: 'ตรวจการสะกด (สโคปเป็นตัวพิมพ์เล็กและคั่นด้วยช่องว่าง) หรือลบออก หน้าอ้างอิงสโคปมีรายชื่อสโคปที่ใช้ได้ทั้งหมด',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx scopes table ("client credentials grant only")
    code: 'scope-client-credentials-only',
    severity: 'error',
    source: `${OAUTH2}#shared-resources-oauth2-scopes`,
    check: ({known}) => scopesHit(known.filter((info) => info.clientCredentialsOnly === true).map((i) => i.scope)),
    text: (
      {
        en: {
          message: '{scopes} cannot be asked for in an authorize link: only the client credentials grant issues it.',
          fix: 'Remove it from the link; your server code gets it with the client credentials grant instead.',
        },
        th: {
          message: 'ขอ {scopes} ในลิงก์ขออนุญาตไม่ได้ สโคปนี้ได้มาจาก client credentials grant เท่านั้น',
          fix: 'ลบออกจากลิงก์ โค้ดฝั่งเซิร์ฟเวอร์ของคุณจะได้สโคปนี้ผ่าน client credentials grant แทน',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx scopes table; rpc.mdx
    code: 'scope-needs-approval',
    severity: 'warning',
    source: `${OAUTH2}#shared-resources-oauth2-scopes`,
    check: ({known}) => scopesHit(known.filter((info) => info.needsApproval).map((i) => i.scope)),
    text: (
      {
        en: {
          message: '{scopes} needs Discord’s approval before an app may use it.',
          fix: 'Remove it unless Discord has approved your app for it.',
        },
        th: {
          message: '{scopes} ต้องได้รับอนุมัติจาก Discord ก่อนแอปจะใช้ได้',
          fix: 'ลบออก เว้นแต่ Discord อนุมัติให้แอปของคุณใช้สโคปนี้แล้ว',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // application.mdx installation contexts; user-installable tutorial
    code: 'user-install-with-bot',
    severity: 'error',
    source: APPLICATION,
    check: ({hasBot, userInstall}) => when(hasBot && userInstall, {field: 'scopes'}),
    text: (
      {
        en: {
          message: 'A user install (integration_type=1) cannot add a bot user, so the bot scope does not work here.',
          fix: 'Remove bot for a user install, or make it a server install (integration_type=0).',
        },
        th: {
          message: 'การติดตั้งให้ผู้ใช้ (integration_type=1) เพิ่มบัญชีบอทไม่ได้ สโคป bot จึงใช้ไม่ได้ที่นี่',
          fix: 'ลบ bot ออกถ้าจะติดตั้งให้ผู้ใช้ หรือเปลี่ยนเป็นติดตั้งในเซิร์ฟเวอร์ (integration_type=0)',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Advanced Bot Authorization"
    code: 'scope-needs-code-grant',
    severity: 'info',
    source: `${OAUTH2}#advanced-bot-authorization`,
    check: ({codeGrantScopes}) => scopesHit(codeGrantScopes),
    text: (
      {
        en: {
          message: '{scopes} makes this a full OAuth2 sign-in: Discord sends a code to your redirect URI afterwards.',
          fix: 'Your website must exchange that code for a token; for a plain bot invite, use only bot and applications.commands.',
        },
        th: {
          message:
            '{scopes} ทำให้ลิงก์นี้เป็นการล็อกอิน OAuth2 เต็มรูปแบบ หลังอนุญาต Discord จะส่งรหัส (code) ไปที่ redirect URI ของคุณ',
          fix: 'เว็บไซต์ของคุณต้องนำรหัสนั้นไปแลกเป็นโทเคน ถ้าเป็นลิงก์เชิญบอทธรรมดา ให้ใช้แค่ bot และ applications.commands',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Advanced Bot Authorization"
    code: 'code-grant-missing-response-type',
    severity: 'error',
    source: `${OAUTH2}#advanced-bot-authorization`,
    check: ({params, codeGrantScopes, rawValue}) =>
      params.responseType === undefined && rawValue('responseType') === undefined
        ? scopesHit(codeGrantScopes, 'responseType')
        : [],
    text: (
      {
        en: {
          message: '{scopes} only works in the authorization code grant, which needs response_type=code.',
          fix: 'For a plain bot invite, untick those scopes. If your website signs people in, tick the code grant option (it adds response_type=code) and give your redirect URI.',
        },
        th: {
          message: '{scopes} ใช้ได้เฉพาะใน authorization code grant ซึ่งต้องมี response_type=code',
          fix: 'ถ้าเป็นลิงก์เชิญบอทธรรมดา ให้เอาติ๊กสโคปเหล่านั้นออก ถ้าเว็บไซต์ของคุณให้คนล็อกอิน ให้ติ๊กตัวเลือก code grant (จะเพิ่ม response_type=code ให้) แล้วใส่ redirect URI ของคุณ',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Advanced Bot Authorization" (falls back to the first registered URI). Also for a plain bot link
    // that asks for a code: the app has "Requires OAuth2 Code Grant" on, and the same fallback applies.
    code: 'code-grant-missing-redirect',
    severity: 'warning',
    source: `${OAUTH2}#advanced-bot-authorization`,
    check: ({params, codeGrant}) => when(codeGrant && params.redirectUri === undefined, {field: 'redirectUri'}),
    text: (
      {
        en: {
          message:
            'There is no redirect_uri, so Discord sends the person to the first redirect registered for the app.',
          fix: 'Add the redirect URI your website handles, exactly as it is registered on the “OAuth2” page.',
        },
        th: {
          message: 'ไม่มี redirect_uri ดังนั้น Discord จะส่งผู้ใช้ไปที่ redirect ตัวแรกที่ลงทะเบียนไว้ของแอป',
          fix: 'ใส่ redirect URI ที่เว็บไซต์ของคุณรองรับ ให้ตรงกับที่ลงทะเบียนไว้ในหน้า “OAuth2” ทุกตัวอักษร',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "State and Security"; any sign-in, as for code-grant-missing-redirect
    code: 'code-grant-without-state',
    severity: 'info',
    source: `${OAUTH2}#state-and-security`,
    check: ({params, codeGrant}) => when(codeGrant && (params.state ?? '') === '', {field: 'state'}),
    text: (
      {
        en: {
          message: 'There is no state, the value that protects a sign-in against forged requests.',
          fix: 'Add a new random state for each sign-in and check it when the person comes back.',
        },
        th: {
          message: 'ไม่มีค่า state ซึ่งช่วยป้องกันการล็อกอินจากคำขอปลอม',
          fix: 'สร้างค่า state สุ่มใหม่ทุกครั้งที่มีคนล็อกอิน แล้วตรวจสอบเมื่อผู้ใช้กลับมา',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Implicit Grant"
    code: 'implicit-grant',
    severity: 'warning',
    source: `${OAUTH2}#implicit-grant`,
    check: ({rawValue}) => when(rawValue('responseType')?.trim() === 'token', {field: 'responseType'}),
    text: (
      {
        en: {
          message:
            'response_type=token puts an access token in the browser’s address bar, and it comes without a refresh token.',
          fix: 'Use response_type=code and exchange the code on your server, or leave response_type out for a plain bot invite.',
        },
        th: {
          message: 'response_type=token จะใส่ access token ไว้ในแถบที่อยู่ของเบราว์เซอร์ และไม่มี refresh token มาด้วย',
          fix: 'ใช้ response_type=code แล้วให้เซิร์ฟเวอร์ของเว็บไซต์คุณนำรหัส (code) ไปแลกเป็นโทเคน หรือไม่ต้องใส่ response_type ถ้าเป็นลิงก์เชิญบอทธรรมดา',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx parameter tables: response_type is `code` (`token` is implicit-grant's)
    code: 'bad-value',
    severity: 'error',
    source: `${OAUTH2}#authorization-code-grant`,
    check: (context) => {
      const found = unreadable(context, 'responseType')?.trim();
      const typed = context.params.responseType;
      return [
        ...badValue('responseType', found === 'token' ? undefined : found),
        ...badValue('responseType', typed === undefined || typed === 'code' ? undefined : String(typed)),
      ];
    },
    text: BAD_VALUE,
  },
  {
    // oauth2.mdx (an integer); Discord permissions are 64-bit
    code: 'bad-permissions',
    severity: 'error',
    source: `${OAUTH2}#bot-authorization-flow`,
    check: (context) => {
      const value = context.params.permissions;
      const outOfRange = value !== undefined && (value < 0n || value > MAX_PERMISSIONS);
      return [
        ...badValue('permissions', unreadable(context, 'permissions')),
        ...badValue('permissions', outOfRange ? value.toString() : undefined),
      ];
    },
    text: (
      {
        en: {
          message: 'The permissions value “{value}” is not a permission integer.',
          fix: 'Use a whole number from the permission calculator, for example 3072.',
        },
        th: {
          message: 'ค่า permissions “{value}” ไม่ใช่ตัวเลขสิทธิ์',
          fix: 'ใช้จำนวนเต็มจากเครื่องคำนวณสิทธิ์ เช่น 3072',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // application.mdx "don't require any server-specific permissions"
    code: 'user-install-with-permissions',
    severity: 'error',
    source: APPLICATION,
    check: ({requested, userInstall}) => when(requested !== undefined && userInstall, {field: 'permissions'}),
    text: (
      {
        en: {
          message: 'A user install gets no role in any server, so the permissions in this link mean nothing.',
          fix: 'Remove permissions, or make it a server install.',
        },
        th: {
          message: 'การติดตั้งให้ผู้ใช้ไม่ได้รับบทบาทในเซิร์ฟเวอร์ใด สิทธิ์ในลิงก์นี้จึงไม่มีผลอะไร',
          fix: 'ลบ permissions ออก หรือเปลี่ยนเป็นติดตั้งในเซิร์ฟเวอร์',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Bot Authorization Flow"; discord.js generateInvite
    code: 'permissions-without-bot',
    severity: 'error',
    source: `${OAUTH2}#bot-authorization-flow`,
    check: ({params, requested, userInstall, hasBot}) =>
      when(requested !== undefined && !userInstall && params.scopes.length > 0 && !hasBot, {field: 'permissions'}),
    text: (
      {
        en: {
          message: 'The link asks for permissions but has no bot scope, and permissions only apply to a bot user.',
          fix: 'Add the bot scope, or remove permissions if the app only needs its commands.',
        },
        th: {
          message: 'ลิงก์ขอสิทธิ์แต่ไม่มีสโคป bot ทั้งที่สิทธิ์ใช้ได้กับบัญชีบอทเท่านั้น',
          fix: 'เพิ่มสโคป bot หรือลบ permissions ออกถ้าแอปต้องการแค่คำสั่ง',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2-and-permissions.mdx (least privilege)
    code: 'administrator-requested',
    severity: 'warning',
    source: 'https://docs.discord.com/developers/platform/oauth2-and-permissions',
    check: ({requested}) =>
      when(((requested ?? 0n) & getPermission('Administrator').value) !== 0n, {field: 'permissions'}),
    text: (
      {
        en: {
          message: 'The link asks for Administrator: every permission, with channel overwrites ignored.',
          fix: 'Ask only for the permissions the bot needs, so a bug or a leaked token cannot take over the whole server.',
        },
        th: {
          message: 'ลิงก์ขอสิทธิ์ผู้ดูแลระบบ (Administrator): ได้ทุกสิทธิ์และข้ามสิทธิ์รายช่องทั้งหมด',
          fix: 'ขอเฉพาะสิทธิ์ที่บอทต้องใช้ เพื่อไม่ให้บั๊กหรือโทเคนที่รั่วไหลเปิดทางให้คนอื่นยึดทั้งเซิร์ฟเวอร์ได้',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // change-log.mdx "Permission Changes Going into Effect February 2026" (via the split rows of permissions.ts)
    code: 'split-permission-missing',
    severity: 'warning',
    source: 'https://docs.discord.com/developers/change-log',
    check: ({requested}) => {
      if (requested === undefined) return [];
      const filled = withSplitsFilled(requested);
      return splitGaps(requested).map((gap) => ({
        field: 'permissions',
        data: {...splitGapWords(gap, LOCALE), value: filled.toString()},
        patch: {permissions: filled},
      }));
    },
    // NOTE for translators: {old} and {new} are permission names, {date} a day, {value} a permissions integer
    text: (
      {
        en: {
          message:
            'The link asks for {old} but not {new}. Since {date}, a bot needs {new} for what {old} used to allow.',
          fix: 'Add {new}, unless the bot never needs it. With every permission missing this way added, the permissions value is {value}.',
        },
        th: {
          message: 'ลิงก์ขอสิทธิ์ {old} แต่ไม่ได้ขอ {new} ตั้งแต่วันที่ {date} บอทต้องมี {new} จึงจะทำสิ่งที่เคยทำได้ด้วย {old}',
          fix: 'เพิ่ม {new} เว้นแต่บอทไม่ต้องใช้ ถ้าเพิ่มสิทธิ์ที่ขาดไปแบบนี้ครบทุกตัว ค่า permissions จะเป็น {value}',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // permissions.mdx flag table (via permissions.ts)
    code: 'unknown-permission-bits',
    severity: 'warning',
    source: 'https://docs.discord.com/developers/topics/permissions',
    check: ({requested}) => {
      const bits = requested === undefined ? [] : decodePermissions(requested).unknownBits;
      return when(bits.length > 0, {field: 'permissions', data: {bits: bits.join(' ')}});
    },
    // NOTE for translators: {bits} is a list of bit numbers, e.g. "60 61"
    text: (
      {
        en: {
          message: 'Bits {bits} of the permissions value are not permissions this guide knows.',
          fix: 'Check the number in the permission calculator: a typo, or a permission newer than this guide.',
        },
        th: {
          message: 'บิต {bits} ในค่า permissions ไม่ใช่สิทธิ์ที่คู่มือนี้รู้จัก',
          fix: 'ตรวจตัวเลขในเครื่องคำนวณสิทธิ์ อาจพิมพ์ผิด หรือเป็นสิทธิ์ที่ใหม่กว่าคู่มือนี้',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Bot Authorization Flow": guild_id is a server ID
    code: 'bad-value',
    severity: 'error',
    source: `${OAUTH2}#bot-authorization-flow`,
    check: ({params, now}) =>
      badValue(
        'guildId',
        params.guildId !== undefined && !parseSnowflake(params.guildId, now).ok ? params.guildId : undefined,
      ),
    text: BAD_VALUE,
  },
  {
    // oauth2.mdx "Bot Authorization Flow": disable_guild_select is true or false
    code: 'bad-value',
    severity: 'error',
    source: `${OAUTH2}#bot-authorization-flow`,
    check: (context) => badValue('disableGuildSelect', unreadable(context, 'disableGuildSelect')),
    text: BAD_VALUE,
  },
  {
    // application.mdx (a user install picks no server)
    code: 'user-install-with-guild',
    severity: 'error',
    source: APPLICATION,
    check: ({params, userInstall}) => {
      const field = guildPick(params);
      return when(field !== undefined && userInstall, {field});
    },
    text: (
      {
        en: {
          message: 'A user install does not go to a server, so guild_id and disable_guild_select do not apply.',
          fix: 'Remove them, or make it a server install.',
        },
        th: {
          message: 'การติดตั้งให้ผู้ใช้ไม่ได้ติดตั้งลงเซิร์ฟเวอร์ guild_id และ disable_guild_select จึงไม่มีผล',
          fix: 'ลบสองพารามิเตอร์นี้ออก หรือเปลี่ยนเป็นติดตั้งในเซิร์ฟเวอร์',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Bot Authorization Flow" (guild_id is documented there only)
    code: 'guild-without-bot',
    severity: 'warning',
    source: `${OAUTH2}#bot-authorization-flow`,
    check: ({params, userInstall, hasBot}) => {
      const field = guildPick(params);
      return when(field !== undefined && !userInstall && params.scopes.length > 0 && !hasBot, {field});
    },
    text: (
      {
        en: {
          message: 'The link preselects a server, but that only works for a bot, and it has no bot scope.',
          fix: 'Add the bot scope, or remove guild_id and disable_guild_select.',
        },
        th: {
          message: 'ลิงก์เลือกเซิร์ฟเวอร์ไว้ล่วงหน้า แต่ใช้ได้กับบอทเท่านั้น และลิงก์นี้ไม่มีสโคป bot',
          fix: 'เพิ่มสโคป bot หรือลบ guild_id และ disable_guild_select ออก',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Bot Authorization Flow" (used with guild_id)
    code: 'disable-guild-select-without-guild',
    severity: 'warning',
    source: `${OAUTH2}#bot-authorization-flow`,
    check: ({params}) =>
      when(params.disableGuildSelect === true && params.guildId === undefined, {field: 'disableGuildSelect'}),
    text: (
      {
        en: {
          message: 'disable_guild_select is on, but there is no guild_id to lock the choice to.',
          fix: 'Add the server’s ID as guild_id, or remove disable_guild_select.',
        },
        th: {
          message: 'เปิด disable_guild_select ไว้ แต่ไม่มี guild_id ให้ล็อกการเลือก',
          fix: 'ใส่ ID ของเซิร์ฟเวอร์เป็น guild_id หรือลบ disable_guild_select ออก',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Authorization Code Grant": integration_type is 0 or 1
    code: 'bad-value',
    severity: 'error',
    source: `${OAUTH2}#authorization-code-grant`,
    check: oneOf('integrationType', [GUILD_INSTALL, USER_INSTALL]),
    text: BAD_VALUE,
  },
  {
    // oauth2.mdx "Authorization Code Grant" (integration_type)
    code: 'integration-type-without-commands',
    severity: 'warning',
    source: `${OAUTH2}#authorization-code-grant`,
    check: ({params, hasCommands}) => {
      const valid = params.integrationType === GUILD_INSTALL || params.integrationType === USER_INSTALL;
      return when(valid && params.scopes.length > 0 && !hasCommands, {field: 'integrationType'});
    },
    text: (
      {
        en: {
          message:
            'integration_type only matters with the applications.commands or bot scope, and this link has neither.',
          fix: 'Add applications.commands, or remove integration_type.',
        },
        th: {
          message: 'integration_type มีผลเฉพาะเมื่อมีสโคป applications.commands หรือ bot แต่ลิงก์นี้ไม่มีทั้งสองอย่าง',
          fix: 'เพิ่ม applications.commands หรือลบ integration_type ออก',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "Authorization Code Grant": redirect_uri is a URL; script-bearing schemes are refused here
    code: 'bad-value',
    severity: 'error',
    source: `${OAUTH2}#authorization-code-grant`,
    check: ({params: {redirectUri}}) =>
      badValue('redirectUri', redirectUri !== undefined && !isSafeRedirect(redirectUri) ? redirectUri : undefined),
    text: BAD_VALUE,
  },
  {
    // A broken character cannot be encoded into a link; the value is not quoted back (it cannot be shown either).
    code: 'bad-value',
    severity: 'error',
    source: `${OAUTH2}#authorization-code-grant`,
    check: ({params: {state}}) => badValue('state', state !== undefined && LONE_SURROGATE.test(state) ? '' : undefined),
    text: BAD_VALUE,
  },
  {
    // oauth2.mdx "Authorization Code Grant": prompt is consent or none
    code: 'bad-value',
    severity: 'error',
    source: `${OAUTH2}#authorization-code-grant`,
    check: oneOf('prompt', ['consent', 'none']),
    text: BAD_VALUE,
  },
  {
    // oauth2.mdx "Authorization Code Grant" (prompt: passthrough scopes always ask)
    code: 'prompt-none-passthrough',
    severity: 'info',
    source: `${OAUTH2}#authorization-code-grant`,
    check: ({params, hasBot}) =>
      when(params.prompt === 'none' && (hasBot || params.scopes.includes('webhook.incoming')), {field: 'prompt'}),
    text: (
      {
        en: {
          message: 'prompt=none has no effect with bot or webhook.incoming: Discord always asks.',
          fix: 'Remove prompt, or use prompt=consent.',
        },
        th: {
          message: 'prompt=none ไม่มีผลกับ bot หรือ webhook.incoming เพราะ Discord จะถามทุกครั้ง',
          fix: 'ลบ prompt ออก หรือใช้ prompt=consent',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // RFC 6749 §3.1 (TLS)
    code: 'http-not-https',
    severity: 'warning',
    source: RFC6749,
    check: ({raw}) => when(raw?.scheme === 'http'),
    text: (
      {
        en: {
          message: 'The link starts with http://, which is not encrypted.',
          fix: 'Start it with https://discord.com/oauth2/authorize instead.',
        },
        th: {
          message: 'ลิงก์ขึ้นต้นด้วย http:// ซึ่งไม่เข้ารหัส',
          fix: 'ให้ขึ้นต้นด้วย https://discord.com/oauth2/authorize แทน',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // change-log.mdx, October 17, 2023
    code: 'legacy-host',
    severity: 'info',
    source: 'https://docs.discord.com/developers/change-log',
    check: ({raw}) => when(raw?.host.endsWith('discordapp.com') === true, {data: {host: raw?.host ?? ''}}),
    text: (
      {
        en: {
          message: '{host} is Discord’s old domain; it still redirects.',
          fix: 'Use discord.com instead.',
        },
        th: {
          message: '{host} เป็นโดเมนเก่าของ Discord ที่ยังส่งต่อ (redirect) ให้อยู่',
          fix: 'ใช้ discord.com แทน',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // RFC 6749 §3.1
    code: 'duplicate-parameter',
    severity: 'warning',
    source: RFC6749,
    check: ({raw}) => {
      const names = raw?.duplicates ?? [];
      return when(names.length > 0, {data: {params: names.join(' ')}});
    },
    // NOTE for translators: {params} is one or more parameter names
    text: (
      {
        en: {
          message: '{params} appears more than once; Discord may use either value.',
          fix: 'Keep one of each parameter.',
        },
        th: {
          message: '{params} อยู่ในลิงก์มากกว่าหนึ่งครั้ง Discord อาจใช้ค่าไหนก็ได้',
          fix: 'เก็บแต่ละพารามิเตอร์ไว้แค่ครั้งเดียว',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx parameter tables
    code: 'unknown-parameter',
    severity: 'info',
    source: `${OAUTH2}#bot-authorization-flow`,
    check: ({raw}) => {
      const names = raw?.unknownParams ?? [];
      return when(names.length > 0, {data: {params: names.join(' ')}});
    },
    text: (
      {
        en: {
          message: 'Discord does not use {params} in an authorize link.',
          fix: 'Remove it, or check whether it is a misspelt parameter.',
        },
        th: {
          message: 'Discord ไม่ได้ใช้ {params} ในลิงก์ขออนุญาต',
          fix: 'ลบออก หรือตรวจดูว่าเป็นพารามิเตอร์ที่สะกดผิดหรือเปล่า',
        },
      } satisfies Texts
    )[LOCALE],
  },
  {
    // oauth2.mdx "OAuth2 URLs". A refused link has no parameters to check: checkInviteUrl (parse.ts) reports it
    // with lintFinding() when parsing stops at the host.
    code: 'non-discord-host',
    severity: 'error',
    source: `${OAUTH2}#shared-resources-oauth2-urls`,
    check: () => [],
    text: (
      {
        en: {
          message: 'This link goes to {host}, not to Discord.',
          fix: 'Do not use it to add a bot: a real invite link starts with https://discord.com/oauth2/authorize.',
        },
        th: {
          message: 'ลิงก์นี้พาไปที่ {host} ไม่ใช่ Discord',
          fix: 'อย่าใช้ลิงก์นี้เพิ่มบอท ลิงก์เชิญจริงขึ้นต้นด้วย https://discord.com/oauth2/authorize',
        },
      } satisfies Texts
    )[LOCALE],
  },
] as const satisfies readonly LintRuleEntry[];

export type LintCode = (typeof RULES)[number]['code'];

/** Facts several checks share, worked out once per link. */
export function lintContext(params: InviteParams, raw: ParsedInvite['raw'] | undefined, now?: Date): LintContext {
  const known = params.scopes.flatMap((scope) => getScope(scope) ?? []);
  const hasBot = params.scopes.includes('bot');
  const codeGrantScopes = known.filter((info) => info.needsCodeGrant).map((info) => info.scope);
  const permissions = params.permissions;
  const valid = permissions !== undefined && permissions > 0n && permissions <= MAX_PERMISSIONS;
  return {
    params,
    raw,
    now,
    known,
    hasBot,
    hasCommands: params.scopes.includes('applications.commands') || (hasBot && BOT_IMPLIES_COMMANDS),
    userInstall: params.integrationType === USER_INSTALL,
    codeGrantScopes,
    codeGrant: codeGrantScopes.length > 0 || params.responseType === 'code',
    requested: valid ? permissions : undefined,
    rawValue: (field) => raw?.values[PARAM_NAMES[field]],
  };
}
