/**
 * The checker's page parameter. Apart from checker-state.ts, which only a result needs, so the empty checker of the
 * first load carries no more than this.
 */

/** The checker's own page parameter: the pasted text, so a reload or the language switch keeps it. */
export const CHECK_PARAM = 'check';
/**
 * Longer pastes are checked but not put in the page URL: real links are far shorter, and a page URL with kilobytes
 * of pasted text is neither shareable nor sane.
 */
export const MAX_CHECK_PARAM = 2000;

/** The page URL value for what the reader pasted: null (leave it out) when empty or too long. */
export function checkParam(text: string): string | null {
  return text.trim() === '' || text.length > MAX_CHECK_PARAM ? null : text;
}
