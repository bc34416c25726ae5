/**
 * The code-block language names that are highlighted (the grammars of languages.ts and their aliases). `text` is
 * plain on purpose. Kept apart from languages.ts, which registers grammars when imported.
 */
export const HIGHLIGHTED_LANGUAGES: readonly string[] = [
  'js',
  'javascript',
  'python',
  'py',
  'bash',
  'sh',
  'csharp',
  'cs',
];
