// @vitest-environment happy-dom
import {Component, type ReactNode} from 'react';
import {cleanup, render, renderHook, screen, waitFor} from '@testing-library/react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {useOnDemand} from './useOnDemand';

afterEach(cleanup);

describe('useOnDemand', () => {
  it('loads nothing until wanted, then gives the module once it has arrived', async () => {
    const module = {answer: 42};
    const load = vi.fn(() => Promise.resolve(module));
    const {result, rerender} = renderHook(({wanted}) => useOnDemand(load, wanted), {initialProps: {wanted: false}});
    expect(result.current).toBeNull();
    expect(load).not.toHaveBeenCalled();
    rerender({wanted: true});
    await waitFor(() => expect(result.current).toBe(module));
    // Once there, it stays, even when no longer wanted, and is not loaded again.
    rerender({wanted: false});
    expect(result.current).toBe(module);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('throws a failed load during render, to the nearest error boundary', async () => {
    class Boundary extends Component<{children: ReactNode}, {error: unknown}> {
      override state = {error: null as unknown};
      static getDerivedStateFromError(error: unknown) {
        return {error};
      }
      override render() {
        return this.state.error === null ? this.props.children : <p>{String(this.state.error)}</p>;
      }
    }
    const load = () => Promise.reject(new Error('chunk failed'));
    function Probe(): ReactNode {
      return useOnDemand(load, true) === null ? 'waiting' : 'loaded';
    }
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Boundary>
        <Probe />
      </Boundary>,
    );
    expect(await screen.findByText('Error: chunk failed')).toBeDefined();
    quiet.mockRestore();
  });
});
