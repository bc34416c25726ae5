/**
 * Bot invite links: build one from parameters, and explain what is wrong with one. Reading a link a reader pasted
 * is in invite-parse.ts, which uses the types and rules here; the sources below cover both.
 *
 * Checked against, 2026-11-25 (discord/discord-api-docs snapshot c98d64bc, 2026-08-06):
 * - developers/topics/oauth2.mdx (last changed 78c8cb18, 2026-05-05):
 *   "OAuth2 URLs": the authorize URL is https://discord.com/oauth2/authorize.
 *   "Authorization Code Grant": `scope` is space separated (`%20`); `redirect_uri` url-encoded; `state`; `prompt`
 *   is `consent` or `none`, and "for passthrough scopes, like `bot` and `webhook.incoming`, authorization is always
 *   required"; `integration_type` 0 = GUILD_INSTALL, 1 = USER_INSTALL, "only relevant when `scope` contains
 *   `applications.commands`".
 *   "Bot Authorization Flow": parameters client_id, scope (needs `bot`), permissions, guild_id, disable_guild_select,
 *   integration_type; no response_type/redirect_uri needed. A link with only client_id (plus optionally
 *   permissions, guild_id, disable_guild_select) uses the app's Default Install Settings.
 *   "Advanced Bot Authorization": any scope outside `bot`/`applications.commands` makes `response_type` mandatory;
 *   without `redirect_uri` Discord redirects to the first registered URI.
 *   "Implicit Grant": `response_type=token` returns the token in the URL fragment, without a refresh token.
 *   "State and Security": `state` is not required but highly recommended.
 * - developers/resources/application.mdx: installation contexts; user-installed apps need no server permissions,
 *   and the user context supports only `applications.commands` (developers/tutorials/
 *   developing-a-user-installable-app.mdx: "apps installed to a user context only support the
 *   `applications.commands` scope").
 * - developers/platform/oauth2-and-permissions.mdx (699f5877, 2026-03-09): "request only the permissions it needs".
 * - developers/change-log.mdx, October 17, 2023: calls should go to discord.com, not discordapp.com.
 * - discord.js 14.27.0 `Client#generateInvite` throws when `permissions` are given without the `bot` scope.
 * - RFC 6749 §3.1: parameters MUST NOT be included more than once; the authorization endpoint requires TLS.
 * Not confirmed anywhere (so only warnings): whether guild_id pre-selects a server for links without `bot`
 * (documented for the bot flow only), and what Discord does with a duplicated parameter.
 *
 * Links below use docs.discord.com/developers/…, the docs' current host (as in discord-api-types 0.38.57), whose paths
 * match the repository's file paths.
 *
 * Lint rules, severity and source (LINT_RULES below is the same table as data):
 *   bad-client-id                      error    oauth2.mdx client_id; snowflake.ts format
 *   unknown-scope                      error    oauth2.mdx "OAuth2 Scopes" (all scopes Discord supports)
 *   scope-client-credentials-only      error    oauth2.mdx scopes table ("client credentials grant only")
 *   permissions-without-bot            error    oauth2.mdx "Bot Authorization Flow"; discord.js generateInvite
 *   bad-permissions                    error    oauth2.mdx (integer); Discord permissions are 64-bit
 *   user-install-with-bot              error    application.mdx installation contexts; user-installable tutorial
 *   user-install-with-permissions      error    application.mdx "don't require any server-specific permissions"
 *   user-install-with-guild            error    application.mdx (a user install picks no server)
 *   code-grant-missing-response-type   error    oauth2.mdx "Advanced Bot Authorization"
 *   bad-value                          error    oauth2.mdx parameter tables (allowed values)
 *   non-discord-host                   error    oauth2.mdx "OAuth2 URLs"
 *   administrator-requested            warning  oauth2-and-permissions.mdx (least privilege)
 *   unknown-permission-bits            warning  permissions.mdx flag table (via permissions.ts)
 *   guild-without-bot                  warning  oauth2.mdx "Bot Authorization Flow" (guild_id documented there only)
 *   disable-guild-select-without-guild warning  oauth2.mdx "Bot Authorization Flow" (used with guild_id)
 *   integration-type-without-commands  warning  oauth2.mdx "Authorization Code Grant" (integration_type)
 *   code-grant-missing-redirect        warning  oauth2.mdx "Advanced Bot Authorization" (falls back to first URI)
 *   scope-needs-approval               warning  oauth2.mdx scopes table; rpc.mdx
 *   implicit-grant                     warning  oauth2.mdx "Implicit Grant"
 *   duplicate-parameter                warning  RFC 6749 §3.1
 *   http-not-https                     warning  RFC 6749 §3.1 (TLS)
 *   missing-scope                      info     oauth2.mdx "Bot Authorization Flow" (Default Install Settings)
 *   scope-needs-code-grant             info     oauth2.mdx "Advanced Bot Authorization"
 *   code-grant-without-state           info     oauth2.mdx "State and Security"
 *   prompt-none-passthrough            info     oauth2.mdx "Authorization Code Grant" (prompt)
 *   legacy-host                        info     change-log.mdx, October 17, 2023
 *   unknown-parameter                  info     oauth2.mdx parameter tables
 */
