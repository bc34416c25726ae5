import {describe, expect, it} from 'vitest';
import {checkParam, MAX_CHECK_PARAM} from './check-param';

describe('checkParam', () => {
  it('keeps short text and drops empty or oversized pastes', () => {
    expect(checkParam('https://discord.com/oauth2/authorize?client_id=1')).not.toBeNull();
    expect(checkParam('   ')).toBeNull();
    expect(checkParam('x'.repeat(MAX_CHECK_PARAM + 1))).toBeNull();
  });
});
