import {useCallback, useEffect, useState} from 'react';

/**
 * Whether an element is at least partly on screen, for parts that stand in for it while it is scrolled away.
 * Starts as "in view", which is what the server HTML and hydration assume: nothing stands in until the browser
 * says the element has left the screen. Without IntersectionObserver it stays in view.
 */
export function useInView<T extends Element>(): readonly [(element: T | null) => void, boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [inView, setInView] = useState(true);
  useEffect(() => {
    if (element === null || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last !== undefined) setInView(last.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  const ref = useCallback((next: T | null) => setElement(next), []);
  return [ref, inView] as const;
}

/**
 * Whether an element has come within one screen height of the viewport, latched: once near, always near. Starts as
 * "not near" on the server and in hydration, so what it guards is left out of the server HTML and the first load.
 * Without IntersectionObserver it is near at once.
 */
export function useNearView<T extends Element>(): readonly [(element: T | null) => void, boolean] {
  const [element, setElement] = useState<T | null>(null);
  const [seen, setSeen] = useState(false);
  // Mounted where nothing can observe: near at once (derived, so there is no second render to wait for).
  const near = seen || (element !== null && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || element === null) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      {rootMargin: '100% 0px'},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, near]);
  const ref = useCallback((next: T | null) => setElement(next), []);
  return [ref, near] as const;
}
