/**
 * The browser bundle's entry in place of Docusaurus' own (`@docusaurus/core/lib/client/clientEntry.js`, which it
 * still runs, unchanged, as the last step; docusaurus.config.ts swaps the entry in `stagedStartPlugin`).
 *
 * Docusaurus' entry imports everything at the top, so the first run of the main bundle evaluates React, Prism and
 * its grammars, the theme, the route table, and starts loading the page's chunks in one task: 220–360 ms on a 4×
 * throttled CPU (Lighthouse's phone) on the test machine, all of it counted as blocking time. Here the same modules
 * are evaluated in three tasks, with the browser free to handle input between them. The modules and the hydration
 * are Docusaurus' own; Prism's grammars are not among them: they register when the first code block renders
 * (src/prism/register.ts).
 *
 * `require` inside a function is how the bundler is told "put this module in this bundle, but run it only when
 * called"; an `import` would run it at once.
 */
import {inSeparateTasks} from './in-separate-tasks';

declare const require: (id: string) => unknown;

inSeparateTasks([
  () => require('react-dom/client'),
  // The app: theme, providers, route table (and the client modules it imports).
  () => require('@docusaurus/core/lib/client/App.js'),
  // What is left of Docusaurus' entry: finding the page's route, loading its chunks, then hydrating.
  () => require('@docusaurus/core/lib/client/clientEntry.js'),
]);
