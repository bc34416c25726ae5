import {useEffect, useMemo} from 'react';
import {secretKind} from '@site/src/discord/secret-shape';
import {useApplicationId} from '@site/src/hooks/useApplicationId';
import {useUrlParam, useUrlParamsUpdater} from '@site/src/hooks/useUrlParams';
import type {ParamUpdates} from '@site/src/hooks/url-params';
import {CLIENT_ID_PARAM, readBuilderQuery, type BuilderState} from './builder-state';

export interface BuilderStore {
  readonly state: BuilderState;
  /** What the reader typed in the shared Application ID field (valid or not). */
  readonly clientId: string;
  readonly update: (updates: ParamUpdates) => void;
}

/** An ID longer than this is no ID; it is not worth storing even to show its error. */
const MAX_CLIENT_ID_PARAM = 64;

/**
 * The builder's state lives in the page URL (shareable, kept on reload and carried by the language switch); the
 * Application ID lives in the reader's shared store. A `client_id` in the page URL, from a shared link or the
 * checker's "Edit in builder", is moved into the store once after hydration and then dropped from the URL, so a
 * later reload cannot overwrite an ID the reader has typed since.
 */
export function useBuilderState(): BuilderStore {
  // One hook call per parameter, in a fixed order (rules of hooks): each re-renders only when its value changes.
  const scope = useUrlParam('scope');
  const permissions = useUrlParam('permissions');
  const integrationType = useUrlParam('integration_type');
  const guildId = useUrlParam('guild_id');
  const disableGuildSelect = useUrlParam('disable_guild_select');
  const codeGrant = useUrlParam('code_grant');
  const redirectUri = useUrlParam('redirect_uri');
  const stateParam = useUrlParam('state');
  const prompt = useUrlParam('prompt');
  const sharedClientId = useUrlParam(CLIENT_ID_PARAM);
  const update = useUrlParamsUpdater();
  const {value: clientId, setValue: setClientId} = useApplicationId();

  useEffect(() => {
    if (sharedClientId === null) return;
    const text = sharedClientId.trim();
    // The same seat belt as the ID field: a token in a link is never written to localStorage.
    if (text !== '' && text.length <= MAX_CLIENT_ID_PARAM && secretKind(text) === null) setClientId(text);
    update({[CLIENT_ID_PARAM]: null});
  }, [sharedClientId, setClientId, update]);

  const state = useMemo(
    () =>
      readBuilderQuery({
        scope,
        permissions,
        integration_type: integrationType,
        guild_id: guildId,
        disable_guild_select: disableGuildSelect,
        code_grant: codeGrant,
        redirect_uri: redirectUri,
        state: stateParam,
        prompt,
      }),
    [scope, permissions, integrationType, guildId, disableGuildSelect, codeGrant, redirectUri, stateParam, prompt],
  );
  return {state, clientId, update};
}
