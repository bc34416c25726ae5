import {describe, expect, it} from 'vitest';
import {parseProgress, serializeProgress} from './tutorial-progress';

describe('tutorial progress storage', () => {
  it.each([null, '', 'not json', '{"a":1}', '42', 'null'])('treats %j as no progress', (raw) => {
    expect(parseProgress(raw).size).toBe(0);
  });

  it('keeps only string step ids', () => {
    expect([...parseProgress('["token", 3, null, "invite"]')]).toEqual(['token', 'invite']);
  });

  it('round-trips a set of steps in a stable order', () => {
    const raw = serializeProgress(new Set(['invite', 'token']));
    expect(raw).toBe('["invite","token"]');
    expect([...parseProgress(raw)]).toEqual(['invite', 'token']);
  });
});
