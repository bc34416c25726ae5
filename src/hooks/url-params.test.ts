import {describe, expect, it} from 'vitest';
import {applyParamUpdates} from './url-params';

describe('applyParamUpdates', () => {
  it('sets, replaces and removes keys, keeping the others in place', () => {
    expect(applyParamUpdates('?lib=nextcord&permissions=8', {permissions: '2048'})).toBe(
      '?lib=nextcord&permissions=2048',
    );
    expect(applyParamUpdates('?lib=nextcord&permissions=8', {permissions: null})).toBe('?lib=nextcord');
    expect(applyParamUpdates('', {scope: 'bot applications.commands'})).toBe('?scope=bot+applications.commands');
  });

  it('returns an empty string rather than a lone "?"', () => {
    expect(applyParamUpdates('?a=1', {a: ''})).toBe('');
  });
});
