/**
 * The invite builder's state as plain data: read from the page's query string, turned into InviteParams, and
 * checked. No React here, so every rule the view follows is unit-tested directly.
 */
import {parseBitfield, type BitfieldError} from '@site/src/discord/bitfield';
import {buildInviteUrl} from '@site/src/discord/invite/build';
import {lintInvite, type LintFinding, type LintOptions} from '@site/src/discord/invite/lint';
import {GUILD_INSTALL, PARAM_NAMES, USER_INSTALL, type InviteParams} from '@site/src/discord/invite/params';
import {isKnownScope, SCOPES, type ScopeName} from '@site/src/discord/scopes';
import {parseSnowflake, type SnowflakeErrorCode} from '@site/src/discord/snowflake';

/** Page query parameters, named like the authorize link's own where there is one, so a shared page URL reads well. */
export const BUILDER_PARAMS = [
  PARAM_NAMES.scopes,
  PARAM_NAMES.permissions,
  PARAM_NAMES.integrationType,
  PARAM_NAMES.guildId,
  PARAM_NAMES.disableGuildSelect,
  'code_grant',
  PARAM_NAMES.redirectUri,
  PARAM_NAMES.state,
  PARAM_NAMES.prompt,
] as const;
export type BuilderParam = (typeof BUILDER_PARAMS)[number];
export type BuilderQuery = Readonly<Record<BuilderParam, string | null>>;

/** The builder wrapper's id: the checker's "Edit in builder" link lands on it (…/invite-url-builder?…#builder). */
export const BUILDER_ANCHOR = 'builder';

/** Read once after hydration, written into the shared Application ID store, then removed from the page URL. */
export const CLIENT_ID_PARAM = PARAM_NAMES.clientId;

/**
 * `scope` absent means the default (a plain bot invite); an empty selection needs a value of its own because the
 * URL helper drops empty parameters. 'none' is no scope name Discord has.
 */
export const NO_SCOPES = 'none';
export const DEFAULT_SCOPES: readonly ScopeName[] = Object.freeze(['bot']);

/** The two scopes of an ordinary bot invite, shown first; every other scope is behind "More scopes". */
export const PRIMARY_SCOPES: readonly ScopeName[] = Object.freeze(['bot', 'applications.commands']);
export const MORE_SCOPES: readonly ScopeName[] = Object.freeze(
  SCOPES.map((info) => info.scope).filter((scope) => !PRIMARY_SCOPES.includes(scope)),
);
const SCOPE_ORDER: readonly ScopeName[] = [...PRIMARY_SCOPES, ...MORE_SCOPES];

/**
 * Longest text kept from a page URL or a field, per parameter: real values are far shorter, and a cap keeps a
 * pasted essay out of the page URL (and out of the share link).
 */
export const MAX_TEXT: Readonly<Record<'guild_id' | 'redirect_uri' | 'state', number>> = {
  guild_id: 64,
  redirect_uri: 1000,
  state: 500,
};

export type Prompt = 'consent' | 'none';

export interface BuilderState {
  /** Ticked scopes, known ones only, in display order (primary first, then catalogue order). */
  readonly scopes: readonly ScopeName[];
  readonly userInstall: boolean;
  /** The permission set; 0 while the URL value is unreadable, so the boxes show nothing rather than garbage. */
  readonly permissions: bigint;
  /** Why the `permissions` URL value could not be read, if it could not. */
  readonly permissionsError: BitfieldError | null;
  readonly guildId: string;
  readonly disableGuildSelect: boolean;
  /** The reader says their app has "Requires OAuth2 Code Grant" on. */
  readonly codeGrant: boolean;
  readonly redirectUri: string;
  readonly state: string;
  readonly prompt: Prompt | null;
}

export function sortScopes(scopes: Iterable<string>): ScopeName[] {
  const wanted = new Set(scopes);
  return SCOPE_ORDER.filter((scope) => wanted.has(scope));
}

