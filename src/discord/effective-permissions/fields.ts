/**
 * Readers for the single fields of a permission context. Each takes `unknown` (a context may come from pasted JSON or
 * untyped JavaScript) and returns the value or the error that names the field; none throws.
 */
import {MAX_BITFIELD} from '../bitfield';
import {err, ok, type Result} from '../result';
import {contextError, type ContextError} from './context-error';

export type Read<T> = Result<T, ContextError>;

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const MAX_ID: bigint = (1n << 64n) - 1n;

/**
 * An ID as Discord writes it: decimal digits, no leading zero. Unlike the Application ID field (snowflake.ts) any
 * length from one digit is accepted, so readers can write a small example server by hand ("1", "2").
 */
export function readSnowflake(value: unknown, path: string): Read<string> {
  if (value === undefined) return err(contextError('missing-field', path));
  if (typeof value !== 'string' || !/^(0|[1-9][0-9]{0,19})$/.test(value) || BigInt(value) > MAX_ID) {
    return err(contextError('bad-snowflake', path, value));
  }
  return ok(value);
}

/** A permission integer: decimal digits in a string (API v8+), never a JS number, at most 64 bits. */
export function readPermissions(value: unknown, path: string): Read<bigint> {
  if (value === undefined) return err(contextError('missing-field', path));
  if (typeof value !== 'string' || !/^[0-9]+$/.test(value))
    return err(contextError('bad-permission-string', path, value));
  const digits = value.replace(/^0+(?=.)/, '');
  if (digits.length > 20 || BigInt(digits) > MAX_BITFIELD)
    return err(contextError('bad-permission-string', path, value));
  return ok(BigInt(digits));
}

export function readPosition(value: unknown, path: string): Read<number> {
  if (value === undefined) return err(contextError('missing-field', path));
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    return err(contextError('bad-position', path, value));
  }
  return ok(value);
}

export function readList(value: unknown, path: string): Read<readonly unknown[]> {
  if (value === undefined) return err(contextError('missing-field', path));
  return Array.isArray(value) ? ok(value) : err(contextError('not-a-list', path, value));
}

export function readObject(value: unknown, path: string): Read<Readonly<Record<string, unknown>>> {
  if (value === undefined) return err(contextError('missing-field', path));
  return isRecord(value) ? ok(value) : err(contextError('not-an-object', path, value));
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/i;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Milliseconds since 1970 for an ISO 8601 date-time with a zone, as Discord sends it (microseconds included), or
 * undefined. Date.parse alone would take "2026-02-30" as 2 March and read zone-less text in the reader's time zone.
 */
export function parseIsoTime(text: string): number | undefined {
  const match = ISO_TIME.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const inRange = month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
  if (!inRange || hour > 23 || minute > 59 || second > 59) return undefined;
  const fraction = (match[7] ?? '').padEnd(3, '0').slice(0, 3);
  const zone = match[8] ?? 'Z';
  const ms = Date.parse(
    `${match.slice(1, 4).join('-')}T${match[4]}:${match[5]}:${match[6] ?? '00'}.${fraction}${zone}`,
  );
  return Number.isNaN(ms) ? undefined : ms;
}

/** An optional time: absent or null is "no time"; anything else must be an ISO date-time. */
export function readOptionalTime(value: unknown, path: string): Read<{text: string; ms: number} | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  const ms = typeof value === 'string' ? parseIsoTime(value) : undefined;
  return ms === undefined ? err(contextError('bad-time', path, value)) : ok({text: value as string, ms});
}

export function readOptionalName(value: unknown, path: string): Read<string | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  return typeof value === 'string' ? ok(value) : err(contextError('bad-field-type', path, value));
}
