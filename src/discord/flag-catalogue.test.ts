import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {MAX_BITFIELD, setBits, type DecodedFlags} from './bitfield';
import {flagCatalogue, flagsFromRows, type Flag, type FlagRow, type FlagRows} from './flag-catalogue';
import {ALL_INTENTS, decodeIntents, encodeIntents, INTENTS} from './intents';
import {decodePermissions, encodePermissions} from './permission-bits';
import {ALL_PERMISSIONS, PERMISSIONS} from './permissions';

const RUNS = {numRuns: 1000};
const uint64 = fc.bigInt({min: 0n, max: MAX_BITFIELD});

interface Case<K extends string> {
  readonly flags: readonly Flag<K>[];
  readonly all: bigint;
  readonly decode: (value: bigint) => DecodedFlags<Flag<K>>;
  readonly encode: (keys: Iterable<K>) => bigint;
}

// Both catalogues go through the one arithmetic in bitfield.ts, so the same properties must hold for each.
const CATALOGUES: readonly (readonly [string, Case<string>])[] = [
  [
    'permissions',
    {flags: PERMISSIONS, all: ALL_PERMISSIONS, decode: decodePermissions, encode: encodePermissions} as Case<string>,
  ],
  ['intents', {flags: INTENTS, all: ALL_INTENTS, decode: decodeIntents, encode: encodeIntents} as Case<string>],
];

describe.each(CATALOGUES)('%s: decode and encode', (_name, catalogue) => {
  const keys = catalogue.flags.map((flag) => flag.key);

  it('decodes an encoded set of keys back to the same set, in catalogue order', () => {
    fc.assert(
      fc.property(fc.subarray(keys), (chosen) => {
        const decoded = catalogue.decode(catalogue.encode(chosen));
        expect(decoded.unknownBits).toEqual([]);
        expect(decoded.known.map((flag) => flag.key)).toEqual(keys.filter((key) => chosen.includes(key)));
      }),
      RUNS,
    );
  });

  it('re-encodes a decoded value exactly, unknown bits included, and never calls a known bit unknown', () => {
    fc.assert(
      fc.property(uint64, (value) => {
        const {known, unknownBits} = catalogue.decode(value);
        const unknown = unknownBits.reduce((all, bit) => all | (1n << BigInt(bit)), 0n);
        expect(unknown & catalogue.all).toBe(0n);
        expect(catalogue.encode(known.map((flag) => flag.key)) | unknown).toBe(value);
      }),
      RUNS,
    );
  });

  it('totals every row, and decodes the total to every row', () => {
    expect(catalogue.encode(keys)).toBe(catalogue.all);
    expect(catalogue.decode(catalogue.all)).toEqual({known: catalogue.flags, unknownBits: []});
    expect(setBits(catalogue.all)).toHaveLength(catalogue.flags.length);
  });

  it('gives each row a one-bit value that matches its bit', () => {
    for (const flag of catalogue.flags) expect(flag.value, flag.key).toBe(1n << BigInt(flag.bit));
  });
});

describe('flagCatalogue / flagsFromRows', () => {
  interface TestRow extends FlagRow {
    readonly loud: boolean;
  }
  interface TestFlag extends Flag<'Low' | 'High'> {
    readonly loud: boolean;
  }
  const rows = {
    High: {apiName: 'HIGH', bit: 9, loud: true},
    Low: {apiName: 'LOW', bit: 2, loud: false},
  } as const satisfies FlagRows<'Low' | 'High', TestRow>;
  const catalogue = flagCatalogue(
    'test',
    flagsFromRows(rows, (flag, row): TestFlag => ({...flag, loud: row.loud})),
  );

  it('keeps the rows in the order they are written, frozen, with their values', () => {
    expect(catalogue.flags).toEqual([
      {key: 'High', apiName: 'HIGH', bit: 9, value: 512n, loud: true},
      {key: 'Low', apiName: 'LOW', bit: 2, value: 4n, loud: false},
    ]);
    expect(Object.isFrozen(catalogue.flags) && catalogue.flags.every((flag) => Object.isFrozen(flag))).toBe(true);
    expect(catalogue.all).toBe(516n);
    expect(catalogue.maskOf((flag) => flag.loud)).toBe(512n);
    expect(catalogue.maskOf(() => false)).toBe(0n);
  });

  it('looks keys up, and refuses a key it does not have by name', () => {
    expect(catalogue.get('Low').bit).toBe(2);
    expect(catalogue.isKey('High')).toBe(true);
    expect(catalogue.isKey('high')).toBe(false);
    expect(catalogue.isKey(9)).toBe(false);
    expect(() => catalogue.get('Middle' as 'Low')).toThrow(new RangeError('Unknown test key: Middle'));
  });

  it('decodes in catalogue order, not bit order', () => {
    expect(catalogue.decode(516n | 1n).known.map((flag) => flag.key)).toEqual(['High', 'Low']);
    expect(catalogue.decode(516n | 1n).unknownBits).toEqual([0]);
    expect(catalogue.encode(new Set(['Low'] as const))).toBe(4n);
  });
});
