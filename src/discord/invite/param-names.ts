/**
 * The query parameter names of a bot invite link, per InviteParams field: the only place they are spelt out. A module
 * of its own, with nothing else in it, because every tool page reads these names (the calculators share
 * `permissions` with the builder) and a bundler keeps a shared module whole on every page that uses any of it.
 */
import type {InviteField} from './params';

/** Query parameter names, per field: the only place they are spelt out. */
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
} as const satisfies Record<InviteField, string>;

export type ParamName = (typeof PARAM_NAMES)[InviteField];
