import {formatDecimal, parseBitfield, type BitfieldError} from '@site/src/discord/bitfield';

export interface BitfieldFieldState {
  /** The set the tool shows: the last valid value, so bad input never clears what the reader had. */
  readonly value: bigint;
  /** What the field shows: the reader's own text while they edit, else the value in decimal. */
  readonly text: string;
  readonly error: BitfieldError | null;
}

/**
 * Derives what a bitfield tool shows from the URL parameter (the shared, canonical state) and the reader's
 * draft (what they are typing). A hostile URL parameter is shown back with its error, never thrown.
 */
export function bitfieldFieldState(
  param: string | null,
  draft: string | null,
  fallback: bigint = 0n,
): BitfieldFieldState {
  const fromUrl = param === null ? null : parseBitfield(param);
  const urlValue = fromUrl?.ok ? fromUrl.value : fallback;
  if (draft !== null) {
    const parsed = parseBitfield(draft);
    return parsed.ok
      ? {value: parsed.value, text: draft, error: null}
      : {value: urlValue, text: draft, error: parsed.error};
  }
  if (fromUrl && !fromUrl.ok) return {value: fallback, text: param ?? '', error: fromUrl.error};
  return {value: urlValue, text: formatDecimal(urlValue), error: null};
}
