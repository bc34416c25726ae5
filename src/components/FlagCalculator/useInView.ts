import {useCallback, useState} from 'react';

/*
 * Both hooks watch their element from the ref callback itself (React 19 calls the cleanup it returns when the element
 * goes). Keeping the element in state instead made attaching the ref a state change: React re-rendered the whole
 * calculator synchronously inside the hydration commit, which was the largest part of the longest task of a tool
 * page's load (a 4× throttled CPU profile of the permission calculator, 2026-12-01).
 */

/**
 * Whether an element is at least partly on screen, for parts that stand in for it while it is scrolled away.
 * Starts as "in view", which is what the server HTML and hydration assume: nothing stands in until the browser
 * says the element has left the screen. Without IntersectionObserver it stays in view.
 */
export function useInView<T extends Element>(): readonly [(element: T | null) => (() => void) | undefined, boolean] {
  const [inView, setInView] = useState(true);
  const ref = useCallback((element: T | null) => {
    if (element === null || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last !== undefined) setInView(last.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, inView] as const;
}

/**
 * Whether an element has come within one screen height of the viewport, latched: once near, always near. Starts as
 * "not near" on the server and in hydration, so what it guards is left out of the server HTML and the first load.
 * Without IntersectionObserver it is near as soon as it mounts.
 */
export function useNearView<T extends Element>(): readonly [(element: T | null) => (() => void) | undefined, boolean] {
  const [near, setNear] = useState(false);
  const ref = useCallback((element: T | null) => {
    if (element === null) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setNear(true);
        observer.disconnect();
      },
      {rootMargin: '100% 0px'},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, near] as const;
}
