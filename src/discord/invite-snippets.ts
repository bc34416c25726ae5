/** An invite link as each library's own helper call, or a built URL where it has none (sources: snippet-common.ts). */
import {buildInviteUrl, normalizeInviteParams} from './invite/build';
import type {InviteParams} from './invite/params';
import {DEFAULT_LOCALE, type Locale} from './locale';
import {permissionExpression} from './permission-snippets';
import {parseSnowflake} from './snowflake';
import {comment, commentText, joinStatement, stringLiteral, type CommentText, type Library} from './snippet-common';

const PLACEHOLDER_ID = 'YOUR_APPLICATION_ID';

// Comment text only English pages show: folded to '' in another locale's build, as thaiOnly is in the English one.
const englishOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'en' ? text : '';

// Comment text only Thai pages show. Defined in this module, not imported, so that in another locale's build
// (process.env.SITE_LOCALE, set by the site-locale plugin) the minifier folds every call to '' and drops the Thai.
const thaiOnly = (text: string): string =>
  process.env.SITE_LOCALE === undefined || process.env.SITE_LOCALE === 'th' ? text : '';

/** The comments of an invite snippet, in each language (the permission notes come from permission-snippets.ts). */
const COMMENTS = {
  refused: {
    en: [englishOnly('Discord will refuse this link as it stands ({codes}); fix it in the builder first.')],
    th: [thaiOnly('ลิงก์นี้ยังใช้ไม่ได้ Discord จะปฏิเสธ ({codes}) ให้แก้ในตัวสร้างลิงก์ก่อน')],
  },
  addsResponseType: {
    en: [englishOnly('oauth_url also adds response_type=code, because it is given a redirect_uri.')],
    th: [thaiOnly('oauth_url ใส่ response_type=code ให้เองด้วย เพราะมี redirect_uri')],
  },
  nextcordScopeless: {
    en: [
      englishOnly(
        "nextcord.utils.oauth_url always adds a scope; this link uses the app's default install settings, so it is",
      ),
      englishOnly('written out in full.'),
    ],
    th: [
      thaiOnly('nextcord.utils.oauth_url ใส่สโคปให้ทุกครั้ง แต่ลิงก์นี้ใช้การตั้งค่าการติดตั้งเริ่มต้นของแอป'),
      thaiOnly('จึงเขียนลิงก์เต็มไว้แทน'),
    ],
  },
  pythonExtras: {
    en: [englishOnly('oauth_url has no parameter for {names}; they are added to the query here.')],
    th: [thaiOnly('oauth_url ไม่มีพารามิเตอร์สำหรับ {names} จึงเติมต่อท้ายลิงก์ตรงนี้')],
  },
  whenReady: {
    en: [
      englishOnly(
        "generateInvite uses the logged-in client's own application ID, so it runs once the client is ready.",
      ),
    ],
    th: [thaiOnly('generateInvite ใช้ไอดีแอปพลิเคชันของ client ที่ล็อกอินอยู่ จึงต้องเรียกหลัง client พร้อมแล้ว')],
  },
  jsExtras: {
    en: [englishOnly('generateInvite has no option for {names}.')],
    th: [thaiOnly('generateInvite ไม่มีตัวเลือกสำหรับ {names}')],
  },
  jsManual: {
    en: [englishOnly('client.generateInvite() cannot make this link, so it is built from its parts.')],
    th: [thaiOnly('client.generateInvite() สร้างลิงก์นี้ไม่ได้ จึงประกอบลิงก์เองทีละส่วน')],
  },
  netManual: {
    en: [englishOnly('Discord.Net has no invite-link helper, so the link is put together here.')],
    th: [thaiOnly('Discord.Net ไม่มีฟังก์ชันสร้างลิงก์เชิญ จึงประกอบลิงก์เองตรงนี้')],
  },
} satisfies Readonly<Record<string, CommentText>>;

/** A link's parameters beyond what a library helper can express, as [query name, value] pairs. */
type Extra = readonly [string, string];

