/**
 * Bitfields as text: parsing what a reader pastes, formatting for display, listing set bits, and the one decode /
 * encode / total / unknown-bits arithmetic every flag catalogue (permissions, intents) runs on its rows. Values are
 * `bigint` throughout. Discord has sent permissions as decimal strings since API v8, and they now reach bit 52 (52
 * flags on bits 0–52, bit 47 unused). A JS number still holds 2^52 exactly; the traps are elsewhere: the bitwise
 * operators work on 32-bit integers (`1 << 31` is negative, `1 << 32` is 1, `x | 2 ** 40` drops the high bits), and
 * the next flag, bit 53, would pass Number.MAX_SAFE_INTEGER (2^53 − 1), where `Number`/`parseInt` round silently.
 * bigint has neither problem. Nothing here knows the permission catalogue (that is permission-bits.ts), so the
 * intents calculator can parse its integer without loading every permission.
 */
import {normalizeDigitsWithMap} from './digits';
import {err, ok, type Result} from './result';

export type BitfieldErrorCode =
  | 'empty'
  | 'negative'
  | 'fraction'
  | 'invalid-character'
  | 'overflow'
  | 'too-long'
  | 'bad-shift'
  | 'empty-term'
  | 'bad-hex';

export interface BitfieldError {
  readonly code: BitfieldErrorCode;
  /** Index in the original input (UTF-16 code units) of the character that made parsing fail, when known. */
  readonly index?: number;
}

/** Discord serialises permissions as an unsigned 64-bit integer in a string. */
export const MAX_BITFIELD: bigint = (1n << 64n) - 1n;
export const MAX_BITFIELD_BITS = 64;
/**
 * Longest input we try to read. 64 terms of `1<<63|` is ~400 characters; anything longer is a wrong paste, and a
 * cap keeps a 10 MB paste from costing anything.
 */
export const MAX_BITFIELD_INPUT_LENGTH = 512;

type Token =
  | {readonly kind: 'number'; readonly value: bigint; readonly at: number}
  | {readonly kind: 'shift'; readonly at: number}
  | {readonly kind: 'pipe'; readonly at: number};

type Fail = {readonly code: BitfieldErrorCode; readonly at: number};

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /^[A-Za-z]$/.test(ch);

/** One token read from `text`, and where reading goes on; `token` is absent for skipped whitespace. */
type Step = {readonly token?: Token; readonly next: number};

const isFail = (value: object): value is Fail => 'code' in value;

function readShift(text: string, at: number): Step | Fail {
  const next = text[at + 1];
  if (next === '<') return {token: {kind: 'shift', at}, next: at + 2};
  // '1 < 3' is a shift typed with one '<'; '<script>' is not a shift at all.
  return {code: next === undefined || /[\s0-9]/.test(next) ? 'bad-shift' : 'invalid-character', at};
}

/** A '-' or '.' never starts anything we read; say whether the reader meant a negative number or a fraction. */
function misplacedSign(text: string, at: number): Fail {
  if (text[at] === '.') return {code: isDigit(text[at + 1]) ? 'fraction' : 'invalid-character', at};
  let next = at + 1;
  while (text[next] === ' ') next++;
  return {code: isDigit(text[next]) ? 'negative' : 'invalid-character', at};
}

function readHex(text: string, start: number): Step | Fail {
  const digitsStart = start + 2;
  let i = digitsStart;
  while (i < text.length && (isDigit(text[i]) || isLetter(text[i]))) {
    if (!/^[0-9A-Fa-f]$/.test(text[i] ?? '')) return {code: 'bad-hex', at: i};
    i++;
  }
  if (i === digitsStart) return {code: 'bad-hex', at: start};
  // Reject huge literals before BigInt sees them: 16 hex digits is 64 bits, leading zeros aside.
  const hex = text.slice(digitsStart, i).replace(/^0+(?=.)/, '');
  if (hex.length > 16) return {code: 'overflow', at: start};
  return {token: {kind: 'number', value: BigInt(`0x${hex}`), at: start}, next: i};
}

function readDecimal(text: string, start: number): Step | Fail {
  let i = start;
  while (isDigit(text[i])) i++;
  if (text[i] === '.') return {code: 'fraction', at: i};
  // '1e3' (spreadsheet notation) and '8a' are not numbers we can read exactly; point at the letter.
  if (isLetter(text[i])) return {code: 'invalid-character', at: i};
  const decimal = text.slice(start, i).replace(/^0+(?=.)/, '');
  if (decimal.length > 20) return {code: 'overflow', at: start};
  return {token: {kind: 'number', value: BigInt(decimal), at: start}, next: i};
}

function readToken(text: string, at: number): Step | Fail {
  const ch = text[at] ?? '';
  if (/\s/.test(ch)) return {next: at + 1};
  if (ch === '|') return {token: {kind: 'pipe', at}, next: at + 1};
  if (ch === '<') return readShift(text, at);
  if (ch === '-' || ch === '.') return misplacedSign(text, at);
  if (!isDigit(ch)) return {code: 'invalid-character', at};
  const hex = ch === '0' && (text[at + 1] === 'x' || text[at + 1] === 'X');
  return hex ? readHex(text, at) : readDecimal(text, at);
}

