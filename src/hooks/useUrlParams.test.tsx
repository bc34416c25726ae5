// @vitest-environment happy-dom
import {act, renderHook} from '@testing-library/react';
import {describe, expect, it} from 'vitest';
import {setTestUrl, testHash, testSearch} from '@site/tests/unit/test-url';
import {useUrlParam, useUrlParamsUpdater} from './useUrlParams';

describe('useUrlParam', () => {
  it('reads one parameter and follows the URL when it changes', () => {
    setTestUrl('/docs/tools/permission-calculator?permissions=8');
    const {result} = renderHook(() => useUrlParam('permissions'));
    expect(result.current).toBe('8');
    setTestUrl('/docs/tools/permission-calculator?permissions=2048');
    expect(result.current).toBe('2048');
    setTestUrl('/docs/tools/permission-calculator');
    expect(result.current).toBeNull();
  });
});

describe('useUrlParamsUpdater', () => {
  it('writes several parameters at once and keeps the #anchor', () => {
    setTestUrl('/docs/tutorial/token?lib=nextcord#reset-token');
    const {result} = renderHook(() => useUrlParamsUpdater());
    act(() => result.current({lib: 'discord-py', permissions: '3072'}));
    expect(testSearch()).toBe('?lib=discord-py&permissions=3072');
    expect(testHash()).toBe('#reset-token');
  });

  it('leaves the history alone when nothing changes', () => {
    setTestUrl('/page?a=1');
    const {result} = renderHook(() => useUrlParamsUpdater());
    const before = testSearch();
    act(() => result.current({a: '1', b: null}));
    expect(testSearch()).toBe(before);
  });
});
