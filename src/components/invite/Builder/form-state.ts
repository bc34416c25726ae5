/**
 * The invite builder's form as plain data: read from the page's query string (through page-params.ts), what parts
 * apply, and the link's parameters. No React and no linter here: this is what the builder's first load needs. What
 * needs the lint rules (the link, the problems, the notes) is outcome.ts, loaded on demand.
 */
import type {LintFinding} from '@site/src/discord/invite/lint';
import {GUILD_INSTALL, USER_INSTALL, type InviteParams} from '@site/src/discord/invite/params';
import type {ScopeName} from '@site/src/discord/scopes';
import type {SnowflakeErrorCode} from '@site/src/discord/snowflake';
import {
  BUILDER_PAGE_PARAMS,
  FLAG_CHOICES,
  formatScopeParam,
  INTEGRATION_CHOICES,
  PAGE_PARAM_LIMITS,
  parseBitfieldParam,
  parseChoiceParam,
  parseScopeParam,
  parseTextParam,
  PROMPT_CHOICES,
  type BadBitfield,
  type BuilderPageParam,
  type BadChoice,
  type PageParamName,
  type PageParamResult,
  type Prompt,
  type TooLong,
  type UnknownScopes,
} from '@site/src/hooks/page-params';
import {PAGE_PARAMS} from '@site/src/hooks/page-param-names';
import {SCOPE_ORDER} from '../shared/scope-order';

export const BUILDER_PARAMS = BUILDER_PAGE_PARAMS;
export type BuilderParam = BuilderPageParam;
export type BuilderQuery = Readonly<Record<BuilderParam, string | null>>;

/** The parts of the form that can hold a problem, in the order they appear. */
export type BuilderField =
  'clientId' | 'install' | 'scopes' | 'permissions' | 'guildId' | 'codeGrant' | 'redirectUri' | 'state';
export const FIELD_ORDER: readonly BuilderField[] = [
  'clientId',
  'install',
  'scopes',
  'permissions',
  'guildId',
  'codeGrant',
  'redirectUri',
  'state',
];

export type FieldProblem =
  | {readonly field: 'clientId'; readonly kind: 'empty'}
  | {readonly field: 'clientId' | 'guildId'; readonly kind: 'snowflake'; readonly code: SnowflakeErrorCode}
  | {readonly field: 'scopes'; readonly kind: 'lint'; readonly finding: LintFinding}
  | {readonly field: 'redirectUri'; readonly kind: 'redirect'}
  | {readonly field: 'state'; readonly kind: 'state'}
  | ParamProblem;

/**
 * A page parameter the builder could not use as it is. `blocking` ones (a value over its limit, permissions that
 * cannot be read) keep the link from being built; the others are reported at their field and the builder goes on without them.
 */
export type BuilderParamError = TooLong | BadBitfield | UnknownScopes | BadChoice;

export interface ParamProblem {
  readonly field: BuilderField;
  readonly kind: 'param';
  readonly param: PageParamName;
  readonly error: BuilderParamError;
  readonly blocking: boolean;
}

export interface BuilderState {
  /** Ticked scopes, known ones only, in display order (primary first, then catalogue order). */
  readonly scopes: readonly ScopeName[];
  readonly userInstall: boolean;
  /** The permission set; 0 while the URL value is unreadable, so the boxes show nothing rather than garbage. */
  readonly permissions: bigint;
  readonly guildId: string;
  readonly disableGuildSelect: boolean;
  /** The reader says their app has "Requires OAuth2 Code Grant" on. */
  readonly codeGrant: boolean;
  readonly redirectUri: string;
  readonly state: string;
  readonly prompt: Prompt | null;
  /** Every parameter the builder could not use as found, in form order. */
  readonly paramProblems: readonly ParamProblem[];
}

export type {Prompt};

