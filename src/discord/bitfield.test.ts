import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {
  bitValue,
  combineFlags,
  decodeFlags,
  formatDecimal,
  formatHex,
  MAX_BITFIELD,
  MAX_BITFIELD_INPUT_LENGTH,
  parseBitfield,
  setBits,
  unknownBits,
  type BitfieldErrorCode,
} from './bitfield';
import {ALL_PERMISSIONS} from './permissions';

const RUNS = {numRuns: 1000};
const ALL_CODES: readonly BitfieldErrorCode[] = [
  'empty',
  'negative',
  'fraction',
  'invalid-character',
  'overflow',
  'too-long',
  'bad-shift',
  'empty-term',
  'bad-hex',
];
const uint64 = fc.bigInt({min: 0n, max: MAX_BITFIELD});

describe('parseBitfield: what readers type', () => {
  it.each([
    ['8', 8n],
    [' 8 ', 8n],
    ['0', 0n],
    ['0x8', 8n],
    ['0X8', 8n],
    ['0xFF', 255n],
    ['1 << 3', 8n],
    ['1<<3', 8n],
    ['1<<3 | 1<<5', 40n],
    ['8 | 8', 8n],
    ['0x800 | 64', 2112n],
    ['2,147,483,648', 2147483648n],
    ['2 147 483 648', 2147483648n],
    ['1_024', 1024n],
    ['0xffff_ffff', 4294967295n],
    ['๘', 8n],
    ['๒๑๔๗๔๘๓๖๔๘', 2147483648n],
    ['８', 8n],
    ['１　＜＜　３　｜　０ｘ１０', 24n],
    ['\u200b8\u00a0', 8n],
    ['9007199254740993', 9007199254740993n],
    ['18446744073709551615', MAX_BITFIELD],
    ['0xffffffffffffffff', MAX_BITFIELD],
    ['0x00000000000000000000000000000001', 1n],
    ['0000000000000000000000000000008', 8n],
    ['1 << 63', 1n << 63n],
    [formatDecimal(ALL_PERMISSIONS), ALL_PERMISSIONS],
  ])('reads %j as %s', (input, expected) => {
    expect(parseBitfield(input)).toEqual({ok: true, value: expected});
  });

  it('keeps 2^53 + 1 exact, where a JS number would round it', () => {
    const result = parseBitfield('9007199254740993');
    expect(result.ok && result.value !== 9007199254740992n).toBe(true);
  });
});

describe('parseBitfield: hostile and mistaken input', () => {
  const tenKilobytes = '8'.repeat(10 * 1024);
  it.each<[string, string, BitfieldErrorCode, number | undefined]>([
    ['empty string', '', 'empty', undefined],
    ['only spaces', '   ', 'empty', undefined],
    ['only full-width spaces', '\u3000\u3000', 'empty', undefined],
    ['negative', '-8', 'negative', 0],
    ['negative with a space', '- 8', 'negative', 0],
    ['negative with a typographic minus', ' −8', 'negative', 1],
    ['fraction', '8.5', 'fraction', 1],
    ['trailing point', '8.', 'fraction', 1],
    ['leading point', '.5', 'fraction', 0],
    ['lone point', '.', 'invalid-character', 0],
    ['lone minus', '-', 'invalid-character', 0],
    ['exponent arithmetic', '2**53+1', 'invalid-character', 1],
    ['scientific notation', '1e3', 'invalid-character', 1],
    ['2^64', '18446744073709551616', 'overflow', 0],
    ['21 digits', '100000000000000000000', 'overflow', 0],
    ['17 hex digits', '0x10000000000000000', 'overflow', 0],
    ['shift result past 64 bits', '3 << 63', 'overflow', 0],
    ['bare 0x', '0x', 'bad-hex', 0],
    ['non-hex digit', '0x1G', 'bad-hex', 3],
    ['shift by 64', '1<<64', 'bad-shift', 3],
    ['shift with nothing after', '1 <<', 'bad-shift', 2],
    ['shift with nothing before', '<< 3', 'bad-shift', 0],
    ['less-than instead of shift', '1 < 3', 'bad-shift', 2],
    ['chained shift', '1<<2<<3', 'bad-shift', 4],
    ['markup', '<script>', 'invalid-character', 0],
    ['10 KB paste', tenKilobytes, 'too-long', undefined],
    ['mixed scripts', '8๘a', 'invalid-character', 2],
    ['lone pipe', '|', 'empty-term', 0],
    ['trailing pipe', '8|', 'empty-term', 2],
    ['double pipe', '1 | | 2', 'empty-term', 4],
    ['trailing comma', '8,', 'invalid-character', 1],
    ['words', 'abc', 'invalid-character', 0],
    ['plus sign', '+8', 'invalid-character', 0],
    ['NUL', '\u0000', 'invalid-character', 0],
    ['emoji', '8🙂', 'invalid-character', 1],
  ])('%s (%j) is %s', (_name, input, code, index) => {
    const result = parseBitfield(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.index).toBe(index);
  });

  it('points at the character as typed, not as normalised', () => {
    // '２，１４７' loses its comma while normalising; the 'x' is still at index 6 of what the reader typed.
    const result = parseBitfield(' ２，１４７x');
    expect(result).toEqual({ok: false, error: {code: 'invalid-character', index: 6}});
  });

  it('accepts input up to the length cap and refuses one character more', () => {
    const atCap = '1' + ' '.repeat(MAX_BITFIELD_INPUT_LENGTH - 1);
    expect(parseBitfield(atCap)).toEqual({ok: true, value: 1n});
    expect(parseBitfield(atCap + ' ')).toEqual({ok: false, error: {code: 'too-long'}});
  });

  it('never throws and always answers with a defined shape, whatever is pasted', () => {
    const alphabet = fc.constantFrom(...'0123456789abcdefxXg<|-., _\u3000๘８ｘ＜｜−\u200b'.split(''));
    const anyText = fc.oneof(fc.string({unit: 'binary', maxLength: 80}), fc.string({unit: alphabet, maxLength: 40}));
    fc.assert(
      fc.property(anyText, (input) => {
        const result = parseBitfield(input);
        if (result.ok) return result.value >= 0n && result.value <= MAX_BITFIELD;
        const {code, index} = result.error;
        return ALL_CODES.includes(code) && (index === undefined || (index >= 0 && index <= input.length));
      }),
      RUNS,
    );
  });
});

