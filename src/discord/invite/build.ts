/** Building a bot invite link from parameters, after the linter has had its say. Sources: see params.ts. */
import {err, ok, type Result} from '../result';
import {lintInvite, type LintCode, type LintFinding, type LintOptions} from './lint';
import {AUTHORIZE_URL, canonicalId, splitScopes, type InviteField, type InviteParams} from './params';
import {PARAM_NAMES} from './param-names';

export interface InviteBuildError {
  readonly code: LintCode;
  readonly field: InviteField;
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

/** Each parameter as written into the link, in the order Discord's docs list them; undefined leaves it out. */
function linkValues(normal: InviteParams): ReadonlyArray<readonly [InviteField, string | undefined]> {
  return [
    ['permissions', normal.permissions?.toString()],
    ['guildId', normal.guildId],
    ['disableGuildSelect', normal.disableGuildSelect === true ? 'true' : undefined],
    ['integrationType', normal.integrationType?.toString()],
    ['responseType', normal.responseType],
    ['redirectUri', normal.redirectUri],
    ['state', normal.state],
    ['prompt', normal.prompt],
  ];
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

  const parts: string[] = [`${PARAM_NAMES.clientId}=${normal.clientId}`];
  // Discord's docs separate scopes with %20; encodeURIComponent would do the same for the joined string.
  if (normal.scopes.length > 0)
    parts.push(`${PARAM_NAMES.scopes}=${normal.scopes.map(encodeURIComponent).join('%20')}`);
  for (const [field, value] of linkValues(normal)) {
    if (value !== undefined) parts.push(`${PARAM_NAMES[field]}=${encodeURIComponent(value)}`);
  }
  return ok(`${AUTHORIZE_URL}?${parts.join('&')}`);
}

/**
 * The link a finding's correction gives: `params` with the finding's `patch` put in place, every other parameter as
 * it was, built (and so validated) like any link. Null when the finding has no correction, or when the corrected
 * parameters still make no link (another error remains).
 */
export function correctedInviteUrl(
  params: InviteParams,
  finding: LintFinding,
  options: LintOptions = {},
): string | null {
  if (finding.patch === undefined) return null;
  const built = buildInviteUrl({...params, ...finding.patch}, options);
  return built.ok ? built.value : null;
}
