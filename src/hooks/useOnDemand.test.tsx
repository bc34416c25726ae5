// @vitest-environment happy-dom
import {cleanup, renderHook, waitFor} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {useOnDemand} from './useOnDemand';

afterEach(cleanup);

describe('useOnDemand', () => {
  it('loads nothing until wanted, then gives the module once it has arrived', async () => {
    const module = {answer: 42};
    const load = vi.fn(() => Promise.resolve(module));
    const {result, rerender} = renderHook(({wanted}) => useOnDemand(load, wanted), {initialProps: {wanted: false}});
    expect(result.current).toEqual({module: null, failed: false});
    expect(load).not.toHaveBeenCalled();
    rerender({wanted: true});
    await waitFor(() => expect(result.current.module).toBe(module));
    // Once there, it stays, even when no longer wanted, and is not loaded again.
    rerender({wanted: false});
    expect(result.current.module).toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load instead of throwing it, and keeps reporting it', async () => {
    const load = vi.fn(() => Promise.reject(new Error('chunk failed')));
    const {result, rerender} = renderHook(({wanted}) => useOnDemand(load, wanted), {initialProps: {wanted: true}});
    await waitFor(() => expect(result.current).toEqual({module: null, failed: true}));
    rerender({wanted: true});
    expect(result.current.failed).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
