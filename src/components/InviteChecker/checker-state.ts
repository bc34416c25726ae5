/**
 * The checker's pure parts for a result: what "Edit in builder" loads, and when a pasted link may be offered as a
 * clickable link at all. What goes into the page URL is in check-param.ts, which the empty checker needs; this
 * module only loads with a result (Report.tsx).
 */
import {buildInviteUrl} from '@site/src/discord/invite/build';
import type {LintFinding} from '@site/src/discord/invite/lint';
import {AUTHORIZE_URL, USER_INSTALL, type ParsedInvite} from '@site/src/discord/invite/params';
import {isKnownScope} from '@site/src/discord/scopes';
import {applyParamUpdates, type ParamUpdates} from '@site/src/hooks/url-params';
import {
  BUILDER_PARAMS,
  CLIENT_ID_PARAM,
  MAX_TEXT,
  scopeParam,
  type BuilderParam,
} from '@site/src/components/InviteBuilder/builder-state';

function capped(value: string | undefined, max: number): string | null {
  return value === undefined || value === '' ? null : value.slice(0, max);
}

/**
 * The builder's page parameters that reproduce a pasted link, as far as the builder can: unknown scopes are left
 * out (the checker already reports them), unreadable values are kept as found so the builder shows their error.
 */
export function builderParamsFromInvite(
  parsed: ParsedInvite,
): Record<BuilderParam | typeof CLIENT_ID_PARAM, string | null> {
  const {params, raw} = parsed;
  const values = raw.values;
  const codeGrant = params.responseType === 'code' || values.redirect_uri !== undefined;
  return {
    [CLIENT_ID_PARAM]: capped(params.clientId, 64),
    scope: scopeParam(params.scopes.filter((scope) => isKnownScope(scope))),
    permissions: capped(values.permissions?.trim(), 64),
    integration_type: params.integrationType === USER_INSTALL ? String(USER_INSTALL) : null,
    guild_id: capped(values.guild_id, MAX_TEXT.guild_id),
    disable_guild_select: params.disableGuildSelect === true ? 'true' : null,
    code_grant: codeGrant ? '1' : null,
    redirect_uri: codeGrant ? capped(values.redirect_uri, MAX_TEXT.redirect_uri) : null,
    state: codeGrant ? capped(values.state, MAX_TEXT.state) : null,
    prompt: codeGrant ? (params.prompt ?? null) : null,
  };
}

/**
 * The query string of the "Edit in builder" link: the builder's parameters from the pasted link, replacing any the
 * page had, and the page's other parameters (the pasted text, the chosen library tab) kept.
 */
export function editInBuilderSearch(parsed: ParsedInvite, currentSearch: string): string {
  const cleared: ParamUpdates = Object.fromEntries([...BUILDER_PARAMS, CLIENT_ID_PARAM].map((name) => [name, null]));
  return applyParamUpdates(applyParamUpdates(currentSearch, cleared), builderParamsFromInvite(parsed));
}

/**
 * The link to offer as "Open", or null. Only a link to Discord's own page over https, with no error, and rebuilt
 * from its parsed parameters rather than echoed, so nothing the reader pasted becomes an href as is.
 */
export function openableUrl(parsed: ParsedInvite, findings: readonly LintFinding[]): string | null {
  if (parsed.raw.scheme !== 'https' || parsed.raw.host !== 'discord.com') return null;
  if (findings.some((finding) => finding.severity === 'error')) return null;
  const built = buildInviteUrl(parsed.params);
  return built.ok && built.value.startsWith(`${AUTHORIZE_URL}?`) ? built.value : null;
}
