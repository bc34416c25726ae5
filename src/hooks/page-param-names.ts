/**
 * The name of every query parameter of the site's pages. The rules for reading them are in page-params.ts; the
 * names are a module of their own because every tool page needs them, while only the invite tools need the rules
 * (a bundler keeps a shared module whole on every page that imports any part of it).
 */
import {PARAM_NAMES} from '@site/src/discord/invite/param-names';
import type {PageParamResult, UnknownNeeds} from './page-params';

export const PAGE_PARAMS = {
  /** The permission set, decimal: the calculator, the builder and their share links. */
  permissions: PARAM_NAMES.permissions,
  /** The intents set, decimal. */
  intents: 'intents',
  /** The intents calculator's ticked needs, comma separated. */
  needs: 'needs',
  /** The checker's pasted link. */
  check: 'check',
  /** The chosen library tab (Docusaurus Tabs' queryString). */
  lib: 'lib',
  /** The builder's "my app requires the code grant" box. */
  codeGrant: 'code_grant',
  scope: PARAM_NAMES.scopes,
  integrationType: PARAM_NAMES.integrationType,
  guildId: PARAM_NAMES.guildId,
  disableGuildSelect: PARAM_NAMES.disableGuildSelect,
  redirectUri: PARAM_NAMES.redirectUri,
  state: PARAM_NAMES.state,
  prompt: PARAM_NAMES.prompt,
  clientId: PARAM_NAMES.clientId,
} as const;

export type PageParamKey = keyof typeof PAGE_PARAMS;

/**
 * The intents calculator's ticked needs, as they appear in `known` (every need id, in catalogue order), each once.
 * Unknown ids are reported and left out.
 */
export function parseNeedsParam(
  value: string | null,
  known: readonly string[],
): PageParamResult<readonly string[], UnknownNeeds> {
  if (value === null) return {ok: true, value: []};
  const wanted = value
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const found = known.filter((id) => wanted.includes(id));
  const unknown = wanted.filter((id) => !known.includes(id));
  return unknown.length === 0
    ? {ok: true, value: found}
    : {ok: false, value: found, error: {code: 'unknown-needs', ids: unknown}};
}