import {decodePermissions} from './permission-bits';
import {getPermission} from './permissions';
import {err, ok, type Result} from './result';
import {BOT_IMPLIES_COMMANDS, getScope, isKnownScope} from './scopes';
import {parseSnowflake} from './snowflake';

/** 0 = GUILD_INSTALL (to a server), 1 = USER_INSTALL (to the reader's account). */
export type IntegrationType = 0 | 1;
export const GUILD_INSTALL: IntegrationType = 0;
export const USER_INSTALL: IntegrationType = 1;

export interface InviteParams {
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly permissions?: bigint;
  readonly guildId?: string;
  readonly disableGuildSelect?: boolean;
  readonly integrationType?: IntegrationType;
  readonly redirectUri?: string;
  readonly responseType?: 'code';
  readonly state?: string;
  readonly prompt?: 'consent' | 'none';
}

export const AUTHORIZE_URL = 'https://discord.com/oauth2/authorize';

/** Discord reads `permissions` as an unsigned 64-bit integer. */
export const MAX_PERMISSIONS = (1n << 64n) - 1n;

/** Query parameter names, per field. */
export const PARAM_NAMES = {
  clientId: 'client_id',
  scopes: 'scope',
  permissions: 'permissions',
  guildId: 'guild_id',
  disableGuildSelect: 'disable_guild_select',
  integrationType: 'integration_type',
  redirectUri: 'redirect_uri',
  responseType: 'response_type',
  state: 'state',
  prompt: 'prompt',
} as const satisfies Record<keyof InviteParams, string>;

export type ParamName = (typeof PARAM_NAMES)[keyof typeof PARAM_NAMES];

// ---------------------------------------------------------------------------------------------------------------
// Lint rules

export type LintSeverity = 'error' | 'warning' | 'info';

export type LintCode =
  | 'bad-client-id'
  | 'unknown-scope'
  | 'scope-client-credentials-only'
  | 'permissions-without-bot'
  | 'bad-permissions'
  | 'user-install-with-bot'
  | 'user-install-with-permissions'
  | 'user-install-with-guild'
  | 'code-grant-missing-response-type'
  | 'bad-value'
  | 'non-discord-host'
  | 'administrator-requested'
  | 'unknown-permission-bits'
  | 'guild-without-bot'
  | 'disable-guild-select-without-guild'
  | 'integration-type-without-commands'
  | 'code-grant-missing-redirect'
  | 'scope-needs-approval'
  | 'implicit-grant'
  | 'duplicate-parameter'
  | 'http-not-https'
  | 'missing-scope'
  | 'scope-needs-code-grant'
  | 'code-grant-without-state'
  | 'prompt-none-passthrough'
  | 'legacy-host'
  | 'unknown-parameter';

