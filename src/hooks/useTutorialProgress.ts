import {useCallback, useMemo} from 'react';
import {useStorageSlot} from '@docusaurus/theme-common';
import {STORAGE_KEYS} from './storage-keys';
import {parseProgress, serializeProgress} from './tutorial-progress';

export interface TutorialProgress {
  /** Steps the reader ticked; empty during SSR and hydration. */
  readonly done: ReadonlySet<string>;
  readonly setDone: (step: string, isDone: boolean) => void;
  readonly reset: () => void;
}

export function useTutorialProgress(): TutorialProgress {
  const [raw, slot] = useStorageSlot(STORAGE_KEYS.tutorialProgress);
  const done = useMemo(() => parseProgress(raw), [raw]);
  const setDone = useCallback(
    (step: string, isDone: boolean) => {
      const next = new Set(parseProgress(slot.get()));
      if (isDone) next.add(step);
      else next.delete(step);
      slot.set(serializeProgress(next));
    },
    [slot],
  );
  const reset = useCallback(() => slot.del(), [slot]);
  return {done, setDone, reset};
}
