import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {MAX_BITFIELD, unknownBits} from './bitfield';
import {
  decodePermissions,
  encodePermissions,
  hasPermission,
  impliesPermission,
  togglePermission,
} from './permission-bits';
import {ALL_PERMISSIONS, PERMISSIONS, type PermissionKey} from './permissions';

const RUNS = {numRuns: 1000};
const KEYS: readonly PermissionKey[] = PERMISSIONS.map((row) => row.key);
const uint64 = fc.bigInt({min: 0n, max: MAX_BITFIELD});

describe('decodePermissions / encodePermissions', () => {
  it('decodes known rows in catalogue order', () => {
    const decoded = decodePermissions((1n << 11n) | (1n << 10n) | 8n);
    expect(decoded.known.map((row) => row.key)).toEqual(['ViewChannel', 'SendMessages', 'Administrator']);
    expect(decoded.unknownBits).toEqual([]);
  });

  it('reports bits no row describes, from the lowest unassigned bit to bit 63', () => {
    const free = unknownBits(MAX_BITFIELD, ALL_PERMISSIONS);
    const [first = -1, last = -1] = [free[0], free.at(-1)];
    const decoded = decodePermissions((1n << BigInt(first)) | (1n << BigInt(last)) | 8n);
    expect(decoded.known.map((row) => row.key)).toEqual(['Administrator']);
    expect(decoded.unknownBits).toEqual([first, last]);
  });

  it('decodes everything and nothing', () => {
    expect(decodePermissions(ALL_PERMISSIONS).known).toHaveLength(PERMISSIONS.length);
    expect(decodePermissions(ALL_PERMISSIONS).unknownBits).toEqual([]);
    expect(decodePermissions(0n)).toEqual({known: [], unknownBits: []});
    expect(decodePermissions(-8n)).toEqual({known: [], unknownBits: []});
  });

  it('encodes keys from any iterable', () => {
    expect(encodePermissions([])).toBe(0n);
    expect(encodePermissions(['Administrator'])).toBe(8n);
    expect(encodePermissions(new Set<PermissionKey>(['SendMessages', 'AddReactions']))).toBe(2112n);
    expect(encodePermissions(KEYS)).toBe(ALL_PERMISSIONS);
  });
});

describe('hasPermission / togglePermission / impliesPermission', () => {
  it('reads single bits without treating Administrator as everything', () => {
    expect(hasPermission(2112n, 'SendMessages')).toBe(true);
    expect(hasPermission(2112n, 'BanMembers')).toBe(false);
    expect(hasPermission(8n, 'BanMembers')).toBe(false);
    expect(impliesPermission(8n, 'BanMembers')).toBe(true);
    expect(impliesPermission(4n, 'BanMembers')).toBe(true);
    expect(impliesPermission(2112n, 'BanMembers')).toBe(false);
  });

  it('toggles exactly one bit and leaves the rest alone', () => {
    fc.assert(
      fc.property(uint64, fc.constantFrom(...KEYS), fc.boolean(), (value, key, on) => {
        const next = togglePermission(value, key, on);
        const flag = encodePermissions([key]);
        return hasPermission(next, key) === on && (next & ~flag) === (value & ~flag);
      }),
      RUNS,
    );
  });
});
