import {startTransition, useCallback, useMemo, useState} from 'react';
import {formatDecimal, parseBitfield} from '@site/src/discord/bitfield';
import {bitfieldFieldState, type BitfieldFieldState} from '@site/src/hooks/bitfield-param';
import type {ParamUpdates} from '@site/src/hooks/url-params';
import {useUrlParam, useUrlParamsUpdater} from '@site/src/hooks/useUrlParams';

export interface FlagParamState extends BitfieldFieldState {
  /** Replaces the set (a box, a preset, clear); the field then shows it in decimal. */
  readonly setValue: (value: bigint) => void;
  /** The reader typed in the field: valid text moves the set, invalid text only shows its error. */
  readonly setText: (text: string) => void;
  /** Leaving the field: valid text is rewritten in decimal; invalid text stays so the reader can fix it. */
  readonly settleText: () => void;
  /** Writes several parameters as one history entry (the set and what goes with it) and drops the reader's draft. */
  readonly replace: (updates: ParamUpdates) => void;
}

/** A set as its URL parameter: 0 is the default, so it leaves the URL clean instead of adding '?permissions=0'. */
export function flagParamValue(value: bigint): string | null {
  return value === 0n ? null : formatDecimal(value);
}

/**
 * A calculator's set, kept in one URL parameter: the one shared truth (share links, reload, language switch). Only
 * the reader's half-typed text stays local to the component.
 */
export function useFlagParam(name: string): FlagParamState {
  const param = useUrlParam(name);
  const updateParams = useUrlParamsUpdater();
  const [draft, setDraft] = useState<string | null>(null);
  const field = useMemo(() => bitfieldFieldState(param, draft), [param, draft]);

  // A URL change re-renders every router-aware part of the page (navbar, sidebar, locale links): as a transition
  // that work yields to the browser, while the tool, which reads the URL through useSyncExternalStore, still
  // updates in the same frame as the click.
  const write = useCallback((updates: ParamUpdates) => startTransition(() => updateParams(updates)), [updateParams]);
  const replace = useCallback(
    (updates: ParamUpdates) => {
      setDraft(null);
      write(updates);
    },
    [write],
  );
  const setValue = useCallback((value: bigint) => replace({[name]: flagParamValue(value)}), [replace, name]);
  const setText = useCallback(
    (text: string) => {
      setDraft(text);
      const parsed = parseBitfield(text);
      if (parsed.ok) write({[name]: flagParamValue(parsed.value)});
    },
    [write, name],
  );
  const hasError = field.error !== null;
  const settleText = useCallback(() => {
    if (!hasError) setDraft(null);
  }, [hasError]);

  return {...field, setValue, setText, settleText, replace};
}
