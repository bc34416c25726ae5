import {startTransition, useCallback, useMemo, useState} from 'react';
import {formatDecimal, parseBitfield, type BitfieldError} from '@site/src/discord/bitfield';
import {bitfieldFieldState} from '@site/src/hooks/bitfield-param';
import {useUrlParam, useUrlParamsUpdater} from '@site/src/hooks/useUrlParams';

/** The query parameter the calculator, its share link and the invite builder agree on. */
export const PERMISSIONS_PARAM = 'permissions';

export interface PermissionsState {
  /** The set shown by the boxes: the last valid value, so bad input never clears them. */
  readonly value: bigint;
  /** What the integer field shows. */
  readonly text: string;
  readonly error: BitfieldError | null;
  /** Replaces the set (a box, a preset, select all, clear); the field then shows it in decimal. */
  readonly setValue: (value: bigint) => void;
  /** The reader typed in the field: valid text moves the set, invalid text only shows its error. */
  readonly setText: (text: string) => void;
  /** Leaving the field: valid text is rewritten in decimal; invalid text stays so the reader can fix it. */
  readonly settleText: () => void;
}

// 0 is the default, so it leaves the URL clean instead of adding '?permissions=0'.
const toParam = (value: bigint): string | null => (value === 0n ? null : formatDecimal(value));

/**
 * A URL change re-renders every router-aware part of the page (navbar, sidebar, locale links): as a transition
 * that work yields to the browser, while this tool, which reads the URL through useSyncExternalStore, still
 * updates in the same frame as the click.
 */
function writeParam(update: (updates: Readonly<Record<string, string | null>>) => void, value: bigint): void {
  startTransition(() => update({[PERMISSIONS_PARAM]: toParam(value)}));
}

/**
 * The calculator's state: the URL parameter is the one shared truth (share links, reload, language switch),
 * the reader's half-typed text stays local to this component.
 */
export function usePermissionsState(): PermissionsState {
  const param = useUrlParam(PERMISSIONS_PARAM);
  const updateParams = useUrlParamsUpdater();
  const [draft, setDraft] = useState<string | null>(null);
  const field = useMemo(() => bitfieldFieldState(param, draft), [param, draft]);

  const setValue = useCallback(
    (value: bigint) => {
      setDraft(null);
      writeParam(updateParams, value);
    },
    [updateParams],
  );
  const setText = useCallback(
    (text: string) => {
      setDraft(text);
      const parsed = parseBitfield(text);
      if (parsed.ok) writeParam(updateParams, parsed.value);
    },
    [updateParams],
  );
  const hasError = field.error !== null;
  const settleText = useCallback(() => {
    if (!hasError) setDraft(null);
  }, [hasError]);

  return {...field, setValue, setText, settleText};
}