function tokenize(text: string): Token[] | Fail {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const step = readToken(text, i);
    if (isFail(step)) return step;
    if (step.token) tokens.push(step.token);
    i = step.next;
  }
  return tokens;
}

/** One term: a number, or a number shifted left; `next` is the index of the token after it. */
function readTerm(tokens: readonly Token[], at: number, end: number): {term: bigint; next: number} | Fail {
  const base = tokens[at];
  if (base === undefined || base.kind === 'pipe') return {code: 'empty-term', at: base?.at ?? end};
  if (base.kind === 'shift') return {code: 'bad-shift', at: base.at};
  const op = tokens[at + 1];
  let term = base.value;
  let next = at + 1;
  if (op?.kind === 'shift') {
    const amount = tokens[at + 2];
    // Shifts past bit 63 cannot be a Discord permission; saying 'bad-shift' tells the reader which part is off.
    if (amount?.kind !== 'number' || amount.value > 63n) return {code: 'bad-shift', at: amount?.at ?? op.at};
    term = base.value << amount.value;
    next = at + 3;
  }
  if (term > MAX_BITFIELD) return {code: 'overflow', at: base.at};
  return {term, next};
}

function evaluate(tokens: readonly Token[], end: number): bigint | Fail {
  let total = 0n;
  let i = 0;
  for (;;) {
    const read = readTerm(tokens, i, end);
    if (isFail(read)) return read;
    total |= read.term;
    const next = tokens[read.next];
    if (next === undefined) return total;
    // Only '|' may follow a finished term. In practice the intruder is a second '<<' ('1<<2<<3'): two numbers
    // cannot meet here, since the normaliser joins digits that only spaces separate.
    if (next.kind !== 'pipe') return {code: next.kind === 'shift' ? 'bad-shift' : 'invalid-character', at: next.at};
    i = read.next + 1;
  }
}

/**
 * Reads a permission bitfield as readers write it: decimal ('2048'), hex ('0x800'), shifts ('1 << 11') and
 * terms joined by '|', with spaces, group separators (',' '_'), Thai ๐–๙ and full-width ０–９ digits. The result
 * is at most 64 bits. Never throws: every problem is an error value with the position it was found at.
 */
export function parseBitfield(input: string): Result<bigint, BitfieldError> {
  if (input.length > MAX_BITFIELD_INPUT_LENGTH) return err({code: 'too-long'});
  const {text, sourceIndex} = normalizeDigitsWithMap(input);
  if (text.length === 0) return err({code: 'empty'});
  const located = (fail: Fail): Result<never, BitfieldError> =>
    err({code: fail.code, index: sourceIndex[fail.at] ?? input.length});

  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return located(tokens);
  const value = evaluate(tokens, text.length);
  return typeof value === 'bigint' ? ok(value) : located(value);
}

export function formatDecimal(value: bigint): string {
  return value.toString(10);
}

/** Lower-case hex with a '0x' prefix, as Discord's docs write flags. */
export function formatHex(value: bigint): string {
  return value < 0n ? `-0x${(-value).toString(16)}` : `0x${value.toString(16)}`;
}

/** Indices of the bits set in a non-negative value, lowest first. Negative values have no bitfield meaning: []. */
export function setBits(value: bigint): number[] {
  const bits: number[] = [];
  let rest = value;
  for (let bit = 0; rest > 0n; bit++, rest >>= 1n) {
    if (rest & 1n) bits.push(bit);
  }
  return bits;
}

/** The value of one bit, as a catalogue row stores it. */
export function bitValue(bit: number): bigint {
  return 1n << BigInt(bit);
}

/** What the arithmetic below needs of a catalogue row: its value, one bit wide. */
export interface BitFlag {
  readonly value: bigint;
}

/** The flags OR-ed together: encodes a selection, and totals a whole catalogue. */
export function combineFlags(flags: Iterable<BitFlag>): bigint {
  let value = 0n;
  for (const flag of flags) value |= flag.value;
  return value;
}

/**
 * Set bits of `value` outside `known` (a catalogue's total), lowest first: a typo, or a flag newer than this guide.
 * The one definition of "bits no flag uses", so every tool reports the same bits for the same value.
 */
export function unknownBits(value: bigint, known: bigint): number[] {
  // A negative bigint has infinitely many bits set in two's complement; it is no flag value.
  return value > 0n ? setBits(value & ~known) : [];
}

export interface DecodedFlags<F> {
  /** Rows whose bit is set, in the order of the rows given (the catalogue's order). */
  readonly known: readonly F[];
  /** Set bits no row describes. */
  readonly unknownBits: readonly number[];
}

/** Splits a value into the rows it sets and the bits none of them describes. `known` defaults to their total. */
export function decodeFlags<F extends BitFlag>(
  value: bigint,
  flags: readonly F[],
  known: bigint = combineFlags(flags),
): DecodedFlags<F> {
  if (value <= 0n) return {known: [], unknownBits: []};
  return {known: flags.filter((flag) => (value & flag.value) !== 0n), unknownBits: unknownBits(value, known)};
}
