/**
 * Readers paste numbers from everywhere: a Thai keyboard (๐–๙), an IME in full-width mode (０–９, ｘ, ＜, ｜),
 * a spreadsheet with thousands separators, a chat message with a non-breaking space. Every parser in
 * `src/discord/` runs input through here first so those all mean the same ASCII text, and so each parser only
 * has to understand one alphabet.
 */

const THAI_ZERO = 0x0e50;
const THAI_NINE = 0x0e59;
// U+FF01..U+FF5E are the full-width twins of ASCII '!'..'~' at a fixed distance, so one subtraction maps
// digits, letters (ｘ for hex), '＜' and '｜' alike.
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** Spaces that look like a space but are not U+0020: kept as separators, never as content. */
const SPACE_LIKE = new Set([
  0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f,
  0x205f, 0x3000,
]);
/** Invisible characters that ride along with copy and paste; they carry no meaning in a number. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
/** U+2212 MINUS SIGN: what word processors turn '-' into, so '−8' is still seen as negative, not as junk. */
const MINUS_SIGN = 0x2212;

/** The text after normalising, and where each of its characters came from in the input. */
export interface NormalizedText {
  readonly text: string;
  /** `sourceIndex[i]` is the index in the original input of `text[i]`, so errors can point at what was typed. */
  readonly sourceIndex: readonly number[];
}

function mapChar(code: number): string | null {
  if (code >= THAI_ZERO && code <= THAI_NINE) return String.fromCharCode(0x30 + code - THAI_ZERO);
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  if (SPACE_LIKE.has(code)) return ' ';
  if (INVISIBLE.has(code)) return null;
  if (code === MINUS_SIGN) return '-';
  return String.fromCharCode(code);
}

function isSeparator(ch: string): boolean {
  return ch === ',' || ch === '_' || /\s/.test(ch);
}

function isHexDigit(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9A-Fa-f]$/.test(ch);
}

/** Every input character mapped to its plain form (invisible ones dropped), with where each came from. */
function mapChars(input: string): {readonly chars: string[]; readonly from: number[]} {
  const chars: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const mapped = mapChar(input.charCodeAt(i));
    if (mapped === null) continue;
    chars.push(mapped);
    from.push(i);
  }
  return {chars, from};
}

/** The range of `chars` without leading and trailing whitespace. */
function trimmedRange(chars: readonly string[]): {readonly start: number; readonly end: number} {
  let start = 0;
  let end = chars.length;
  while (start < end && /\s/.test(chars[start] ?? '')) start++;
  while (end > start && /\s/.test(chars[end - 1] ?? '')) end--;
  return {start, end};
}

/**
 * Like {@link normalizeDigits}, but also returns where each character came from, for error positions.
 */
export function normalizeDigitsWithMap(input: string): NormalizedText {
  const {chars, from} = mapChars(input);
  const {start, end} = trimmedRange(chars);
  const text: string[] = [];
  const sourceIndex: number[] = [];
  const keep = (k: number): void => {
    text.push(chars[k] ?? '');
    sourceIndex.push(from[k] ?? k);
  };

  let i = start;
  while (i < end) {
    if (!isSeparator(chars[i] ?? '')) {
      keep(i++);
      continue;
    }
    let runEnd = i;
    while (runEnd < end && isSeparator(chars[runEnd] ?? '')) runEnd++;
    // A separator only groups digits when it sits between two of them ('2,147', '1_024', '0xffff_ffff',
    // '1 000'); anywhere else (' << ', '8,') it is kept so the parser can see and report it.
    const groupsDigits = isHexDigit(text[text.length - 1]) && isHexDigit(chars[runEnd]);
    if (!groupsDigits) for (let k = i; k < runEnd; k++) keep(k);
    i = runEnd;
  }
  return {text: text.join(''), sourceIndex};
}

/**
 * Normalises what a reader pasted into plain ASCII: Thai digits ๐–๙ and full-width ０–９ become 0–9, full-width
 * letters and symbols (ｘ, ＜, ｜, …) become their ASCII forms, look-alike spaces become spaces and invisible
 * characters go. Then it trims, and removes group separators (',' '_' and spaces) that sit between two digits.
 * It never validates: that is each parser's job.
 */
export function normalizeDigits(input: string): string {
  return normalizeDigitsWithMap(input).text;
}