describe('formatting', () => {
  it('prints decimal and lower-case 0x hex', () => {
    expect(formatDecimal(2048n)).toBe('2048');
    expect(formatDecimal(MAX_BITFIELD)).toBe('18446744073709551615');
    expect(formatHex(2048n)).toBe('0x800');
    expect(formatHex(0n)).toBe('0x0');
    expect(formatHex(0xabcdefn)).toBe('0xabcdef');
    expect(formatHex(-8n)).toBe('-0x8');
  });

  it('round-trips every 64-bit value through decimal and hex', () => {
    fc.assert(
      fc.property(uint64, (value) => {
        const fromDecimal = parseBitfield(formatDecimal(value));
        const fromHex = parseBitfield(formatHex(value));
        return fromDecimal.ok && fromDecimal.value === value && fromHex.ok && fromHex.value === value;
      }),
      RUNS,
    );
  });

  it('round-trips values written with Thai or full-width digits and group separators', () => {
    const styles = ['ascii', 'thai', 'full'] as const;
    const write = (digit: string, style: (typeof styles)[number]): string =>
      style === 'ascii'
        ? digit
        : String.fromCharCode((style === 'thai' ? 0x0e50 : 0xff10) + digit.charCodeAt(0) - 0x30);
    fc.assert(
      fc.property(
        uint64,
        fc.array(fc.constantFrom(...styles), {minLength: 20, maxLength: 20}),
        fc.constantFrom('', ',', '_', ' '),
        (value, digitStyles, separator) => {
          const digits = formatDecimal(value).split('');
          const typed = digits
            .map(
              (digit, i) =>
                write(digit, digitStyles[i] ?? 'ascii') +
                ((digits.length - 1 - i) % 3 === 0 && i < digits.length - 1 ? separator : ''),
            )
            .join('');
          const result = parseBitfield(typed);
          return result.ok && result.value === value;
        },
      ),
      RUNS,
    );
  });
});

describe('setBits', () => {
  it('lists set bits lowest first', () => {
    expect(setBits(0n)).toEqual([]);
    expect(setBits(40n)).toEqual([3, 5]);
    expect(setBits(1n << 63n)).toEqual([63]);
    expect(setBits(MAX_BITFIELD)).toHaveLength(64);
  });

  it('gives nothing for negative values, which are not bitfields', () => {
    expect(setBits(-1n)).toEqual([]);
  });
});

describe('flag arithmetic shared by every catalogue', () => {
  const flags = [{value: bitValue(3)}, {value: bitValue(0)}, {value: bitValue(52)}];
  const bit = fc.integer({min: 0, max: 63});

  it('makes one-bit values, and combines them into a total or a selection', () => {
    expect(bitValue(0)).toBe(1n);
    expect(bitValue(52)).toBe(4503599627370496n);
    expect(combineFlags([])).toBe(0n);
    expect(combineFlags(flags)).toBe(9n | (1n << 52n));
    expect(combineFlags(new Set(flags.slice(0, 1)))).toBe(8n);
  });

  it('lists as unknown exactly the set bits outside the known total', () => {
    fc.assert(
      fc.property(uint64, uint64, (value, known) => {
        const unknown = unknownBits(value, known);
        return (
          unknown.every((b) => (value & bitValue(b)) !== 0n && (known & bitValue(b)) === 0n) &&
          combineFlags(unknown.map((b) => ({value: bitValue(b)}))) === (value & ~known)
        );
      }),
      RUNS,
    );
    expect(unknownBits(-1n, 0n)).toEqual([]);
    expect(unknownBits(0n, 0n)).toEqual([]);
  });

  it('decodes into the given rows in their order, plus the bits none of them has', () => {
    expect(decodeFlags(9n | (1n << 40n), flags)).toEqual({known: [flags[0], flags[1]], unknownBits: [40]});
    expect(decodeFlags(0n, flags)).toEqual({known: [], unknownBits: []});
    expect(decodeFlags(-9n, flags)).toEqual({known: [], unknownBits: []});
  });

  it('decodes a single bit to its row or to an unknown bit, never both', () => {
    fc.assert(
      fc.property(bit, (b) => {
        const {known, unknownBits: unknown} = decodeFlags(bitValue(b), flags);
        return known.length + unknown.length === 1;
      }),
      RUNS,
    );
  });
});
