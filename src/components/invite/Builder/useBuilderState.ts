import {useCallback, useEffect, useMemo, useState} from 'react';
import type {SecretKind} from '@site/src/discord/secret-shape';
import type {SnowflakeErrorCode} from '@site/src/discord/snowflake';
import type {NotStored} from '@site/src/hooks/application-id';
import {parseClientIdParam} from '@site/src/hooks/page-params';
import {PAGE_PARAMS} from '@site/src/hooks/page-param-names';
import {useApplicationId, type SaveOutcome} from '@site/src/hooks/useApplicationId';
import {useUrlParam, useUrlParamsUpdater} from '@site/src/hooks/useUrlParams';
import type {ParamUpdates} from '@site/src/hooks/url-params';
import {readBuilderQuery, type BuilderState} from './form-state';

/** A `client_id` that arrived in the page URL (a shared builder link, the checker's "Edit in the builder"). */
export type SharedId =
  | {readonly kind: 'none'}
  /** A valid ID other than the reader's saved one: used on this page until the reader decides. */
  | {readonly kind: 'in-use'; readonly id: string}
  /** Not used, and why; the reader's saved ID is used instead. */
  | {readonly kind: 'refused'; readonly reason: NotStored | SnowflakeErrorCode};

export interface BuilderStore {
  readonly state: BuilderState;
  /** The ID the link is made for: the page URL's when one is in use, else the reader's saved one (valid or not). */
  readonly clientId: string;
  /** What the reader saved in the shared Application ID field. */
  readonly savedId: string;
  readonly shared: SharedId;
  /** Whether the page URL has any of the builder's parameters (then the outcome is needed at once). */
  readonly hasQuery: boolean;
  readonly update: (updates: ParamUpdates) => void;
  /** Saves the page URL's ID as the reader's own and drops it from the URL; 'failed' when the browser refused. */
  readonly saveSharedId: () => SaveOutcome;
  /** Drops the page URL's ID: the reader's saved ID is used again. */
  readonly dropSharedId: () => void;
}

function isSecret(reason: NotStored | SnowflakeErrorCode): reason is SecretKind {
  return reason === 'bot-token' || reason === 'client-secret';
}

/**
 * The builder's state lives in the page URL (shareable, kept on reload and carried by the language switch); the
 * Application ID lives in the reader's shared store. A `client_id` in the page URL is checked like typed input and
 * never replaces the saved ID without the reader asking: a valid one is used on this page only, until the reader
 * saves it or drops it. A secret is taken out of the page URL at once and never stored.
 */
export function useBuilderState(): BuilderStore {
  // One hook call per parameter, in a fixed order (rules of hooks): each re-renders only when its value changes.
  const scope = useUrlParam(PAGE_PARAMS.scope);
  const permissions = useUrlParam(PAGE_PARAMS.permissions);
  const integrationType = useUrlParam(PAGE_PARAMS.integrationType);
  const guildId = useUrlParam(PAGE_PARAMS.guildId);
  const disableGuildSelect = useUrlParam(PAGE_PARAMS.disableGuildSelect);
  const codeGrant = useUrlParam(PAGE_PARAMS.codeGrant);
  const redirectUri = useUrlParam(PAGE_PARAMS.redirectUri);
  const stateParam = useUrlParam(PAGE_PARAMS.state);
  const prompt = useUrlParam(PAGE_PARAMS.prompt);
  const sharedParam = useUrlParam(PAGE_PARAMS.clientId);
  const update = useUrlParamsUpdater();
  const {value: savedId, setValue} = useApplicationId();
  // A secret is removed from the page URL right away; this remembers why, so the reader is still told.
  const [droppedSecret, setDroppedSecret] = useState<SecretKind | null>(null);

  const parsed = useMemo(() => parseClientIdParam(sharedParam), [sharedParam]);
  const secret =
    !parsed.ok && parsed.error.code === 'client-id' && isSecret(parsed.error.reason) ? parsed.error.reason : null;
  // Remembered while rendering (React's way to adjust state to a changed input), removed from the URL after.
  if (secret !== null && droppedSecret !== secret) setDroppedSecret(secret);
  useEffect(() => {
    if (secret !== null) update({[PAGE_PARAMS.clientId]: null});
  }, [secret, update]);

  const shared = useMemo((): SharedId => {
    if (!parsed.ok)
      return parsed.error.code === 'client-id' ? {kind: 'refused', reason: parsed.error.reason} : {kind: 'none'};
    if (parsed.value !== null && parsed.value !== savedId.trim()) return {kind: 'in-use', id: parsed.value};
    return droppedSecret === null ? {kind: 'none'} : {kind: 'refused', reason: droppedSecret};
  }, [parsed, savedId, droppedSecret]);

  const dropSharedId = useCallback(() => {
    setDroppedSecret(null);
    update({[PAGE_PARAMS.clientId]: null});
  }, [update]);
  const sharedValue = shared.kind === 'in-use' ? shared.id : null;
  const saveSharedId = useCallback((): SaveOutcome => {
    if (sharedValue === null) return 'saved';
    const outcome = setValue(sharedValue);
    if (outcome === 'saved') update({[PAGE_PARAMS.clientId]: null});
    return outcome;
  }, [sharedValue, setValue, update]);

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
  const hasQuery = [scope, permissions, integrationType, guildId, disableGuildSelect, codeGrant, redirectUri]
    .concat([stateParam, prompt, sharedParam])
    .some((value) => value !== null);
  return {state, clientId: sharedValue ?? savedId, savedId, shared, hasQuery, update, saveSharedId, dropSharedId};
}
