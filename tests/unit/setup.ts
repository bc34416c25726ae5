// Every test starts on a blank page: no query string, nothing stored, nothing rendered.
import {configure} from '@testing-library/react';
import {afterEach} from 'vitest';
import {testHistory} from '../unit-shims/router';

// findBy… and waitFor give up after 1 s by default. The first import of a part that loads on demand (a picker, the
// code tabs) can take longer than that when the two cores are busy with other tests, which failed tests at random.
configure({asyncUtilTimeout: 10_000});

if (typeof window !== 'undefined') {
  // happy-dom's IntersectionObserver never reports, and its pages have no layout: here everything observed is on
  // screen, which is what a component sees in a window tall enough to hold it. Tests of off-screen behaviour stub
  // their own observer.
  class OnScreenObserver {
    readonly root = null;
    readonly rootMargin = '0px';
    readonly thresholds: readonly number[] = [0];
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element): void {
      const entry = {isIntersecting: true, target, intersectionRatio: 1} as unknown as IntersectionObserverEntry;
      queueMicrotask(() => this.callback([entry], this as unknown as IntersectionObserver));
    }
    unobserve(): void {}
    disconnect(): void {}
    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }
  }
  window.IntersectionObserver = OnScreenObserver as unknown as typeof IntersectionObserver;
  globalThis.IntersectionObserver = window.IntersectionObserver;
}

afterEach(async () => {
  if (typeof window === 'undefined') return;
  const {cleanup} = await import('@testing-library/react');
  cleanup();
  window.localStorage.clear();
  testHistory.replace('/');
});
