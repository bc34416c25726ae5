// Every test starts on a blank page: no query string, nothing stored, nothing rendered.
import {afterEach} from 'vitest';
import {testHistory} from '../unit-shims/router';

afterEach(async () => {
  if (typeof window === 'undefined') return;
  const {cleanup} = await import('@testing-library/react');
  cleanup();
  window.localStorage.clear();
  testHistory.replace('/');
});