export function readBuilderQuery(query: BuilderQuery): BuilderState {
  const scopeParam = query.scope;
  const scopes =
    scopeParam === null
      ? [...DEFAULT_SCOPES]
      : sortScopes(scopeParam.split(/[\s+]+/).filter((scope) => scope !== NO_SCOPES && isKnownScope(scope)));
  const permissionsParam = query.permissions;
  const parsed = permissionsParam === null ? null : parseBitfield(permissionsParam);
  const prompt = query.prompt === 'consent' || query.prompt === 'none' ? query.prompt : null;
  return {
    scopes,
    userInstall: query.integration_type === String(USER_INSTALL),
    permissions: parsed?.ok ? parsed.value : 0n,
    permissionsError: parsed && !parsed.ok ? parsed.error : null,
    guildId: (query.guild_id ?? '').slice(0, MAX_TEXT.guild_id),
    disableGuildSelect: query.disable_guild_select === 'true',
    codeGrant: query.code_grant === '1',
    redirectUri: (query.redirect_uri ?? '').slice(0, MAX_TEXT.redirect_uri),
    state: (query.state ?? '').slice(0, MAX_TEXT.state),
    prompt,
  };
}

/** The page URL value for a scope selection. */
export function scopeParam(scopes: readonly string[]): string | null {
  const sorted = sortScopes(scopes);
  if (sorted.length === 0) return NO_SCOPES;
  // The default needs no parameter: a clean page URL for the common case.
  if (sorted.join(' ') === DEFAULT_SCOPES.join(' ')) return null;
  return sorted.join(' ');
}

/** Which parts of the form apply: the view hides the rest, and toInviteParams leaves them out of the link. */
export interface Visibility {
  readonly permissions: boolean;
  readonly server: boolean;
  readonly codeGrantFields: boolean;
}

export function visibility(state: BuilderState): Visibility {
  // Only a server install with the bot scope adds a bot user; permissions and a preselected server are for it.
  const botInvite = !state.userInstall && state.scopes.includes('bot');
  return {permissions: botInvite, server: botInvite, codeGrantFields: state.codeGrant};
}

/** The scopes that go into the link: a user install never carries `bot`. */
export function effectiveScopes(state: BuilderState): ScopeName[] {
  return state.userInstall ? state.scopes.filter((scope) => scope !== 'bot') : [...state.scopes];
}

/**
 * The link's parameters. What a hidden part of the form holds stays in the page URL (switching back restores it)
 * but never reaches the link: a user install drops bot, permissions and the server.
 */
export function toInviteParams(state: BuilderState, clientId: string): InviteParams {
  const show = visibility(state);
  const scopes = effectiveScopes(state);
  const params: {-readonly [K in keyof InviteParams]: InviteParams[K]} = {clientId: clientId.trim(), scopes};
  if (show.permissions && state.permissionsError === null && state.permissions !== 0n) {
    params.permissions = state.permissions;
  }
  if (show.server && state.guildId.trim() !== '') params.guildId = state.guildId.trim();
  if (show.server && state.disableGuildSelect) params.disableGuildSelect = true;
  if (state.userInstall) params.integrationType = USER_INSTALL;
  // With `bot` the link is a bot invite, which is always a server install; without it, a commands-only link says
  // where it goes, or Discord falls back to the app's default.
  else if (!scopes.includes('bot') && scopes.includes('applications.commands')) params.integrationType = GUILD_INSTALL;
  if (state.codeGrant) {
    params.responseType = 'code';
    if (state.redirectUri.trim() !== '') params.redirectUri = state.redirectUri.trim();
    if (state.state !== '') params.state = state.state;
    if (state.prompt !== null) params.prompt = state.prompt;
  }
  return params;
}

/** The parts of the form that can hold a problem, in the order they appear. */
export type BuilderField = 'clientId' | 'scopes' | 'permissions' | 'guildId' | 'redirectUri' | 'state';
export const FIELD_ORDER: readonly BuilderField[] = [
  'clientId',
  'scopes',
  'permissions',
  'guildId',
  'redirectUri',
  'state',
];

