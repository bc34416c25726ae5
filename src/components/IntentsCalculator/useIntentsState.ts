import {useCallback, useMemo} from 'react';
import {flagParamValue, useFlagParam, type FlagParamState} from '@site/src/components/FlagCalculator/useFlagParam';
import {
  formatNeedsParam,
  INTENTS_PARAM,
  NEEDS_PARAM,
  parseNeedsParam,
  toggleNeed as applyNeed,
  unknownNeeds,
} from '@site/src/hooks/intent-needs';
import {useUrlParam} from '@site/src/hooks/useUrlParams';

export interface IntentsState extends Omit<FlagParamState, 'replace'> {
  /** Ticked "what the bot needs to do" entries, in catalogue order. Setting the set directly leaves them as they are. */
  readonly needs: readonly string[];
  /** Ids in the page URL's `needs` that no need has: left out, and reported. */
  readonly unknownNeeds: readonly string[];
  readonly toggleNeed: (id: string, on: boolean) => void;
  readonly clear: () => void;
}

/**
 * The calculator's state. The URL is the shared truth (share links, reload, language switch): `intents` holds the
 * set in decimal, `needs` the ticked needs. Only the reader's half-typed text stays local.
 */
export function useIntentsState(): IntentsState {
  const {replace, ...field} = useFlagParam(INTENTS_PARAM);
  const needsParam = useUrlParam(NEEDS_PARAM);
  const needs = useMemo(() => parseNeedsParam(needsParam), [needsParam]);
  const unknown = useMemo(() => unknownNeeds(needsParam), [needsParam]);

  const value = field.value;
  const toggleNeed = useCallback(
    (id: string, on: boolean) => {
      const next = applyNeed({value, needs}, id, on);
      // One history entry for both, so the set and the list never disagree in the URL.
      replace({[INTENTS_PARAM]: flagParamValue(next.value), [NEEDS_PARAM]: formatNeedsParam(next.needs)});
    },
    [value, needs, replace],
  );
  const clear = useCallback(() => replace({[INTENTS_PARAM]: null, [NEEDS_PARAM]: null}), [replace]);

  return {...field, needs, unknownNeeds: unknown, toggleNeed, clear};
}
