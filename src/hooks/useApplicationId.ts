import {useCallback} from 'react';
import {useStorageSlot} from '@docusaurus/theme-common';
import {STORAGE_KEYS} from './storage-keys';

export interface ApplicationIdStore {
  /** What the reader typed, valid or not, so a half-typed ID is never lost; '' before hydration. */
  readonly value: string;
  readonly setValue: (value: string) => void;
  readonly forget: () => void;
}

/**
 * The reader's Application ID, shared by the tutorial and every tool on every page. It is public (it is in
 * every invite link), so keeping it in localStorage is safe; it is read only after hydration, so the server
 * HTML and the first client render agree.
 */
export function useApplicationId(): ApplicationIdStore {
  const [stored, slot] = useStorageSlot(STORAGE_KEYS.applicationId);
  const setValue = useCallback((value: string) => (value === '' ? slot.del() : slot.set(value)), [slot]);
  const forget = useCallback(() => slot.del(), [slot]);
  return {value: stored ?? '', setValue, forget};
}
