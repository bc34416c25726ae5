import {describe, expect, it, vi} from 'vitest';
import {whenIdle, withIdlePrefetch} from './idle-prefetch';

function fakeScope(idle: boolean) {
  const queued: (() => void)[] = [];
  const scope = {
    requestIdleCallback: idle ? vi.fn((cb: () => void) => queued.push(cb)) : undefined,
    setTimeout: vi.fn((cb: () => void) => queued.push(cb)),
  } as unknown as typeof globalThis;
  return {scope, queued};
}

describe('withIdlePrefetch', () => {
  it('prefetches each path in its own idle callback, later, and leaves preload immediate', () => {
    const {scope, queued} = fakeScope(true);
    const prefetch = vi.fn();
    const preload = vi.fn();
    const deferred = withIdlePrefetch({prefetch, preload}, scope);
    deferred.prefetch('/docs/a/');
    deferred.prefetch('/docs/b/');
    expect(prefetch).not.toHaveBeenCalled();
    expect(queued).toHaveLength(2);
    queued[0]?.();
    expect(prefetch).toHaveBeenCalledExactlyOnceWith('/docs/a/');
    queued[1]?.();
    expect(prefetch).toHaveBeenLastCalledWith('/docs/b/');
    deferred.preload('/docs/c/');
    expect(preload).toHaveBeenCalledExactlyOnceWith('/docs/c/');
    expect(Object.isFrozen(deferred)).toBe(true);
  });

  it('wraps once, however many routes render', () => {
    const {scope, queued} = fakeScope(true);
    const prefetch = vi.fn();
    const once = withIdlePrefetch({prefetch, preload: vi.fn()}, scope);
    const twice = withIdlePrefetch(once, scope);
    expect(twice).toBe(once);
    twice.prefetch('/x/');
    expect(queued).toHaveLength(1);
  });
});

describe('whenIdle', () => {
  it('falls back to a timer where requestIdleCallback is missing', () => {
    const {scope, queued} = fakeScope(false);
    const task = vi.fn();
    whenIdle(task, scope);
    expect(scope.setTimeout).toHaveBeenCalledOnce();
    queued[0]?.();
    expect(task).toHaveBeenCalledOnce();
  });
});