function extrasFor(p: InviteParams, supported: ReadonlySet<string>): Extra[] {
  const extras: Extra[] = [];
  const push = (name: string, value: string | undefined): void => {
    if (value !== undefined && !supported.has(name)) extras.push([name, value]);
  };
  push('integration_type', p.integrationType === undefined ? undefined : String(p.integrationType));
  // The Python helpers add response_type=code whenever they get a redirect_uri, so then it is not extra.
  const helperAddsResponseType = supported.has('redirect_uri') && p.redirectUri !== undefined;
  push('response_type', helperAddsResponseType ? undefined : p.responseType);
  push('redirect_uri', p.redirectUri);
  push('state', p.state);
  push('prompt', p.prompt);
  return extras;
}

function errorNotes(p: InviteParams, locale: Locale): string[] {
  const built = buildInviteUrl(p);
  if (built.ok) return [];
  const codes = [...new Set(built.error.map((e) => e.code))].join(', ');
  return commentText(COMMENTS.refused, locale, {codes});
}

/** The argument only one of the two Python helpers has: discord.py's state, nextcord's integration_type. */
function pythonOwnArgs(lib: 'discord-py' | 'nextcord', p: InviteParams): string[] {
  if (lib === 'discord-py') return p.state === undefined ? [] : [`    state=${stringLiteral('python', p.state)},`];
  if (p.integrationType === undefined) return [];
  return [`    integration_type=nextcord.IntegrationType.${p.integrationType === 1 ? 'user' : 'guild'}_install,`];
}

/** discord.py and nextcord: the oauth_url arguments, and the comment lines to put above the call. */
function pythonArgs(lib: 'discord-py' | 'nextcord', p: InviteParams, clientValid: boolean, locale: Locale) {
  const module = lib === 'discord-py' ? 'discord' : 'nextcord';
  const lit = (value: string): string => stringLiteral('python', value);
  const args: string[] = [`    ${clientValid ? p.clientId : lit(PLACEHOLDER_ID)},`];
  const notes: string[] = [];
  if (p.permissions !== undefined) {
    const expr = permissionExpression(lib, p.permissions, '    ', locale);
    notes.push(...expr.notes);
    args.push(...joinStatement('    permissions=', expr.lines, ','));
  }
  if (p.scopes.length === 0) args.push('    scopes=None,');
  else args.push(`    scopes=(${p.scopes.map(lit).join(', ')}${p.scopes.length === 1 ? ',' : ''}),`);
  if (p.guildId !== undefined) args.push(`    guild=${module}.Object(id=${p.guildId}),`);
  if (p.disableGuildSelect === true) args.push('    disable_guild_select=True,');
  if (p.redirectUri !== undefined) args.push(`    redirect_uri=${lit(p.redirectUri)},`);
  args.push(...pythonOwnArgs(lib, p));
  if (p.redirectUri !== undefined && p.responseType === undefined) {
    notes.push(...commentText(COMMENTS.addsResponseType, locale));
  }
  return {args, notes};
}

/** nextcord's oauth_url always writes a scope, so a link without one is spelled out as a string. */
function nextcordScopelessInvite(p: InviteParams, notes: readonly string[], locale: Locale): string {
  const url = buildInviteUrl(p);
  const text = url.ok ? url.value : `https://discord.com/oauth2/authorize?client_id=${PLACEHOLDER_ID}`;
  return [
    ...comment('python', [...notes, ...commentText(COMMENTS.nextcordScopeless, locale)]),
    `url = ${stringLiteral('python', text)}`,
    'print(url)',
    '',
  ].join('\n');
}

function pythonInvite(lib: 'discord-py' | 'nextcord', p: InviteParams, clientValid: boolean, locale: Locale): string {
  const module = lib === 'discord-py' ? 'discord' : 'nextcord';
  const lit = (value: string): string => stringLiteral('python', value);
  const notes = errorNotes(p, locale);
  // discord.py: scopes=None leaves scope out; nextcord always writes one, so an empty scope list is spelled out.
  if (lib === 'nextcord' && p.scopes.length === 0) return nextcordScopelessInvite(p, notes, locale);
  const supported = new Set(lib === 'discord-py' ? ['redirect_uri', 'state'] : ['redirect_uri', 'integration_type']);
  const extras = extrasFor(p, supported);
  const {args, notes: argNotes} = pythonArgs(lib, p, clientValid, locale);
  const lines = [`import ${module}`];
  if (extras.length > 0) lines.push('from urllib.parse import urlencode');
  lines.push('', ...comment('python', [...notes, ...argNotes]), `url = ${module}.utils.oauth_url(`, ...args, ')');
  if (extras.length > 0) {
    const names = extras.map(([name]) => name).join(', ');
    lines.push(...comment('python', commentText(COMMENTS.pythonExtras, locale, {names})));
    lines.push(`url += '&' + urlencode({${extras.map(([name, value]) => `${lit(name)}: ${lit(value)}`).join(', ')}})`);
  }
  lines.push('print(url)', '');
  return lines.join('\n');
}

