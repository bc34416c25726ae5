// Vitest stand-in for the parts of @docusaurus/theme-common our views use. The real module pulls in the whole
// theme; these keep its contracts: the history selector re-renders on navigation, storage slots read and write
// window.localStorage and notify every hook on the same key, plural forms follow English ("one|other").
import {useCallback, useMemo, useSyncExternalStore} from 'react';
import {testHistory} from './router';

type History = typeof testHistory;

export function useHistorySelector<T>(selector: (history: History) => T): T {
  const subscribe = useCallback((listener: () => void) => testHistory.listen(listener), []);
  return useSyncExternalStore(
    subscribe,
    () => selector(testHistory),
    () => selector(testHistory),
  );
}

const listeners = new Map<string, Set<() => void>>();

function notify(key: string): void {
  listeners.get(key)?.forEach((listener) => listener());
}

export interface StorageSlot {
  get: () => string | null;
  set: (value: string) => void;
  del: () => void;
  listen: (listener: () => void) => () => void;
}

export function createStorageSlot(key: string): StorageSlot {
  return {
    get: () => window.localStorage.getItem(key),
    // Like Docusaurus' own slot, a storage error is logged, not thrown.
    set: (value) => {
      try {
        window.localStorage.setItem(key, value);
      } catch (error) {
        console.error(`storage error, can't set ${key}`, error);
      }
      notify(key);
    },
    del: () => {
      window.localStorage.removeItem(key);
      notify(key);
    },
    listen: (listener) => {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      return () => set.delete(listener);
    },
  };
}

export function useStorageSlot(key: string): [string | null, StorageSlot] {
  const slot = useMemo(() => createStorageSlot(key), [key]);
  const value = useSyncExternalStore(slot.listen, slot.get, () => null);
  return [value, slot];
}

export function usePluralForm(): {selectMessage: (count: number, message: string) => string} {
  return {
    selectMessage: (count, message) => {
      const [one, other] = message.split('|');
      return (count === 1 ? one : (other ?? one)) ?? '';
    },
  };
}
