/**
 * Longest paste the invite checker reads. Real links, even with a long redirect URI and state, stay well under 2 KB;
 * a cap means a 10 MB paste costs nothing. Its own module so the checker's field can state it without loading the
 * parser with the page.
 */
export const MAX_INVITE_INPUT_LENGTH = 4096;