/** The generateInvite options, whether they name PermissionFlagsBits, and the permission comment lines. */
function generateInviteOptions(p: InviteParams, scopeKeys: readonly string[], locale: Locale) {
  const lit = (value: string): string => stringLiteral('js', value);
  const options: string[] = [`    scopes: [${scopeKeys.map((key) => `OAuth2Scopes.${key}`).join(', ')}],`];
  let notes: readonly string[] = [];
  let namesFlags = false;
  if (p.permissions !== undefined && p.permissions !== 0n) {
    const expr = permissionExpression('discord-js', p.permissions, '    ', locale);
    notes = expr.notes;
    namesFlags = expr.lines.some((line) => line.includes('PermissionFlagsBits.'));
    options.push(...joinStatement('    permissions: ', expr.lines, ','));
  }
  if (p.guildId !== undefined) options.push(`    guild: ${lit(p.guildId)},`);
  if (p.disableGuildSelect === true) options.push('    disableGuildSelect: true,');
  return {options, notes, namesFlags};
}

/**
 * discord.js with `generateInvite`: CommonJS and self-contained, like the tutorial's index.js, because generateInvite
 * needs a logged-in, ready client (it reads the application ID from it).
 */
function discordJsHelperInvite(
  p: InviteParams,
  scopeKeys: readonly string[],
  notes: readonly string[],
  locale: Locale,
): string {
  const lit = (value: string): string => stringLiteral('js', value);
  const extras = extrasFor(p, new Set());
  const {options, notes: permissionNotes, namesFlags} = generateInviteOptions(p, scopeKeys, locale);
  const imports = [
    'Client',
    'Events',
    'GatewayIntentBits',
    'OAuth2Scopes',
    ...(namesFlags ? ['PermissionFlagsBits'] : []),
  ];
  const lines = [`const {${imports.join(', ')}} = require('discord.js');`, '', ...comment('js', notes)];
  lines.push(
    ...comment('js', permissionNotes),
    'const client = new Client({intents: [GatewayIntentBits.Guilds]});',
    '',
    ...comment('js', commentText(COMMENTS.whenReady, locale)),
    'client.once(Events.ClientReady, (readyClient) => {',
  );
  if (extras.length === 0) {
    lines.push('  const url = readyClient.generateInvite({', ...options, '  });', '  console.log(url);');
  } else {
    lines.push(
      '  const url = new URL(',
      '    readyClient.generateInvite({',
      ...options.map((o) => `  ${o}`),
      '    }),',
      '  );',
    );
    const names = extras.map(([n]) => n).join(', ');
    lines.push(...comment('js', commentText(COMMENTS.jsExtras, locale, {names}), '  '));
    for (const [name, value] of extras) lines.push(`  url.searchParams.set(${lit(name)}, ${lit(value)});`);
    lines.push('  console.log(url.toString());');
  }
  lines.push('});', '', 'client.login(process.env.DISCORD_TOKEN);', '');
  return lines.join('\n');
}

function discordJsInvite(p: InviteParams, clientValid: boolean, locale: Locale): string {
  const notes = errorNotes(p, locale);
  const hasBot = p.scopes.includes('bot');
  const scopeKeys = p.scopes.map((scope) => scopeKey(scope));
  const known = scopeKeys.filter((key): key is string => key !== undefined);
  const helperFits =
    (hasBot || p.scopes.includes('applications.commands')) &&
    known.length === scopeKeys.length &&
    (p.permissions === undefined || p.permissions === 0n || hasBot);
  return helperFits
    ? discordJsHelperInvite(p, known, notes, locale)
    : discordJsManualInvite(p, clientValid, notes, locale);
}

