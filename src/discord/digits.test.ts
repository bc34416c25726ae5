import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {normalizeDigits, normalizeDigitsWithMap} from './digits';

describe('normalizeDigits', () => {
  it.each([
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['０１２３４５６７８９', '0123456789'],
    ['０ｘＦＦ', '0xFF'],
    ['１＜＜３｜８', '1<<3|8'],
    ['  8\t\n', '8'],
    ['\u3000８\u3000', '8'],
    ['2,147,483,648', '2147483648'],
    ['1_024', '1024'],
    ['1 000 000', '1000000'],
    ['1\u00a0000\u202f000', '1000000'],
    ['0xffff_ffff', '0xffffffff'],
    ['1, 024', '1024'],
    ['1 << 3', '1 << 3'],
    ['1<<3 | 1<<5', '1<<3 | 1<<5'],
    ['8,', '8,'],
    [',8', ',8'],
    ['8 ,|', '8 ,|'],
    ['\u200b1\u200d2\ufeff', '12'],
    ['−8', '-8'],
    ['', ''],
    ['🙂', '🙂'],
  ])('%j → %j', (input, output) => {
    expect(normalizeDigits(input)).toBe(output);
  });

  it('maps every Thai and full-width digit string to ASCII', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...'0123456789'.split('')), minLength: 1}), (ascii) => {
        const thai = ascii.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
        const full = ascii.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
        return normalizeDigits(thai) === ascii && normalizeDigits(full) === ascii;
      }),
      {numRuns: 1000},
    );
  });

  it('is idempotent', () => {
    const text = fc.oneof(
      fc.string({unit: 'binary', maxLength: 40}),
      fc.string({unit: fc.constantFrom(...'0a9x<|, _\u3000๘８\u200b-'.split('')), maxLength: 40}),
    );
    fc.assert(
      fc.property(text, (input) => normalizeDigits(normalizeDigits(input)) === normalizeDigits(input)),
      {numRuns: 1000},
    );
  });
});

describe('normalizeDigitsWithMap', () => {
  it('says where each output character came from', () => {
    expect(normalizeDigitsWithMap(' 1,0\u200b8 ')).toEqual({text: '108', sourceIndex: [1, 3, 5]});
    expect(normalizeDigitsWithMap('๘ | x')).toEqual({text: '8 | x', sourceIndex: [0, 1, 2, 3, 4]});
  });

  it('always maps to an increasing index of a real input character', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 40}), (input) => {
        const {text, sourceIndex} = normalizeDigitsWithMap(input);
        return (
          sourceIndex.length === text.length &&
          sourceIndex.every((at, i) => at >= 0 && at < input.length && (i === 0 || at > (sourceIndex[i - 1] ?? -1)))
        );
      }),
      {numRuns: 1000},
    );
  });
});
