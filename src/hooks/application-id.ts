import {secretKind, type SecretKind} from '@site/src/discord/secret-shape';

/**
 * The longest text the Application ID field stores. An ID has at most 20 digits; the margin leaves room for
 * spaces and stray characters of a sloppy paste so the reader sees the real error ("has digits only"), while a
 * pasted page or file is refused before it reaches localStorage.
 */
export const APPLICATION_ID_LIMIT = 64;

/** Why typed text is kept on this page only and not stored. */
export type NotStored = 'blank' | 'too-long' | SecretKind;

/**
 * What may go into the reader's shared store: anything they typed that is not blank, not over the limit and not
 * a secret. A half-typed or wrong ID is stored on purpose (so it survives a reload and keeps showing its error).
 */
export function whyNotStored(text: string): NotStored | null {
  if (text.trim() === '') return 'blank';
  // A token is longer than the limit: name the secret first, since the reader must go and reset it.
  return secretKind(text) ?? (text.length > APPLICATION_ID_LIMIT ? 'too-long' : null);
}
