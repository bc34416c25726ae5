// What a component test needs from the stand-in router: set the page URL before rendering, read what a tool wrote.
import {act} from '@testing-library/react';
import {testHistory} from '../unit-shims/router';

export function setTestUrl(path: string): void {
  act(() => {
    testHistory.replace(path);
  });
}

export function testSearch(): string {
  return testHistory.location.search;
}

export function testParam(name: string): string | null {
  return new URLSearchParams(testHistory.location.search).get(name);
}

export function testHash(): string {
  return testHistory.location.hash;
}