export type FieldProblem =
  | {readonly field: 'clientId'; readonly kind: 'empty'}
  | {readonly field: 'clientId'; readonly kind: 'snowflake'; readonly code: SnowflakeErrorCode}
  | {readonly field: 'scopes'; readonly kind: 'lint'; readonly finding: LintFinding}
  | {readonly field: 'permissions'; readonly kind: 'bitfield'; readonly error: BitfieldError}
  | {readonly field: 'guildId'; readonly kind: 'snowflake'; readonly code: SnowflakeErrorCode}
  | {readonly field: 'redirectUri'; readonly kind: 'redirect'}
  | {readonly field: 'state'; readonly kind: 'state'};

export interface BuilderOutcome {
  readonly params: InviteParams;
  /** The link, or null while anything is wrong: a half-valid link is never shown. */
  readonly url: string | null;
  /** Every reason there is no link, in form order; empty exactly when `url` is set. */
  readonly problems: readonly FieldProblem[];
  /** Warnings and notes about a link that can be built. */
  readonly notes: readonly LintFinding[];
}

function fieldOf(finding: LintFinding): BuilderField | null {
  switch (finding.field) {
    case 'clientId':
      return 'clientId';
    case 'scopes':
    case 'responseType':
    case 'integrationType':
      return 'scopes';
    case 'permissions':
      return 'permissions';
    case 'guildId':
    case 'disableGuildSelect':
      return 'guildId';
    case 'redirectUri':
      return 'redirectUri';
    case 'state':
    case 'prompt':
      return 'state';
    case undefined:
      return null;
  }
}

/** A blocking finding as the form shows it: next to its field, with the field's own wording where there is one. */
function toProblem(finding: LintFinding, params: InviteParams, now: Date | undefined): FieldProblem {
  const field = fieldOf(finding) ?? 'scopes';
  if (field === 'clientId') {
    const parsed = parseSnowflake(params.clientId, now);
    return parsed.ok || parsed.error.code === 'empty'
      ? {field, kind: 'empty'}
      : {field, kind: 'snowflake', code: parsed.error.code};
  }
  if (field === 'guildId' && params.guildId !== undefined) {
    const parsed = parseSnowflake(params.guildId, now);
    return {field, kind: 'snowflake', code: parsed.ok ? 'invalid-character' : parsed.error.code};
  }
  if (field === 'redirectUri') return {field, kind: 'redirect'};
  if (field === 'state') return {field, kind: 'state'};
  return {field: 'scopes', kind: 'lint', finding};
}

/**
 * Everything the output shows. Problems and notes come from the lint rules table, as buildInviteUrl's do (so the
 * view and the domain agree on what blocks a link), plus the one thing lint never sees: a `permissions` page value
 * that could not be read.
 */
export function builderOutcome(state: BuilderState, clientId: string, options: LintOptions = {}): BuilderOutcome {
  const params = toInviteParams(state, clientId);
  const findings = lintInvite(params, options);
  const problems: FieldProblem[] = findings
    .filter((f) => f.severity === 'error')
    .map((finding) => toProblem(finding, params, options.now));
  if (visibility(state).permissions && state.permissionsError !== null) {
    problems.push({field: 'permissions', kind: 'bitfield', error: state.permissionsError});
  }
  problems.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
  const built = problems.length === 0 ? buildInviteUrl(params, options) : null;
  return {
    params,
    url: built?.ok ? built.value : null,
    problems,
    notes: findings.filter((f) => f.severity !== 'error'),
  };
}

/** Page URL updates for choosing an install context. A user install needs applications.commands, so it is ticked. */
export function installUpdates(state: BuilderState, userInstall: boolean): Record<string, string | null> {
  if (!userInstall) return {[PARAM_NAMES.integrationType]: null};
  const scopes = state.scopes.includes('applications.commands')
    ? state.scopes
    : [...state.scopes, 'applications.commands'];
  return {[PARAM_NAMES.integrationType]: String(USER_INSTALL), [PARAM_NAMES.scopes]: scopeParam(scopes)};
}

export function toggleScopeUpdates(state: BuilderState, scope: ScopeName, on: boolean): Record<string, string | null> {
  const next = on ? [...state.scopes, scope] : state.scopes.filter((s) => s !== scope);
  return {[PARAM_NAMES.scopes]: scopeParam(next)};
}