export interface LintRule {
  readonly code: LintCode;
  readonly severity: LintSeverity;
  /** Where the rule comes from, for the reference page and for whoever revisits it. */
  readonly source: string;
}

const OAUTH2 = 'https://docs.discord.com/developers/topics/oauth2';
const APPLICATION = 'https://docs.discord.com/developers/resources/application#installation-context';
const RFC6749 = 'https://www.rfc-editor.org/rfc/rfc6749#section-3.1';

export const LINT_RULES: readonly LintRule[] = Object.freeze(
  (
    [
      ['bad-client-id', 'error', `${OAUTH2}#bot-authorization-flow`],
      ['unknown-scope', 'error', `${OAUTH2}#shared-resources-oauth2-scopes`],
      ['scope-client-credentials-only', 'error', `${OAUTH2}#shared-resources-oauth2-scopes`],
      ['permissions-without-bot', 'error', `${OAUTH2}#bot-authorization-flow`],
      ['bad-permissions', 'error', `${OAUTH2}#bot-authorization-flow`],
      ['user-install-with-bot', 'error', APPLICATION],
      ['user-install-with-permissions', 'error', APPLICATION],
      ['user-install-with-guild', 'error', APPLICATION],
      ['code-grant-missing-response-type', 'error', `${OAUTH2}#advanced-bot-authorization`],
      ['bad-value', 'error', `${OAUTH2}#authorization-code-grant`],
      ['non-discord-host', 'error', `${OAUTH2}#shared-resources-oauth2-urls`],
      ['administrator-requested', 'warning', 'https://docs.discord.com/developers/platform/oauth2-and-permissions'],
      ['unknown-permission-bits', 'warning', 'https://docs.discord.com/developers/topics/permissions'],
      ['guild-without-bot', 'warning', `${OAUTH2}#bot-authorization-flow`],
      ['disable-guild-select-without-guild', 'warning', `${OAUTH2}#bot-authorization-flow`],
      ['integration-type-without-commands', 'warning', `${OAUTH2}#authorization-code-grant`],
      ['code-grant-missing-redirect', 'warning', `${OAUTH2}#advanced-bot-authorization`],
      ['scope-needs-approval', 'warning', `${OAUTH2}#shared-resources-oauth2-scopes`],
      ['implicit-grant', 'warning', `${OAUTH2}#implicit-grant`],
      ['duplicate-parameter', 'warning', RFC6749],
      ['http-not-https', 'warning', RFC6749],
      ['missing-scope', 'info', `${OAUTH2}#bot-authorization-flow`],
      ['scope-needs-code-grant', 'info', `${OAUTH2}#advanced-bot-authorization`],
      ['code-grant-without-state', 'info', `${OAUTH2}#state-and-security`],
      ['prompt-none-passthrough', 'info', `${OAUTH2}#authorization-code-grant`],
      ['legacy-host', 'info', 'https://docs.discord.com/developers/change-log'],
      ['unknown-parameter', 'info', `${OAUTH2}#bot-authorization-flow`],
    ] as const
  ).map(([code, severity, source]) => Object.freeze({code, severity, source})),
);

const SEVERITY: ReadonlyMap<LintCode, LintSeverity> = new Map(LINT_RULES.map((rule) => [rule.code, rule.severity]));
const SEVERITY_ORDER: Readonly<Record<LintSeverity, number>> = {error: 0, warning: 1, info: 2};

