/** An invite link as each library's own helper call, or a built URL where it has none (sources: snippet-common.ts). */
import {buildInviteUrl, normalizeInviteParams} from './invite/build';
import type {InviteParams} from './invite/params';
import {permissionExpression} from './permission-snippets';
import {parseSnowflake} from './snowflake';
import {comment, joinStatement, stringLiteral, type Library} from './snippet-common';

const PLACEHOLDER_ID = 'YOUR_APPLICATION_ID';

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

function errorNotes(p: InviteParams): string[] {
  const built = buildInviteUrl(p);
  if (built.ok) return [];
  const codes = [...new Set(built.error.map((e) => e.code))].join(', ');
  return [`Discord will refuse this link as it stands (${codes}); fix it in the builder first.`];
}

/** The argument only one of the two Python helpers has: discord.py's state, nextcord's integration_type. */
function pythonOwnArgs(lib: 'discord-py' | 'nextcord', p: InviteParams): string[] {
  if (lib === 'discord-py') return p.state === undefined ? [] : [`    state=${stringLiteral('python', p.state)},`];
  if (p.integrationType === undefined) return [];
  return [`    integration_type=nextcord.IntegrationType.${p.integrationType === 1 ? 'user' : 'guild'}_install,`];
}

/** discord.py and nextcord: the oauth_url arguments, and the comment lines to put above the call. */
function pythonArgs(lib: 'discord-py' | 'nextcord', p: InviteParams, clientValid: boolean) {
  const module = lib === 'discord-py' ? 'discord' : 'nextcord';
  const lit = (value: string): string => stringLiteral('python', value);
  const args: string[] = [`    ${clientValid ? p.clientId : lit(PLACEHOLDER_ID)},`];
  const notes: string[] = [];
  if (p.permissions !== undefined) {
    const expr = permissionExpression(lib, p.permissions, '    ');
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
    notes.push('oauth_url also adds response_type=code, because it is given a redirect_uri.');
  }
  return {args, notes};
}

/** nextcord's oauth_url always writes a scope, so a link without one is spelled out as a string. */
function nextcordScopelessInvite(p: InviteParams, notes: readonly string[]): string {
  const url = buildInviteUrl(p);
  const text = url.ok ? url.value : `https://discord.com/oauth2/authorize?client_id=${PLACEHOLDER_ID}`;
  return [
    ...comment('python', [
      ...notes,
      "nextcord.utils.oauth_url always adds a scope; this link uses the app's default install settings, so it is",
      'written out in full.',
    ]),
    `url = ${stringLiteral('python', text)}`,
    'print(url)',
    '',
  ].join('\n');
}

function pythonInvite(lib: 'discord-py' | 'nextcord', p: InviteParams, clientValid: boolean): string {
  const module = lib === 'discord-py' ? 'discord' : 'nextcord';
  const lit = (value: string): string => stringLiteral('python', value);
  const notes = errorNotes(p);
  // discord.py: scopes=None leaves scope out; nextcord always writes one, so an empty scope list is spelled out.
  if (lib === 'nextcord' && p.scopes.length === 0) return nextcordScopelessInvite(p, notes);
  const supported = new Set(lib === 'discord-py' ? ['redirect_uri', 'state'] : ['redirect_uri', 'integration_type']);
  const extras = extrasFor(p, supported);
  const {args, notes: argNotes} = pythonArgs(lib, p, clientValid);
  const lines = [`import ${module}`];
  if (extras.length > 0) lines.push('from urllib.parse import urlencode');
  lines.push('', ...comment('python', [...notes, ...argNotes]), `url = ${module}.utils.oauth_url(`, ...args, ')');
  if (extras.length > 0) {
    const names = extras.map(([name]) => name).join(', ');
    lines.push(...comment('python', [`oauth_url has no parameter for ${names}; they are added to the query here.`]));
    lines.push(`url += '&' + urlencode({${extras.map(([name, value]) => `${lit(name)}: ${lit(value)}`).join(', ')}})`);
  }
  lines.push('print(url)', '');
  return lines.join('\n');
}

