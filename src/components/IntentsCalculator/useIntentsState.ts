import {useCallback, useMemo, useState} from 'react';
import {formatDecimal, parseBitfield, type BitfieldError} from '@site/src/discord/bitfield';
import {bitfieldFieldState} from '@site/src/hooks/bitfield-param';
import {
  formatNeedsParam,
  INTENTS_PARAM,
  NEEDS_PARAM,
  parseNeedsParam,
  toggleNeed as applyNeed,
} from '@site/src/hooks/intent-needs';
import {useUrlParam, useUrlParamsUpdater} from '@site/src/hooks/useUrlParams';

export interface IntentsState {
  /** The set the boxes show: the last valid value, so bad input never clears them. */
  readonly value: bigint;
  /** What the integer field shows. */
  readonly text: string;
  readonly error: BitfieldError | null;
  /** Ticked "what the bot needs to do" entries, in catalogue order. */
  readonly needs: readonly string[];
  /** Replaces the set (a box, clear); the field then shows it in decimal. Ticked needs stay as they are. */
  readonly setValue: (value: bigint) => void;
  /** The reader typed in the field: valid text moves the set, invalid text only shows its error. */
  readonly setText: (text: string) => void;
  /** Leaving the field: valid text is rewritten in decimal; invalid text stays so the reader can fix it. */
  readonly settleText: () => void;
  readonly toggleNeed: (id: string, on: boolean) => void;
  readonly clear: () => void;
}

// 0 is the default, so it leaves the URL clean instead of adding '?intents=0'.
const toParam = (value: bigint): string | null => (value === 0n ? null : formatDecimal(value));

/**
 * The calculator's state. The URL is the shared truth (share links, reload, language switch): `intents` holds the
 * set in decimal, `needs` the ticked needs. Only the reader's half-typed text stays local.
 */
export function useIntentsState(): IntentsState {
  const param = useUrlParam(INTENTS_PARAM);
  const needsParam = useUrlParam(NEEDS_PARAM);
  const updateParams = useUrlParamsUpdater();
  const [draft, setDraft] = useState<string | null>(null);
  const field = useMemo(() => bitfieldFieldState(param, draft), [param, draft]);
  const needs = useMemo(() => parseNeedsParam(needsParam), [needsParam]);

  const setValue = useCallback(
    (value: bigint) => {
      setDraft(null);
      updateParams({[INTENTS_PARAM]: toParam(value)});
    },
    [updateParams],
  );
  const setText = useCallback(
    (text: string) => {
      setDraft(text);
      const parsed = parseBitfield(text);
      if (parsed.ok) updateParams({[INTENTS_PARAM]: toParam(parsed.value)});
    },
    [updateParams],
  );
  const hasError = field.error !== null;
  const settleText = useCallback(() => {
    if (!hasError) setDraft(null);
  }, [hasError]);

  const value = field.value;
  const toggleNeed = useCallback(
    (id: string, on: boolean) => {
      const next = applyNeed({value, needs}, id, on);
      setDraft(null);
      // One history entry for both, so the set and the list never disagree in the URL.
      updateParams({[INTENTS_PARAM]: toParam(next.value), [NEEDS_PARAM]: formatNeedsParam(next.needs)});
    },
    [value, needs, updateParams],
  );
  const clear = useCallback(() => {
    setDraft(null);
    updateParams({[INTENTS_PARAM]: null, [NEEDS_PARAM]: null});
  }, [updateParams]);

  return {...field, needs, setValue, setText, settleText, toggleNeed, clear};
}