/** discord.js without generateInvite (no bot/commands scope, or an unknown scope): the URL built from its parts. */
function discordJsManualInvite(
  p: InviteParams,
  clientValid: boolean,
  notes: readonly string[],
  locale: Locale,
): string {
  const lit = (value: string): string => stringLiteral('js', value);
  const lines = ["const {OAuth2Routes} = require('discord.js');", '', ...comment('js', notes)];
  lines.push(
    ...comment('js', commentText(COMMENTS.jsManual, locale)),
    'const url = new URL(OAuth2Routes.authorizationURL);',
    `url.searchParams.set('client_id', ${lit(clientValid ? p.clientId : PLACEHOLDER_ID)});`,
  );
  if (p.scopes.length > 0) lines.push(`url.searchParams.set('scope', ${lit(p.scopes.join(' '))});`);
  if (p.permissions !== undefined) lines.push(`url.searchParams.set('permissions', ${lit(p.permissions.toString())});`);
  if (p.guildId !== undefined) lines.push(`url.searchParams.set('guild_id', ${lit(p.guildId)});`);
  if (p.disableGuildSelect === true) lines.push("url.searchParams.set('disable_guild_select', 'true');");
  for (const [name, value] of extrasFor(p, new Set())) {
    lines.push(`url.searchParams.set(${lit(name)}, ${lit(value)});`);
  }
  lines.push('console.log(url.toString());', '');
  return lines.join('\n');
}

function discordNetInvite(p: InviteParams, clientValid: boolean, locale: Locale): string {
  const lit = (value: string): string => stringLiteral('csharp', value);
  const lines = ['using System;', 'using Discord;', '', ...comment('csharp', errorNotes(p, locale))];
  if (p.permissions !== undefined) {
    const expr = permissionExpression('discord-net', p.permissions, '', locale);
    lines.push(...comment('csharp', expr.notes), ...joinStatement('var permissions = ', expr.lines, ';'), '');
  }
  lines.push(
    ...comment('csharp', commentText(COMMENTS.netManual, locale)),
    'var url = "https://discord.com/oauth2/authorize"',
    `    + "?client_id=" + ${lit(clientValid ? p.clientId : PLACEHOLDER_ID)}`,
  );
  const escaped = (name: string, value: string): string => `    + "&${name}=" + Uri.EscapeDataString(${lit(value)})`;
  if (p.scopes.length > 0) lines.push(escaped('scope', p.scopes.join(' ')));
  if (p.permissions !== undefined) lines.push('    + "&permissions=" + ((ulong)permissions).ToString()');
  if (p.guildId !== undefined) lines.push(escaped('guild_id', p.guildId));
  if (p.disableGuildSelect === true) lines.push('    + "&disable_guild_select=true"');
  if (p.integrationType !== undefined) lines.push(escaped('integration_type', String(p.integrationType)));
  if (p.responseType !== undefined) lines.push(escaped('response_type', p.responseType));
  if (p.redirectUri !== undefined) lines.push(escaped('redirect_uri', p.redirectUri));
  if (p.state !== undefined) lines.push(escaped('state', p.state));
  if (p.prompt !== undefined) lines.push(escaped('prompt', p.prompt));
  const last = lines.length - 1;
  lines[last] = `${lines[last] ?? ''};`;
  lines.push('Console.WriteLine(url);', '');
  return lines.join('\n');
}

const SCOPE_KEYS: ReadonlyMap<string, string> = new Map([
  ['bot', 'Bot'],
  ['applications.commands', 'ApplicationsCommands'],
]);

/**
 * discord.js `OAuth2Scopes` member for the two scopes of a plain bot invite. Any other scope means a code grant,
 * which generateInvite cannot finish (no redirect_uri option), so undefined sends us to the manual path.
 */
function scopeKey(scope: string): string | undefined {
  return SCOPE_KEYS.get(scope);
}

/**
 * Code that produces this invite link with the library's own helper where it has one, adding by hand only what the
 * helper cannot express. A link with errors still gets code, headed by a comment naming the problems. `locale` picks
 * the language of the comments; the code is the same in every language.
 */
export function inviteSnippet(lib: Library, params: InviteParams, locale: Locale = DEFAULT_LOCALE): string {
  const p = normalizeInviteParams(params);
  const clientValid = parseSnowflake(p.clientId).ok;
  switch (lib) {
    case 'discord-py':
    case 'nextcord':
      return pythonInvite(lib, p, clientValid, locale);
    case 'discord-js':
      return discordJsInvite(p, clientValid, locale);
    case 'discord-net':
      return discordNetInvite(p, clientValid, locale);
  }
}