export function readBuilderQuery(query: BuilderQuery): BuilderState {
  const problems: ParamProblem[] = [];
  function read<T>(field: BuilderField, param: BuilderParam, result: PageParamResult<T, BuilderParamError>): T {
    if (!result.ok) {
      problems.push({
        field,
        kind: 'param',
        param,
        error: result.error,
        blocking: result.error.code === 'too-long' || result.error.code === 'bitfield',
      });
    }
    return result.value;
  }
  const integration = read(
    'install',
    PAGE_PARAMS.integrationType,
    parseChoiceParam(query.integration_type, INTEGRATION_CHOICES),
  );
  const scopes = read('scopes', PAGE_PARAMS.scope, parseScopeParam(query.scope, SCOPE_ORDER));
  const permissions = read('permissions', PAGE_PARAMS.permissions, parseBitfieldParam(query.permissions));
  const limits = PAGE_PARAM_LIMITS;
  const guildId = read('guildId', PAGE_PARAMS.guildId, parseTextParam(query.guild_id, limits.guildId));
  const lock = read(
    'guildId',
    PAGE_PARAMS.disableGuildSelect,
    parseChoiceParam(query.disable_guild_select, FLAG_CHOICES.disableGuildSelect),
  );
  const codeGrant = read(
    'codeGrant',
    PAGE_PARAMS.codeGrant,
    parseChoiceParam(query.code_grant, FLAG_CHOICES.codeGrant),
  );
  const prompt = read('codeGrant', PAGE_PARAMS.prompt, parseChoiceParam(query.prompt, PROMPT_CHOICES));
  const redirectUri = read(
    'redirectUri',
    PAGE_PARAMS.redirectUri,
    parseTextParam(query.redirect_uri, limits.redirectUri),
  );
  const state = read('state', PAGE_PARAMS.state, parseTextParam(query.state, limits.state));
  return {
    scopes,
    userInstall: integration === String(USER_INSTALL),
    permissions,
    guildId,
    disableGuildSelect: lock === 'true',
    codeGrant: codeGrant !== null,
    redirectUri,
    state,
    prompt,
    paramProblems: problems,
  };
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

/** The problems a reader can act on now: those of hidden parts of the form wait until the part is shown again. */
export function shownParamProblems(state: BuilderState): readonly ParamProblem[] {
  const show = visibility(state);
  return state.paramProblems.filter((problem) => {
    if (problem.field === 'permissions') return show.permissions;
    if (problem.field === 'guildId') return show.server;
    if (problem.field === 'redirectUri' || problem.field === 'state') return show.codeGrantFields;
    return true;
  });
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
  if (show.permissions && state.permissions !== 0n) params.permissions = state.permissions;
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

/** Page URL updates for choosing an install context. A user install needs applications.commands, so it is ticked. */
export function installUpdates(state: BuilderState, userInstall: boolean): Record<string, string | null> {
  if (!userInstall) return {[PAGE_PARAMS.integrationType]: null};
  const scopes = state.scopes.includes('applications.commands')
    ? state.scopes
    : [...state.scopes, 'applications.commands'];
  return {
    [PAGE_PARAMS.integrationType]: String(USER_INSTALL),
    [PAGE_PARAMS.scope]: formatScopeParam(scopes, SCOPE_ORDER),
  };
}

export function toggleScopeUpdates(state: BuilderState, scope: ScopeName, on: boolean): Record<string, string | null> {
  const next = on ? [...state.scopes, scope] : state.scopes.filter((s) => s !== scope);
  return {[PAGE_PARAMS.scope]: formatScopeParam(next, SCOPE_ORDER)};
}

/**
 * What the output shows. The first render (and the server HTML) has no Application ID, so its only reason is that
 * one, worded without the linter; everything else comes from outcome.ts once it has loaded.
 */
export interface BuilderOutcome {
  readonly params: InviteParams;
  /** The link, or null while anything is wrong: a half-valid link is never shown. */
  readonly url: string | null;
  /** Every reason there is no link, in form order; empty exactly when `url` is set. */
  readonly problems: readonly FieldProblem[];
  /** Warnings and notes about a link that can be built. */
  readonly notes: readonly LintFinding[];
}

/** The outcome before outcome.ts has loaded, when there is no Application ID: that is the one reason shown. */
export function noIdOutcome(state: BuilderState): BuilderOutcome {
  return {params: toInviteParams(state, ''), url: null, problems: [{field: 'clientId', kind: 'empty'}], notes: []};
}

/** The code-grant fields' page URL updates. A type, not an interface, so it fits the updater's record. */
export type CodeGrantUpdates = {
  readonly redirect_uri?: string;
  readonly state?: string;
  readonly prompt?: string;
};
