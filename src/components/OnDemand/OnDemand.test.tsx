// @vitest-environment happy-dom
import {lazy, type ReactNode} from 'react';
import {render, screen} from '@testing-library/react';
import {describe, expect, it, vi} from 'vitest';
import OnDemand from '.';

describe('OnDemand', () => {
  it('shows "Loading…" while the part downloads, then the part', async () => {
    let arrive: (module: {default: () => ReactNode}) => void = () => undefined;
    const Part = lazy(
      () =>
        new Promise<{default: () => ReactNode}>((resolve) => {
          arrive = resolve;
        }),
    );
    render(
      <div>
        <label htmlFor="kept">Kept</label>
        <input id="kept" defaultValue="typed" />
        <OnDemand>
          <Part />
        </OnDemand>
      </div>,
    );
    expect(await screen.findByText('Loading…')).toBeDefined();
    arrive({default: () => 'the part'});
    expect(await screen.findByText('the part')).toBeDefined();
  });

  it('keeps a failed download inside the part: a message and a reload button, the rest of the page untouched', async () => {
    const Part = lazy(() => Promise.reject(new Error('ChunkLoadError: Loading chunk 42 failed')));
    // React reports errors an error boundary caught; this one is expected.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      render(
        <div>
          <label htmlFor="kept">Kept</label>
          <input id="kept" defaultValue="typed" />
          <OnDemand fallback={null}>
            <Part />
          </OnDemand>
        </div>,
      );
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain('This part of the tool could not be loaded');
      expect(screen.getByRole('button', {name: 'Reload the page'})).toBeDefined();
      expect(screen.getByRole('textbox', {name: 'Kept'})).toHaveProperty('value', 'typed');
    } finally {
      quiet.mockRestore();
    }
  });
});
