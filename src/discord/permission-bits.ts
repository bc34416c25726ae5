/**
 * Permission values read against the catalogue: decoding a bitfield into catalogue rows, encoding rows into one,
 * and testing or flipping a single permission. Kept apart from bitfield.ts, which only knows numbers, so a page
 * that parses a bitfield (the intents calculator) doesn't also load the permission catalogue.
 */
import type {DecodedFlags} from './bitfield';
import {getPermission, PERMISSION_CATALOGUE, type PermissionInfo, type PermissionKey} from './permissions';

/**
 * `known`: catalogue rows whose bit is set, in catalogue (role editor) order. `unknownBits`: set bits no catalogue
 * row describes: a typo, or a flag newer than this guide.
 */
export type DecodedPermissions = DecodedFlags<PermissionInfo>;

export function decodePermissions(value: bigint): DecodedPermissions {
  return PERMISSION_CATALOGUE.decode(value);
}

export function encodePermissions(keys: Iterable<PermissionKey>): bigint {
  return PERMISSION_CATALOGUE.encode(keys);
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