export interface LintFinding {
  readonly code: LintCode;
  readonly severity: LintSeverity;
  /** The InviteParams field it is about, when it is about one. */
  readonly field?: keyof InviteParams;
  /** Values for the message, e.g. the unknown scope names or bit numbers, joined with spaces. */
  readonly data?: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------------------------
// Parsed links (read by invite-parse.ts)

export interface ParsedInvite {
  /** What the link asks for. Values that could not be read are left out here and kept in `raw.values`. */
  readonly params: InviteParams;
  readonly raw: {
    /** Lower case, without a trailing dot. */
    readonly host: string;
    readonly path: string;
    /** 'none' when the reader pasted the link without a scheme. */
    readonly scheme: 'https' | 'http' | 'none';
    /** Known parameter names that appear more than once (the first occurrence is used). */
    readonly duplicates: readonly string[];
    readonly unknownParams: readonly string[];
    /** The first value of each known parameter, decoded, exactly as found. */
    readonly values: Readonly<Partial<Record<ParamName, string>>>;
  };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Scope names from a `scope` value, without repeats. Shared with invite-parse.ts. */
export function splitScopes(value: string): string[] {
  // Scope names never contain '+', so a literal '+' (a double-encoded space) is a separator too.
  return [...new Set(value.split(/[\s+]+/).filter((scope) => scope.length > 0))];
}

/** An ID as plain ASCII digits when it reads as one, else as found. Shared with invite-parse.ts. */
export function canonicalId(value: string): string {
  const parsed = parseSnowflake(value);
  return parsed.ok ? parsed.value : value.trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Linting

export interface LintOptions {
  /** The reader's clock, for the client ID check; tests pass a fixed date. */
  readonly now?: Date;
}

function isParsed(input: InviteParams | ParsedInvite): input is ParsedInvite {
  return 'params' in input && 'raw' in input;
}

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

/**
 * Everything worth telling the reader about a link or a set of parameters, errors first. An empty list means a
 * plain, valid link. Works on the builder's parameters and on a parsed link (which adds host, scheme, duplicate and
 * unreadable-value checks).
 */
export function lintInvite(input: InviteParams | ParsedInvite, options: LintOptions = {}): LintFinding[] {
  const params = isParsed(input) ? input.params : input;
  const raw = isParsed(input) ? input.raw : undefined;
  const findings: LintFinding[] = [];
  const add = (code: LintCode, field?: keyof InviteParams, data?: Record<string, string>): void => {
    findings.push({
      code,
      severity: SEVERITY.get(code) ?? 'error',
      ...(field === undefined ? {} : {field}),
      ...(data === undefined ? {} : {data: Object.freeze(data)}),
    });
  };
  const rawValue = (field: keyof InviteParams): string | undefined => raw?.values[PARAM_NAMES[field]];

  const client = parseSnowflake(params.clientId, options.now);
  if (!client.ok) add('bad-client-id', 'clientId', {reason: client.error.code, value: params.clientId});

  // Scopes
  const scopes = params.scopes;
  const unknown = scopes.filter((scope) => !isKnownScope(scope));
  const known = scopes.flatMap((scope) => getScope(scope) ?? []);
  const hasBot = scopes.includes('bot');
  const hasCommands = scopes.includes('applications.commands') || (hasBot && BOT_IMPLIES_COMMANDS);
  const userInstall = params.integrationType === USER_INSTALL;
  if (scopes.length === 0) add('missing-scope', 'scopes');
  if (unknown.length > 0) add('unknown-scope', 'scopes', {scopes: unknown.join(' ')});
  const clientCredentials = known.filter((info) => info.clientCredentialsOnly === true);
  if (clientCredentials.length > 0) {
    add('scope-client-credentials-only', 'scopes', {scopes: clientCredentials.map((info) => info.scope).join(' ')});
  }
  const approval = known.filter((info) => info.needsApproval);
  if (approval.length > 0) add('scope-needs-approval', 'scopes', {scopes: approval.map((i) => i.scope).join(' ')});
  if (hasBot && userInstall) add('user-install-with-bot', 'scopes');

  // Code grant
  const codeGrant = known.filter((info) => info.needsCodeGrant);
  const responseRaw = rawValue('responseType')?.trim();
  if (codeGrant.length > 0) {
    add('scope-needs-code-grant', 'scopes', {scopes: codeGrant.map((info) => info.scope).join(' ')});
    if (params.responseType === undefined && responseRaw === undefined) {
      add('code-grant-missing-response-type', 'responseType', {scopes: codeGrant.map((i) => i.scope).join(' ')});
    }
    if (params.redirectUri === undefined) add('code-grant-missing-redirect', 'redirectUri');
    if (params.state === undefined || params.state.length === 0) add('code-grant-without-state', 'state');
  }
  if (responseRaw === 'token') add('implicit-grant', 'responseType');
  else if (responseRaw !== undefined && params.responseType === undefined) {
    add('bad-value', 'responseType', {value: responseRaw});
  }
  if (params.responseType !== undefined && params.responseType !== 'code') {
    add('bad-value', 'responseType', {value: String(params.responseType)});
  }

  // Permissions
  const permissionsRaw = rawValue('permissions');
  if (permissionsRaw !== undefined && params.permissions === undefined) {
    add('bad-permissions', 'permissions', {value: permissionsRaw});
  }
  const permissions = params.permissions;
  if (permissions !== undefined && (permissions < 0n || permissions > MAX_PERMISSIONS)) {
    add('bad-permissions', 'permissions', {value: permissions.toString()});
  } else if (permissions !== undefined && permissions !== 0n) {
    // Zero asks for nothing, so it cannot conflict with anything; discord.js treats it the same way.
    if (userInstall) add('user-install-with-permissions', 'permissions');
    else if (scopes.length > 0 && !hasBot) add('permissions-without-bot', 'permissions');
    const administrator = getPermission('Administrator').value;
    if ((permissions & administrator) !== 0n) add('administrator-requested', 'permissions');
    const {unknownBits} = decodePermissions(permissions);
    if (unknownBits.length > 0) add('unknown-permission-bits', 'permissions', {bits: unknownBits.join(' ')});
  }

  // Server selection
  if (params.guildId !== undefined && !parseSnowflake(params.guildId, options.now).ok) {
    add('bad-value', 'guildId', {value: params.guildId});
  }
  const disableRaw = rawValue('disableGuildSelect');
  if (disableRaw !== undefined && params.disableGuildSelect === undefined) {
    add('bad-value', 'disableGuildSelect', {value: disableRaw});
  }
  const picksGuild = params.guildId !== undefined || params.disableGuildSelect === true;
  if (picksGuild) {
    const field = params.guildId !== undefined ? 'guildId' : 'disableGuildSelect';
    if (userInstall) add('user-install-with-guild', field);
    else if (scopes.length > 0 && !hasBot) add('guild-without-bot', field);
  }
  if (params.disableGuildSelect === true && params.guildId === undefined) {
    add('disable-guild-select-without-guild', 'disableGuildSelect');
  }

  // Installation context
  const integrationRaw = rawValue('integrationType');
  if (integrationRaw !== undefined && params.integrationType === undefined) {
    add('bad-value', 'integrationType', {value: integrationRaw});
  }
  if (params.integrationType !== undefined) {
    if (params.integrationType !== GUILD_INSTALL && params.integrationType !== USER_INSTALL) {
      add('bad-value', 'integrationType', {value: String(params.integrationType)});
    } else if (scopes.length > 0 && !hasCommands) {
      add('integration-type-without-commands', 'integrationType');
    }
  }

  // Redirect, state, prompt
  if (params.redirectUri !== undefined && !isSafeRedirect(params.redirectUri)) {
    add('bad-value', 'redirectUri', {value: params.redirectUri});
  }
  if (params.state !== undefined && LONE_SURROGATE.test(params.state)) add('bad-value', 'state', {value: ''});
  const promptRaw = rawValue('prompt');
  if (promptRaw !== undefined && params.prompt === undefined) add('bad-value', 'prompt', {value: promptRaw});
  if (params.prompt !== undefined && params.prompt !== 'consent' && params.prompt !== 'none') {
    add('bad-value', 'prompt', {value: String(params.prompt)});
  }
  if (params.prompt === 'none' && (hasBot || scopes.includes('webhook.incoming'))) {
    add('prompt-none-passthrough', 'prompt');
  }

  // The link itself
  if (raw !== undefined) {
    if (raw.scheme === 'http') add('http-not-https');
    if (raw.host.endsWith('discordapp.com')) add('legacy-host', undefined, {host: raw.host});
    if (raw.duplicates.length > 0) add('duplicate-parameter', undefined, {params: raw.duplicates.join(' ')});
    if (raw.unknownParams.length > 0) add('unknown-parameter', undefined, {params: raw.unknownParams.join(' ')});
  }

  // Stable sort: errors, then warnings, then info, each in rule order above.
  return findings
    .map((finding, index) => ({finding, index}))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map(({finding}) => finding);
}

// ---------------------------------------------------------------------------------------------------------------
// Building

export interface InviteBuildError {
  readonly code: LintCode;
  readonly field: keyof InviteParams;
}

/**
 * The canonical form of a set of parameters: IDs as plain ASCII digits, scopes without repeats, and values that
 * change nothing (`disableGuildSelect: false`, an empty state) dropped. What `parseInviteUrl(buildInviteUrl(p))`
 * gives back.
 */
export function normalizeInviteParams(p: InviteParams): InviteParams {
  const out: {-readonly [K in keyof InviteParams]: InviteParams[K]} = {
    clientId: canonicalId(p.clientId),
    scopes: splitScopes(p.scopes.join(' ')),
  };
  if (p.permissions !== undefined) out.permissions = p.permissions;
  if (p.guildId !== undefined) out.guildId = canonicalId(p.guildId);
  if (p.disableGuildSelect === true) out.disableGuildSelect = true;
  if (p.integrationType !== undefined) out.integrationType = p.integrationType;
  if (p.redirectUri !== undefined) out.redirectUri = p.redirectUri;
  if (p.responseType !== undefined) out.responseType = p.responseType;
  if (p.state !== undefined && p.state.length > 0) out.state = p.state;
  if (p.prompt !== undefined) out.prompt = p.prompt;
  return out;
}

/**
 * Builds the authorize link. Validates first: if any rule of severity 'error' fires, there is no URL, only the
 * list of problems and the field each is about, so a half-valid link can never be copied. Warnings do not block.
 */
export function buildInviteUrl(p: InviteParams, options: LintOptions = {}): Result<string, InviteBuildError[]> {
  const normal = normalizeInviteParams(p);
  const errors = lintInvite(normal, options)
    .filter((finding) => finding.severity === 'error')
    .map((finding) => ({code: finding.code, field: finding.field ?? 'clientId'}));
  if (errors.length > 0) return err(errors);

  const parts: string[] = [`client_id=${normal.clientId}`];
  const add = (name: ParamName, value: string): void => {
    parts.push(`${name}=${encodeURIComponent(value)}`);
  };
  // Discord's docs separate scopes with %20; encodeURIComponent would do the same for the joined string.
  if (normal.scopes.length > 0) parts.push(`scope=${normal.scopes.map(encodeURIComponent).join('%20')}`);
  if (normal.permissions !== undefined) add('permissions', normal.permissions.toString());
  if (normal.guildId !== undefined) add('guild_id', normal.guildId);
  if (normal.disableGuildSelect === true) add('disable_guild_select', 'true');
  if (normal.integrationType !== undefined) add('integration_type', String(normal.integrationType));
  if (normal.responseType !== undefined) add('response_type', normal.responseType);
  if (normal.redirectUri !== undefined) add('redirect_uri', normal.redirectUri);
  if (normal.state !== undefined) add('state', normal.state);
  if (normal.prompt !== undefined) add('prompt', normal.prompt);
  return ok(`${AUTHORIZE_URL}?${parts.join('&')}`);
}
