// Vitest stand-in for @docusaurus/router: one in-memory history shared by every hook in a test file, so the real
// src/hooks/useUrlParams.ts runs in component tests. Tests drive it through tests/unit/test-url.ts.
import {createMemoryHistory, type MemoryHistory} from 'history';

export const testHistory: MemoryHistory = createMemoryHistory();

export function useHistory(): MemoryHistory {
  return testHistory;
}

export function useLocation(): MemoryHistory['location'] {
  return testHistory.location;
}
