import {useEffect, useState} from 'react';

type Loaded<T> = {readonly module: T} | {readonly error: unknown};

/** A module loaded on demand: null until it has arrived (or for good, if the download failed). */
export interface OnDemandModule<T> {
  readonly module: T | null;
  /** The download failed (the reader went offline, say): the view says so instead of "Loading…" for ever. */
  readonly failed: boolean;
}

/**
 * A module loaded with `import()` once `wanted` turns true, for code the first render never needs (the server HTML
 * and hydration pass `false`). Like React.lazy, but for values as well as components, so a view can run a loaded
 * function during render. A failed load is returned, not thrown: the tools that use this keep their fields on screen
 * and show the failure where the result would be. `load` must be stable: a module-level function.
 */
export function useOnDemand<T>(load: () => Promise<T>, wanted: boolean): OnDemandModule<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  useEffect(() => {
    if (!wanted || loaded !== null) return undefined;
    let live = true;
    load().then(
      (module) => {
        if (live) setLoaded({module});
      },
      (error: unknown) => {
        if (live) setLoaded({error});
      },
    );
    return () => {
      live = false;
    };
  }, [load, wanted, loaded]);
  if (loaded === null) return {module: null, failed: false};
  return 'error' in loaded ? {module: null, failed: true} : {module: loaded.module, failed: false};
}
