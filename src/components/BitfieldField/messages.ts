import {translate} from '@docusaurus/Translate';
import type {BitfieldErrorCode} from '@site/src/discord/bitfield';

/** One sentence per parser error code, in the reader's language; the code itself never reaches the page. */
export function bitfieldErrorMessage(code: BitfieldErrorCode): string {
  switch (code) {
    case 'empty':
      return translate({id: 'tools.bitfield.error.empty', message: 'Type a number, for example 8 or 0x8.'});
    case 'negative':
      return translate({
        id: 'tools.bitfield.error.negative',
        message: 'Permission and intent numbers are never negative.',
      });
    case 'fraction':
      return translate({id: 'tools.bitfield.error.fraction', message: 'Use a whole number: there are no half bits.'});
    case 'invalid-character':
      return translate({
        id: 'tools.bitfield.error.invalidCharacter',
        message: 'Only digits, 0x hex, "1 << n" and "|" are understood here.',
      });
    case 'overflow':
      return translate({
        id: 'tools.bitfield.error.overflow',
        message: 'That is larger than 64 bits, which Discord never uses.',
      });
    case 'too-long':
      return translate({
        id: 'tools.bitfield.error.tooLong',
        message: 'That is far too long to be a permission or intent number.',
      });
    case 'bad-shift':
      return translate({
        id: 'tools.bitfield.error.badShift',
        message: 'Write a shift as "1 << n" with n from 0 to 63.',
      });
    case 'empty-term':
      return translate({id: 'tools.bitfield.error.emptyTerm', message: 'There is nothing on one side of a "|".'});
    case 'bad-hex':
      return translate({id: 'tools.bitfield.error.badHex', message: 'After 0x, use only the digits 0–9 and a–f.'});
  }
}
