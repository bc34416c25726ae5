import {useCallback, useMemo} from 'react';
import {useHistory} from '@docusaurus/router';
import {useHistorySelector} from '@docusaurus/theme-common';
import {
  DEBUGGER_PARAMS,
  decodeDebuggerState,
  encodeDebuggerState,
  type DebuggerState,
  type IgnoredParam,
} from '@site/src/discord/debugger-state';

export interface DebuggerStateHandle {
  readonly state: DebuggerState;
  /** Parameters of the page URL the debugger could not use (a hand-edited or cut-off link). */
  readonly ignored: readonly IgnoredParam[];
  readonly setState: (next: DebuggerState) => void;
}

const OWN_PARAMS: readonly string[] = Object.values(DEBUGGER_PARAMS);

/**
 * The debugger's whole state lives in the page URL, so a link shares it and a reload or the language switch keeps it.
 * Read through the router, as useUrlParam does, so the server HTML and hydration agree (both see the default state).
 * Other parameters (the library tab) are left as they are.
 */
export function useDebuggerState(): DebuggerStateHandle {
  const search = useHistorySelector((history) => history.location.search);
  const decoded = useMemo(() => decodeDebuggerState(search), [search]);
  const history = useHistory();
  const setState = useCallback(
    (next: DebuggerState) => {
      const {pathname, search: current, hash} = history.location;
      const params = new URLSearchParams(current);
      for (const name of OWN_PARAMS) params.delete(name);
      for (const [name, value] of new URLSearchParams(encodeDebuggerState(next))) params.append(name, value);
      const text = params.toString();
      history.replace({pathname, search: text ? `?${text}` : '', hash});
    },
    [history],
  );
  return {state: decoded.state, ignored: decoded.ignored, setState};
}
