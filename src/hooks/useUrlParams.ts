import {useCallback} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';
import {applyParamUpdates, type ParamUpdates} from './url-params';

/**
 * One query-string parameter, read through the router so SSR and hydration see no query (no mismatch) and
 * the locale dropdown, which builds its links from the router's location, carries the state to the other
 * language.
 */
export function useUrlParam(key: string): string | null {
  return useHistorySelector((history) => new URLSearchParams(history.location.search).get(key));
}

/**
 * Writes several parameters in one history entry. Unlike theme-common's useQueryString, it keeps the `#anchor`,
 * so a shared link or a language switch after using a tool still lands on the same section.
 */
export function useUrlParamsUpdater(): (updates: ParamUpdates) => void {
  const history = useHistory();
  return useCallback(
    (updates: ParamUpdates) => {
      const {pathname, search, hash} = history.location;
      const nextSearch = applyParamUpdates(search, updates);
      if (nextSearch !== search) history.replace({pathname, search: nextSearch, hash});
    },
    [history],
  );
}
