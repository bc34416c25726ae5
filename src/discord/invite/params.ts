/**
 * What a bot invite link holds, and the one place its query parameter names are written. Building (build.ts),
 * reading (parse.ts) and checking (lint-rules.ts, lint.ts) a link all name parameters through PARAM_NAMES; the
 * builder's page URL reuses them where it mirrors the link.
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
 * - discord.js 14.28.1 (the version snippet-common.ts names) `Client#generateInvite` throws when `permissions` are
 *   given without the `bot` scope.
 * - RFC 6749 §3.1: parameters MUST NOT be included more than once; the authorization endpoint requires TLS.
 * Not confirmed anywhere (so only warnings): whether guild_id pre-selects a server for links without `bot`
 * (documented for the bot flow only), and what Discord does with a duplicated parameter.
 *
 * Links use docs.discord.com/developers/…, the docs' current host (as in discord-api-types 0.38.57), whose paths
 * match the repository's file paths. Each lint rule's own source is its `source` field in lint-rules.ts.
 */
import {parseSnowflake} from '../snowflake';
import {PARAM_NAMES, type ParamName} from './param-names';

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

export type InviteField = keyof InviteParams;

export const AUTHORIZE_URL = 'https://discord.com/oauth2/authorize';

/** Discord reads `permissions` as an unsigned 64-bit integer. */
export const MAX_PERMISSIONS = (1n << 64n) - 1n;

export const KNOWN_PARAM_NAMES: ReadonlySet<string> = new Set(Object.values(PARAM_NAMES));

export function isParamName(name: string): name is ParamName {
  return KNOWN_PARAM_NAMES.has(name);
}

/** A link as read by parseInviteUrl (parse.ts): what it asks for, and how it was written. */
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

/** Scope names from a `scope` value, without repeats. */
export function splitScopes(value: string): string[] {
  // Scope names never contain '+', so a literal '+' (a double-encoded space) is a separator too.
  return [...new Set(value.split(/[\s+]+/).filter((scope) => scope.length > 0))];
}

/** An ID as plain ASCII digits when it reads as one, else as found. */
export function canonicalId(value: string): string {
  const parsed = parseSnowflake(value);
  return parsed.ok ? parsed.value : value.trim();
}
