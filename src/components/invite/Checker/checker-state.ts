/**
 * The checker's pure parts for a result: what "Edit in the builder" loads, and when a pasted link may be offered as
 * a clickable link at all. This module only loads with a result (Report.tsx).
 */
import {buildInviteUrl} from '@site/src/discord/invite/build';
import type {LintFinding} from '@site/src/discord/invite/lint';
import {AUTHORIZE_URL, USER_INSTALL, type ParsedInvite} from '@site/src/discord/invite/params';
import {
  BUILDER_PAGE_PARAMS,
  formatScopeParam,
  parseClientIdParam,
  type BuilderPageParam,
} from '@site/src/hooks/page-params';
import {PAGE_PARAMS} from '@site/src/hooks/page-param-names';
import {applyParamUpdates, type ParamUpdates} from '@site/src/hooks/url-params';
import {SCOPE_ORDER} from '../shared/scope-order';

function present(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

type ClientIdParam = typeof PAGE_PARAMS.clientId;

/**
 * The builder's page parameters that reproduce a pasted link, as far as the builder can: unknown scopes are left
 * out (the checker already reports them); other values are passed whole, as found, so the builder shows their
 * error (an over-long value included) rather than a silently shortened one. A client_id that looks like a secret
 * never goes into the page URL.
 */
export function builderParamsFromInvite(parsed: ParsedInvite): Record<BuilderPageParam | ClientIdParam, string | null> {
  const {params, raw} = parsed;
  const values = raw.values;
  const codeGrant = params.responseType === 'code' || values.redirect_uri !== undefined;
  const clientId = parseClientIdParam(present(params.clientId));
  const secret = !clientId.ok && (clientId.error.reason === 'bot-token' || clientId.error.reason === 'client-secret');
  return {
    [PAGE_PARAMS.clientId]: secret ? null : present(params.clientId),
    [PAGE_PARAMS.scope]: formatScopeParam(params.scopes, SCOPE_ORDER),
    [PAGE_PARAMS.permissions]: present(values.permissions?.trim()),
    [PAGE_PARAMS.integrationType]: params.integrationType === USER_INSTALL ? String(USER_INSTALL) : null,
    [PAGE_PARAMS.guildId]: present(values.guild_id),
    [PAGE_PARAMS.disableGuildSelect]: params.disableGuildSelect === true ? 'true' : null,
    [PAGE_PARAMS.codeGrant]: codeGrant ? '1' : null,
    [PAGE_PARAMS.redirectUri]: codeGrant ? present(values.redirect_uri) : null,
    [PAGE_PARAMS.state]: codeGrant ? present(values.state) : null,
    [PAGE_PARAMS.prompt]: codeGrant ? (params.prompt ?? null) : null,
  };
}

/**
 * The query string of the "Edit in the builder" link: the builder's parameters from the pasted link, replacing any
 * the page had, and the page's other parameters (the pasted text, the chosen library tab) kept.
 */
export function editInBuilderSearch(parsed: ParsedInvite, currentSearch: string): string {
  const names = [...BUILDER_PAGE_PARAMS, PAGE_PARAMS.clientId];
  const cleared: ParamUpdates = Object.fromEntries(names.map((name) => [name, null]));
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
