import {useEffect, useState} from 'react';

type Loaded<T> = {readonly module: T} | {readonly error: unknown};

/**
 * A module loaded with `import()` once `wanted` turns true, for code the first render never needs (the server HTML
 * and hydration pass `false`): null until it has arrived, then the module. Like React.lazy, but for values as well
 * as components, so a view can run a loaded function during render. A failed load is thrown during render, to the
 * nearest error boundary, as React.lazy does. `load` must be stable: a module-level function.
 */
export function useOnDemand<T>(load: () => Promise<T>, wanted: boolean): T | null {
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
  if (loaded !== null && 'error' in loaded) throw loaded.error;
  return loaded === null ? null : loaded.module;
}
