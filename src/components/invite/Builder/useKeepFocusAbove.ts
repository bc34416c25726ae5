import {useEffect, type RefObject} from 'react';

/**
 * When a sticky bar grows (a link turns into a list of reasons) it can cover the field the reader is typing in.
 * Each time the bar changes size, the focused element is scrolled back into view if the bar overlaps it; the page's
 * scroll-padding (the bar's largest height) keeps it clear of the bar.
 */
export function useKeepFocusAbove(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (element === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || element.contains(focused)) return;
      if (focused.getBoundingClientRect().bottom > element.getBoundingClientRect().top) {
        focused.scrollIntoView({block: 'nearest'});
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [bar]);
}
