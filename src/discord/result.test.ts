import {describe, expect, it} from 'vitest';

import {err, isErr, isOk, ok, unwrapOr, type Result} from './result';

describe('result', () => {
  it('builds plain, comparable values', () => {
    expect(ok(8n)).toEqual({ok: true, value: 8n});
    expect(err({code: 'empty'})).toEqual({ok: false, error: {code: 'empty'}});
  });

  it('narrows and unwraps', () => {
    const good: Result<number, string> = ok(1);
    const bad: Result<number, string> = err('no');
    expect(isOk(good) && good.value).toBe(1);
    expect(isErr(bad) && bad.error).toBe('no');
    expect(isOk(bad)).toBe(false);
    expect(isErr(good)).toBe(false);
    expect(unwrapOr(good, 0)).toBe(1);
    expect(unwrapOr(bad, 0)).toBe(0);
  });
});
