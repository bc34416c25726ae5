/**
 * Registers the site's Prism grammars (languages.ts) the first time a code block renders, not while every page
 * starts: registering them was a task of its own at startup (18.6 ms median, unthrottled, 7 loads of the Thai
 * permission calculator on the test machine), and the home page and the tool pages show no code when they load.
 * Both the server and the browser render through src/theme/CodeBlock, so both register before highlighting.
 *
 * `require` inside a function keeps the grammars in the bundle that imports this module but runs them only on the
 * first call (an `import` would run them when the bundle starts).
 */
declare const require: (id: string) => unknown;

let registered = false;

export function registerGrammars(): void {
  if (registered) return;
  registered = true;
  require('./languages');
}
