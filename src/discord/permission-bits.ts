/**
 * Permission values read against the catalogue: decoding a bitfield into catalogue rows, encoding rows into one,
 * and testing or flipping a single permission. Kept apart from bitfield.ts, which only knows numbers, so a page
 * that parses a bitfield (the intents calculator) doesn't also load the permission catalogue.
 */
import {setBits} from './bitfield';
import {getPermission, PERMISSIONS, type PermissionInfo, type PermissionKey} from './permissions';

export interface DecodedPermissions {
  /** Catalogue rows whose bit is set, in catalogue (role editor) order. */
  readonly known: readonly PermissionInfo[];
  /** Set bits no catalogue row describes: a typo, or a flag newer than this guide. */
  readonly unknownBits: readonly number[];
}

const KNOWN_BITS: ReadonlySet<number> = new Set(PERMISSIONS.map((info) => info.bit));

export function decodePermissions(value: bigint): DecodedPermissions {
  // A negative bigint has infinitely many bits set in two's complement; it is no permission value.
  if (value <= 0n) return {known: [], unknownBits: []};
  return {
    known: PERMISSIONS.filter((info) => (value & info.value) !== 0n),
    unknownBits: setBits(value).filter((bit) => !KNOWN_BITS.has(bit)),
  };
}

export function encodePermissions(keys: Iterable<PermissionKey>): bigint {
  let value = 0n;
  for (const key of keys) value |= getPermission(key).value;
  return value;
}

/** Whether the bit itself is set. Deliberately ignores Administrator: the calculator shows bits, not effects. */
export function hasPermission(value: bigint, key: PermissionKey): boolean {
  const flag = getPermission(key).value;
  return (value & flag) === flag;
}

/** Whether a role with this value can do what `key` allows: Administrator grants everything. */
export function impliesPermission(value: bigint, key: PermissionKey): boolean {
  return hasPermission(value, 'Administrator') || hasPermission(value, key);
}

export function togglePermission(value: bigint, key: PermissionKey, on: boolean): bigint {
  const flag = getPermission(key).value;
  return on ? value | flag : value & ~flag;
}
