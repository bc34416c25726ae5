import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {
  DISCORD_EPOCH_MS,
  FUTURE_TOLERANCE_MS,
  MAX_SNOWFLAKE,
  parseSnowflake,
  snowflakeDate,
  snowflakeTimestamp,
  type SnowflakeErrorCode,
} from './snowflake';

const NOW = new Date('2026-11-25T00:00:00Z');
const idAt = (ms: bigint): bigint => (ms - DISCORD_EPOCH_MS) << 22n;

describe('parseSnowflake', () => {
  it('accepts an 18-digit ID and dates it from (id >> 22) + epoch', () => {
    expect(parseSnowflake('123456789012345678', NOW)).toEqual({ok: true, value: '123456789012345678'});
    const expected = Number((123456789012345678n >> 22n) + 1420070400000n);
    expect(snowflakeDate('123456789012345678').getTime()).toBe(expected);
    expect(snowflakeDate('123456789012345678').toISOString()).toBe('2015-12-07T16:13:12.216Z');
  });

  it.each([
    ['17 digits', '10000000000000000', '10000000000000000'],
    ['19 digits', '1234567890123456789', '1234567890123456789'],
    ['spaces around and inside', '  1234 5678 9012 345678 ', '123456789012345678'],
    ['Thai digits', '๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘', '123456789012345678'],
    ['full-width digits', '１２３４５６７８９０１２３４５６７８', '123456789012345678'],
    ['a leading zero', '0123456789012345678', '123456789012345678'],
  ])('accepts %s', (_name, input, canonical) => {
    expect(parseSnowflake(input, NOW)).toEqual({ok: true, value: canonical});
  });

  it.each<[string, string, SnowflakeErrorCode]>([
    ['empty', '', 'empty'],
    ['spaces', '   ', 'empty'],
    ['too short', '12345', 'too-short'],
    ['16 digits', '1234567890123456', 'too-short'],
    ['zeros', '000000000000000000', 'too-short'],
    ['letters', 'abc', 'invalid-character'],
    ['a letter at the end', '12345678901234567a', 'invalid-character'],
    ['a mention', '<@123456789012345678>', 'invalid-character'],
    ['negative', '-123456789012345678', 'invalid-character'],
    ['decimal point', '123456789012345678.0', 'invalid-character'],
    ['2^64', '18446744073709551616', 'overflow'],
    ['21 digits', '123456789012345678901', 'too-long'],
    ['a 10 KB paste', '1'.repeat(10 * 1024), 'too-long'],
    // 2^64 − 1 is a valid 64-bit number, but its timestamp is in the 2150s.
    ['the largest 64-bit number', '18446744073709551615', 'in-future'],
  ])('rejects %s as %s', (_name, input, code) => {
    expect(parseSnowflake(input, NOW)).toEqual({ok: false, error: {code}});
  });

  it('allows a clock that runs a little behind, not an ID from next week', () => {
    const now = BigInt(NOW.getTime());
    const soon = idAt(now + FUTURE_TOLERANCE_MS - 1000n).toString();
    const later = idAt(now + 7n * FUTURE_TOLERANCE_MS).toString();
    expect(parseSnowflake(soon, NOW)).toEqual({ok: true, value: soon});
    expect(parseSnowflake(later, NOW)).toEqual({ok: false, error: {code: 'in-future'}});
    expect(parseSnowflake(later, new Date(Number.NaN))).toEqual({ok: true, value: later});
  });

  it('uses the current time by default', () => {
    expect(parseSnowflake('123456789012345678').ok).toBe(true);
  });

  it("cannot produce 'before-epoch' with the 17-digit minimum: every such ID is after 2015-01-01", () => {
    expect(snowflakeTimestamp(10n ** 16n)).toBeGreaterThan(DISCORD_EPOCH_MS);
  });

  it('never throws, and only ever returns canonical digits of a 64-bit number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({unit: 'binary', maxLength: 40}),
          fc.string({unit: fc.constantFrom(...'0123456789 ,๘８a-'.split(''))}),
        ),
        (input) => {
          const result = parseSnowflake(input, NOW);
          if (!result.ok) return typeof result.error.code === 'string';
          return /^[1-9][0-9]{16,19}$/.test(result.value) && BigInt(result.value) <= MAX_SNOWFLAKE;
        },
      ),
      {numRuns: 1000},
    );
  });

  it('accepts every ID made between 2016 and now, and dates it to the millisecond', () => {
    const from = BigInt(Date.parse('2016-01-01T00:00:00Z'));
    fc.assert(
      fc.property(
        fc.bigInt({min: from, max: BigInt(NOW.getTime())}),
        fc.bigInt({min: 0n, max: (1n << 22n) - 1n}),
        (ms, low) => {
          const id = (idAt(ms) | low).toString();
          return parseSnowflake(id, NOW).ok && snowflakeDate(id).getTime() === Number(ms);
        },
      ),
      {numRuns: 1000},
    );
  });
});

describe('snowflakeDate', () => {
  it.each(['', 'abc', '-1', '123456789012345678901', '1.5'])('is an Invalid Date for %j, not an exception', (id) => {
    expect(Number.isNaN(snowflakeDate(id).getTime())).toBe(true);
  });

  it('is the epoch for 0', () => {
    expect(snowflakeDate('0').toISOString()).toBe('2015-01-01T00:00:00.000Z');
  });
});
