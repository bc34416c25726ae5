/**
 * Docusaurus' table of translated messages, and each of its groups (src/client/messages/): empty in unit tests, which
 * render the English defaults.
 */
const codeTranslations: Record<string, string> = {};
export default codeTranslations;
