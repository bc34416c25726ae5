// @vitest-environment happy-dom
import {act, renderHook} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import {STORAGE_KEYS} from './storage-keys';
import {useTutorialProgress} from './useTutorialProgress';

describe('useTutorialProgress', () => {
  it('ticks and unticks steps in localStorage, sorted, and resets', () => {
    const {result} = renderHook(() => useTutorialProgress());
    expect(result.current.done.size).toBe(0);
    act(() => result.current.setDone('token', true));
    act(() => result.current.setDone('bot-settings', true));
    expect([...result.current.done]).toEqual(['bot-settings', 'token']);
    expect(window.localStorage.getItem(STORAGE_KEYS.tutorialProgress)).toBe('["bot-settings","token"]');
    act(() => result.current.setDone('token', false));
    expect([...result.current.done]).toEqual(['bot-settings']);
    act(() => result.current.reset());
    expect(result.current.done.size).toBe(0);
    expect(window.localStorage.getItem(STORAGE_KEYS.tutorialProgress)).toBeNull();
  });

  it('treats a malformed stored value as no progress', () => {
    window.localStorage.setItem(STORAGE_KEYS.tutorialProgress, '{not json');
    const {result} = renderHook(() => useTutorialProgress());
    expect(result.current.done.size).toBe(0);
  });
});
