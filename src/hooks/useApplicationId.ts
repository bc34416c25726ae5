import {useCallback} from 'react';
import {useStorageSlot} from '@docusaurus/theme-common';
import {STORAGE_KEYS} from './storage-keys';

export type SaveOutcome = 'saved' | 'failed';

export interface ApplicationIdStore {
  /** The stored text, valid or not; '' before hydration and when nothing is stored. */
  readonly value: string;
  /** Stores the text ('' forgets it); 'failed' when the browser refused (storage full, blocked, private mode). */
  readonly setValue: (value: string) => SaveOutcome;
  readonly forget: () => void;
}

/**
 * The reader's Application ID, shared by the tutorial and every tool on every page. It is public (it is in
 * every invite link), so keeping it in localStorage is safe; it is read only after hydration, so the server
 * HTML and the first client render agree. Docusaurus' slot swallows storage errors, so success is read back.
 */
export function useApplicationId(): ApplicationIdStore {
  const [stored, slot] = useStorageSlot(STORAGE_KEYS.applicationId);
  const setValue = useCallback(
    (value: string): SaveOutcome => {
      if (value === '') slot.del();
      else slot.set(value);
      return (slot.get() ?? '') === value ? 'saved' : 'failed';
    },
    [slot],
  );
  const forget = useCallback(() => slot.del(), [slot]);
  return {value: stored ?? '', setValue, forget};
}
