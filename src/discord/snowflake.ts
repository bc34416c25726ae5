/**
 * Discord IDs ("snowflakes"): 64-bit numbers whose top 42 bits are milliseconds since Discord's epoch. The guide
 * asks readers for their Application ID, so this checks that what they pasted can be one, and shows when it was
 * created, which helps them notice they copied a server or user ID instead.
 */
import {normalizeDigits} from './digits';
import {err, ok, type Result} from './result';

export type SnowflakeErrorCode =
  | 'empty'
  | 'invalid-character'
  | 'too-short'
  | 'too-long'
  | 'overflow'
  | 'in-future'
  /**
   * Kept for callers that switch over every code. With the 17-digit minimum it cannot occur: the smallest
   * 17-digit ID already dates from January 2015, after the epoch.
   */
  | 'before-epoch';

export interface SnowflakeError {
  readonly code: SnowflakeErrorCode;
}

/** 2015-01-01T00:00:00.000Z, the zero point of every snowflake timestamp. */
export const DISCORD_EPOCH_MS = 1420070400000n;
export const MAX_SNOWFLAKE: bigint = (1n << 64n) - 1n;
/** 10^16 >> 22 is only 27 days after the epoch, so every real ID has at least 17 digits. */
export const MIN_SNOWFLAKE_DIGITS = 17;
/** 2^64 − 1 has 20 digits. */
export const MAX_SNOWFLAKE_DIGITS = 20;
/**
 * How far ahead of the reader's clock an ID's timestamp may be before we call it impossible. A minute would do
 * for Discord's clock, but readers' computer clocks drift, and rejecting a real ID is worse than accepting a typo.
 */
export const FUTURE_TOLERANCE_MS = 24n * 60n * 60n * 1000n;

const TIMESTAMP_SHIFT = 22n;

/** Milliseconds since the Unix epoch at which the snowflake was made. */
export function snowflakeTimestamp(id: bigint): bigint {
  return (id >> TIMESTAMP_SHIFT) + DISCORD_EPOCH_MS;
}

/**
 * Checks that `input` can be a Discord ID and returns it as canonical digits (ASCII, no separators or leading
 * zeros). Accepts what readers paste: spaces, Thai and full-width digits. Never throws.
 */
export function parseSnowflake(input: string, now: Date = new Date()): Result<string, SnowflakeError> {
  const text = normalizeDigits(input);
  if (text.length === 0) return err({code: 'empty'});
  if (!/^[0-9]+$/.test(text)) return err({code: 'invalid-character'});
  const digits = text.replace(/^0+(?=.)/, '');
  if (digits.length < MIN_SNOWFLAKE_DIGITS) return err({code: 'too-short'});
  if (digits.length > MAX_SNOWFLAKE_DIGITS) return err({code: 'too-long'});
  const id = BigInt(digits);
  if (id > MAX_SNOWFLAKE) return err({code: 'overflow'});
  const nowMs = now.getTime();
  // An invalid `now` (new Date(NaN)) must not turn every ID into an error: skip the check instead.
  if (Number.isFinite(nowMs) && snowflakeTimestamp(id) > BigInt(nowMs) + FUTURE_TOLERANCE_MS) {
    return err({code: 'in-future'});
  }
  return ok(digits);
}

/**
 * When the snowflake was created. For anything that is not a string of digits this returns an Invalid Date
 * rather than throwing, so a view can render it without a guard.
 */
export function snowflakeDate(id: string): Date {
  if (!/^[0-9]{1,20}$/.test(id)) return new Date(Number.NaN);
  // The timestamp is < 2^42 + epoch, far inside Number's exact range; this Number() is on a time, not a bitfield.
  return new Date(Number(snowflakeTimestamp(BigInt(id))));
}