/** The generateInvite options, whether they name PermissionFlagsBits, and the permission comment lines. */
function generateInviteOptions(p: InviteParams, scopeKeys: readonly string[]) {
  const lit = (value: string): string => stringLiteral('js', value);
  const options: string[] = [`    scopes: [${scopeKeys.map((key) => `OAuth2Scopes.${key}`).join(', ')}],`];
  let notes: readonly string[] = [];
  let namesFlags = false;
  if (p.permissions !== undefined && p.permissions !== 0n) {
    const expr = permissionExpression('discord-js', p.permissions, '    ');
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
function discordJsHelperInvite(p: InviteParams, scopeKeys: readonly string[], notes: readonly string[]): string {
  const lit = (value: string): string => stringLiteral('js', value);
  const extras = extrasFor(p, new Set());
  const {options, notes: permissionNotes, namesFlags} = generateInviteOptions(p, scopeKeys);
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
    ...comment('js', [
      "generateInvite uses the logged-in client's own application ID, so it runs once the client is ready.",
    ]),
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
    lines.push(...comment('js', [`generateInvite has no option for ${extras.map(([n]) => n).join(', ')}.`], '  '));
    for (const [name, value] of extras) lines.push(`  url.searchParams.set(${lit(name)}, ${lit(value)});`);
    lines.push('  console.log(url.toString());');
  }
  lines.push('});', '', 'client.login(process.env.DISCORD_TOKEN);', '');
  return lines.join('\n');
}

function discordJsInvite(p: InviteParams, clientValid: boolean): string {
  const notes = errorNotes(p);
  const hasBot = p.scopes.includes('bot');
  const scopeKeys = p.scopes.map((scope) => scopeKey(scope));
  const known = scopeKeys.filter((key): key is string => key !== undefined);
  const helperFits =
    (hasBot || p.scopes.includes('applications.commands')) &&
    known.length === scopeKeys.length &&
    (p.permissions === undefined || p.permissions === 0n || hasBot);
  return helperFits ? discordJsHelperInvite(p, known, notes) : discordJsManualInvite(p, clientValid, notes);
}

/** discord.js without generateInvite (no bot/commands scope, or an unknown scope): the URL built from its parts. */
function discordJsManualInvite(p: InviteParams, clientValid: boolean, notes: readonly string[]): string {
  const lit = (value: string): string => stringLiteral('js', value);
  const lines = ["const {OAuth2Routes} = require('discord.js');", '', ...comment('js', notes)];
  lines.push(
    ...comment('js', ['client.generateInvite() cannot make this link, so it is built from its parts.']),
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

function discordNetInvite(p: InviteParams, clientValid: boolean): string {
  const lit = (value: string): string => stringLiteral('csharp', value);
  const lines = ['using System;', 'using Discord;', '', ...comment('csharp', errorNotes(p))];
  if (p.permissions !== undefined) {
    const expr = permissionExpression('discord-net', p.permissions, '');
    lines.push(...comment('csharp', expr.notes), ...joinStatement('var permissions = ', expr.lines, ';'), '');
  }
  lines.push(
    ...comment('csharp', ['Discord.Net has no invite-link helper, so the link is put together here.']),
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
 * helper cannot express. A link with errors still gets code, headed by a comment naming the problems.
 */
export function inviteSnippet(lib: Library, params: InviteParams): string {
  const p = normalizeInviteParams(params);
  const clientValid = parseSnowflake(p.clientId).ok;
  switch (lib) {
    case 'discord-py':
    case 'nextcord':
      return pythonInvite(lib, p, clientValid);
    case 'discord-js':
      return discordJsInvite(p, clientValid);
    case 'discord-net':
      return discordNetInvite(p, clientValid);
  }
}
