import {describe, expect, it} from 'vitest';
import {bitfieldFieldState} from './bitfield-param';

describe('bitfieldFieldState', () => {
  it('shows the default when the URL has nothing', () => {
    expect(bitfieldFieldState(null, null)).toEqual({value: 0n, text: '0', error: null});
  });

  it('reads a valid URL value and shows it in decimal', () => {
    expect(bitfieldFieldState('0x8', null)).toEqual({value: 8n, text: '8', error: null});
  });

  it('keeps the reader’s draft text while it is valid', () => {
    expect(bitfieldFieldState('8', '1 << 3 | 1 << 5')).toEqual({value: 40n, text: '1 << 3 | 1 << 5', error: null});
  });

  it('keeps the previous value and the typed text when the draft is invalid', () => {
    const state = bitfieldFieldState('8', '8a');
    expect(state.value).toBe(8n);
    expect(state.text).toBe('8a');
    expect(state.error?.code).toBe('invalid-character');
  });

  it.each(['<script>', '18446744073709551616', 'abc', '-1'])(
    'shows a hostile URL value %j back with an error',
    (raw) => {
      const state = bitfieldFieldState(raw, null);
      expect(state.value).toBe(0n);
      expect(state.text).toBe(raw);
      expect(state.error).not.toBeNull();
    },
  );
});
